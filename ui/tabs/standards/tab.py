"""The Standards page: the customer journey, its roles and duties, the standards and the
scenarios for hard cases; which standards no checklist checks; the staff handbook."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.db.database import Database
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.standards.data import EMPTY, JourneyData, load_journey
from ui.tabs.standards.handbook import HandbookPrinter
from ui.tabs.standards.journey_file import JourneyExporter
from ui.tabs.standards.roles_panel import RolesPanel
from ui.tabs.standards.scenarios_panel import ScenariosPanel
from ui.tabs.standards.stages import StagesPanel
from ui.tabs.standards.standards_panel import StandardsPanel
from ui.widgets.i18n_edit import local_text

log = logging.getLogger(__name__)

class StandardsTab(QWidget):
    page_name = "standards_tab"
    journey_changed = Signal()  # after any change to stages, roles, standards or links

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self.ctx = ctx
        self.data: JourneyData = EMPTY
        self._generation = 0
        self._loaded_once = False
        self._build_ui()
        self._connect()
        self.retranslate()
        self.refresh()

    @property
    def db(self) -> Database:
        return self.ctx.db

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.search_edit.setObjectName("search")
        self.stage_label = QLabel()
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stage_filter")
        self.stage_combo.setMinimumWidth(220)
        self.stage_label.setBuddy(self.stage_combo)
        self.status_label = QLabel()
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_handbook")
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_standards")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.stage_label)
        top.addWidget(self.stage_combo)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)

        self.stages = StagesPanel(self)
        self.standards = StandardsPanel(self)
        self.roles = RolesPanel(self)
        self.scenarios = ScenariosPanel(self)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in (self.standards, self.roles, self.scenarios):
            wrapper = QWidget()
            box = QVBoxLayout(wrapper)
            box.setContentsMargins(0, 6, 0, 0)
            box.addWidget(panel)
            self.sections.addTab(wrapper, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stages)
        splitter.addWidget(self.sections)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 920])
        self.splitter = splitter
        self.printer = HandbookPrinter(self)
        self.exporter = JourneyExporter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self.apply_filters())
        self.stage_combo.currentIndexChanged.connect(self._stage_filter_changed)
        self.stages.stage_selected.connect(self._stage_clicked)
        self.print_button.clicked.connect(self.printer.start)
        self.export_button.clicked.connect(self.exporter.start)
        shortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search stages, roles, standards, scenarios"))
        self.stage_label.setText(self.tr("&Stage:"))
        self.print_button.setText(self.tr("Print handbook…"))
        self.print_button.setToolTip(self.tr(
            "A PDF for the staff: every stage, who does what, the standards and hard cases"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr(
            "Save the stages, roles, duties, standards and hard cases to a file; another "
            "cxdesk adds them with Templates → Import…"))
        self.sections.setTabText(0, self.tr("Standards"))
        self.sections.setTabText(1, self.tr("Roles and duties"))
        self.sections.setTabText(2, self.tr("Hard cases"))
        self._fill_stage_combo()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # checklists change on the Templates page: their links show here when we come back
        if self._loaded_once:
            self.refresh()
        super().showEvent(event)

    # loading

    def refresh(self, after: Callable[[], None] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        db = self.db
        self.ctx.tasks.run(lambda: load_journey(db),
                           lambda data: self._loaded(generation, data, after), self._failed)

    def _loaded(self, generation: int, data: JourneyData,
                after: Callable[[], None] | None) -> None:
        if generation != self._generation:
            return
        self._loaded_once = True
        self.data = data
        self._fill_stage_combo()
        self.stages.set_rows(data.stages, self.search_edit.text())
        self.standards.set_rows(data.standards)
        self.standards.show_unchecked(data.unchecked_count)
        self.roles.roles.set_rows(data.roles)
        self.roles.duties.set_rows(data.duties)
        self.scenarios.set_rows(data.scenarios)
        self.apply_filters()
        if after is not None:
            after()

    def _fill_stage_combo(self) -> None:
        keep = self.stage_filter()
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in self.data.stages:
            self.stage_combo.addItem(fill("%1. %2", stage.position, local_text(stage.name)),
                                     stage.id)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(keep))
                                         if keep is not None else 0)
        self.stage_combo.blockSignals(False)

    # filters

    def stage_filter(self) -> int | None:
        return self.stage_combo.currentData()

    def show_stage(self, stage_id: int | None) -> None:
        """Show one stage's records (None: every stage's)."""
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage_id))
                                         if stage_id is not None else 0)

    def _stage_clicked(self, stage_id: int | None) -> None:
        if stage_id is not None and stage_id != self.stage_filter():
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage_id)))

    def _stage_filter_changed(self, _index: int) -> None:
        stage_id = self.stage_filter()
        if stage_id is None:
            self.stages.list.clearSelection()
        elif self.stages.selected_id() != stage_id:
            self.stages.select(stage_id)
        self.apply_filters()

    def apply_filters(self) -> None:
        text = self.search_edit.text()
        stage_id = self.stage_filter()
        unchecked = self.standards.unchecked_only()
        self.stages.set_rows(self.data.stages, text)

        def standard_shown(entry: Any) -> bool:
            return ((stage_id is None or entry.row.stage_id == stage_id)
                    and (not unchecked or entry.unchecked))

        self.standards.set_predicate(standard_shown)
        self.roles.duties.set_predicate(
            None if stage_id is None else lambda duty: duty.stage_id == stage_id)
        self.scenarios.set_predicate(
            None if stage_id is None else lambda row: row.stage_id == stage_id)
        for panel in (self.standards, self.roles.roles, self.roles.duties, self.scenarios):
            panel.set_search(text)
        # one stage shown: its name in every row says nothing, the texts get the room
        for panel in (self.standards, self.roles.duties, self.scenarios):
            panel.table.setColumnHidden(panel.STAGE, stage_id is not None)

    # writing

    def write(self, func: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        """Run one service call that changes data, then reload the page; `then(result)` runs
        after the reload (to select what was added)."""
        def done(result: Any) -> None:
            self.refresh(None if then is None else lambda: then(result))
            emit(self.journey_changed)

        self.ctx.tasks.run(func, done, self._failed, write=True)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("standards tab", exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.tr("Standards"), text)
