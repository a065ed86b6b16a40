"""Export the service standards (stages, roles, duties, standards, hard cases) to a template
file that another cxdesk installs with Templates → Import…"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services.template_files import export_journey
from ui.dialogs import messages

if TYPE_CHECKING:
    from ui.tabs.standards.tab import StandardsTab

SUFFIX = ".yaml"


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    """Where to write the file, or None when cancelled (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


class JourneyExporter(QObject):
    def __init__(self, page: StandardsTab) -> None:
        super().__init__(page)
        self.page = page

    def start(self) -> None:
        name = self.tr("service-standards")  # the suggested file name
        suggested = str(Path.home() / f"{name}{SUFFIX}")
        path = ask_save_path(self.page, self.tr("Export the service standards"), suggested,
                             self.tr("Template files (*.yaml *.yml);;All files (*)"))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path + SUFFIX)
        db = self.page.db
        self.page.export_button.setEnabled(False)
        self.page.ctx.tasks.run(lambda: export_journey(db, target), self._written,
                                self._failed)

    def _written(self, path: Path) -> None:
        self.page.export_button.setEnabled(True)
        self.page.set_status(fill(self.tr("Exported to %1"), path))

    def _failed(self, error: BaseException) -> None:
        self.page.export_button.setEnabled(True)
        detail = str(error) if isinstance(error, CxdeskError | OSError) else repr(error)
        messages.show_error(self.page, self.tr("Export the service standards"),
                            fill(self.tr("The file could not be written: %1"), detail))
