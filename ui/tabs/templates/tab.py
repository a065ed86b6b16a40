"""The Templates page: the business's own surveys and mystery-shopper checklists."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.db.database import Database
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services import checklist_templates, standards, survey_templates
from cxdesk.services.checklist_templates import ChecklistRow
from cxdesk.services.standards import StandardRow
from cxdesk.services.survey_templates import SurveyRow
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.templates.checklists_panel import ChecklistsPanel
from ui.tabs.templates.files import TemplateFiles
from ui.tabs.templates.surveys_panel import SurveysPanel
from ui.widgets.i18n_edit import local_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TemplatesData:
    surveys: tuple[SurveyRow, ...] = ()
    checklists: tuple[ChecklistRow, ...] = ()
    standards: tuple[StandardRow, ...] = ()


def load_templates(db: Database) -> TemplatesData:
    return TemplatesData(tuple(survey_templates.list_surveys(db)),
                         tuple(checklist_templates.list_checklists(db, include_archived=True)),
                         tuple(standards.list_standards(db)))


class TemplatesTab(QWidget):
    page_name = "templates_tab"
    templates_changed = Signal()  # after any save, duplicate, archive, delete or import

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self.ctx = ctx
        self.data = TemplatesData()
        self._generation = 0
        self._loaded_once = False
        self.files = TemplateFiles(self)
        self._build_ui()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.search_edit.setObjectName("search")
        self.archived_check = QCheckBox()
        self.archived_check.setObjectName("show_archived")
        self.status_label = QLabel()
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_template")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.archived_check)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.import_button)
        self.surveys = SurveysPanel(self)
        self.checklists = ChecklistsPanel(self)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in (self.surveys, self.checklists):
            wrapper = QWidget()
            box = QVBoxLayout(wrapper)
            box.setContentsMargins(0, 6, 0, 0)
            box.addWidget(panel)
            self.sections.addTab(wrapper, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self.apply_filters())
        self.archived_check.toggled.connect(lambda _on: self.apply_filters())
        self.import_button.clicked.connect(self.files.start_import)
        shortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search surveys and checklists"))
        self.archived_check.setText(self.tr("Show archived"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr(
            "Add a survey, a checklist or service standards from a template file"))
        self.sections.setTabText(0, self.tr("Surveys"))
        self.sections.setTabText(1, self.tr("Mystery-shopper checklists"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._loaded_once:  # answers, visits and standards change on other pages
            self.refresh()
        super().showEvent(event)

    # loading

    def refresh(self, after: Callable[[], None] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        db = self.ctx.db
        self.ctx.tasks.run(lambda: load_templates(db),
                           lambda data: self._loaded(generation, data, after), self.failed)

    def _loaded(self, generation: int, data: TemplatesData,
                after: Callable[[], None] | None) -> None:
        if generation != self._generation:
            return
        self._loaded_once = True
        self.data = data
        self.surveys.set_rows(data.surveys)
        self.checklists.set_rows(data.checklists)
        self.apply_filters()
        if after is not None:
            after()

    def apply_filters(self) -> None:
        archived = self.archived_check.isChecked()
        self.surveys.set_predicate(None if archived else lambda row: row.active)
        self.checklists.set_predicate(None if archived else lambda row: not row.archived)
        for panel in (self.surveys, self.checklists):
            panel.set_search(self.search_edit.text())

    def standard_choices(self) -> list[tuple[str, str]]:
        """(code, label) of every standard a checklist item may check, in journey order."""
        choices = []
        for row in self.data.standards:
            label = fill("%1. %2", row.stage_position, local_text(row.text))
            if not row.active:
                label = fill(self.tr("%1 (inactive)"), label)
            choices.append((row.code, label))
        return choices

    # writing

    def write(self, func: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        def done(result: Any) -> None:
            self.refresh(None if then is None else lambda: then(result))
            emit(self.templates_changed)

        self.ctx.tasks.run(func, done, self.failed, write=True)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def failed(self, error: BaseException, template: str | None = None) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("templates tab", exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        if template is not None:
            text = fill(template, text)
        messages.show_error(self, self.tr("Templates"), text)
