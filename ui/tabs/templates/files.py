"""Template files: ask where to export or what to import, and the import's question and answer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from cxdesk.i18n import fill
from cxdesk.services import template_files
from cxdesk.services.template_files import ImportResult, TemplatePreview
from ui.dialogs import messages
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.templates.tab import TemplatesTab

SUFFIX = ".yaml"


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    """Where to write a file, or None when cancelled (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_open_path(parent: QWidget, title: str, filters: str) -> str | None:
    """Which file to read, or None when cancelled (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path or None


class TemplateFiles(QObject):
    """Export the selected survey or checklist; import any template file."""

    def __init__(self, page: TemplatesTab) -> None:
        super().__init__(page)
        self.page = page

    def _filters(self) -> str:
        return self.tr("Template files (*.yaml *.yml);;All files (*)")

    def export(self, kind: str, family: str, name: dict[str, str]) -> None:
        suggested = str(Path.home() / f"{family}{SUFFIX}")
        title = (self.tr("Export the survey") if kind == "survey"
                 else self.tr("Export the checklist"))
        path = ask_save_path(self.page, title, suggested, self._filters())
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path + SUFFIX)
        db = self.page.ctx.db
        func = template_files.export_survey if kind == "survey" else \
            template_files.export_checklist
        self.page.ctx.tasks.run(
            lambda: func(db, family, target),
            lambda written: self.page.set_status(fill(
                self.tr("“%1” exported to %2"), local_text(name), written)),
            self.page.failed)

    def start_import(self) -> None:
        path = ask_open_path(self.page, self.tr("Import a template"), self._filters())
        if not path:
            return
        db = self.page.ctx.db
        self.page.ctx.tasks.run(lambda: template_files.preview_template(db, path),
                                lambda preview: self._previewed(path, preview),
                                self._import_failed)

    def _previewed(self, path: str, preview: TemplatePreview) -> None:
        name = local_text(preview.name) or preview.key
        if preview.exists:
            if preview.kind == "journey":
                question = self.tr(
                    "The file holds service standards whose stages, roles or standards are "
                    "already here. Import it and update those with the same codes?")
            else:
                question = fill(self.tr(
                    "“%1” is already here. Import the file as a new version of it? Answers "
                    "and visits made so far keep the version they were made with."), name)
            if not messages.confirm(self.page, self.tr("Import a template"), question):
                return
        db = self.page.ctx.db
        self.page.ctx.tasks.run(
            lambda: template_files.import_template(db, path, as_new_version=preview.exists),
            lambda result: self._imported(name, result), self._import_failed, write=True)

    def _import_failed(self, error: BaseException) -> None:
        self.page.failed(error, self.tr("The file cannot be imported: %1"))

    def _imported(self, name: str, result: ImportResult) -> None:
        if result.kind == "journey":
            text = self.tr("The service standards were imported: see the Standards page.")
        elif result.new_family:
            text = fill(self.tr("“%1” was imported."), name)
        else:
            text = fill(self.tr("“%1” was imported as version %2."), name, result.version)
        if result.notes:
            text += "\n\n" + "\n".join(result.notes)
        messages.show_info(self.page, self.tr("Import a template"), text)
        self.page.refresh()
