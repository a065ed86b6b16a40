"""Print the staff handbook: ask where, write it off the GUI thread, offer to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services.handbook import write_handbook
from ui.dialogs import messages

if TYPE_CHECKING:
    from ui.tabs.standards.tab import StandardsTab


def ask_pdf_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    """The file to write, or None when cancelled (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_file(path: Path) -> bool:
    """Show the file in the system's viewer (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class HandbookPrinter(QObject):
    def __init__(self, page: StandardsTab) -> None:
        super().__init__(page)
        self.page = page
        self.busy = False

    def start(self) -> None:
        if self.busy:
            return
        name = self.tr("handbook")  # the suggested file name (lupdate skips f-strings)
        suggested = str(Path.home() / f"{name}.pdf")
        path = ask_pdf_path(self.page, self.tr("Print the staff handbook"), suggested,
                            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
        lang = self.page.ctx.translations.language
        db = self.page.db
        self.busy = True
        self.page.set_status(self.tr("Writing the handbook…"))
        self.page.print_button.setEnabled(False)
        self.page.ctx.tasks.run(lambda: write_handbook(db, target, lang), self._written,
                                self._failed)

    def _finish(self) -> None:
        self.busy = False
        self.page.print_button.setEnabled(True)
        self.page.set_status("")

    def _written(self, path: Path) -> None:
        self._finish()
        text = fill(self.tr("The handbook was written to %1. Open it now?"), path)
        if messages.confirm(self.page, self.tr("Staff handbook"), text):
            open_file(path)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        detail = str(error) if isinstance(error, CxdeskError | OSError) else repr(error)
        messages.show_error(self.page, self.tr("Staff handbook"),
                            fill(self.tr("The handbook could not be written: %1"), detail))
