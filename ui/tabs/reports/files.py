"""Where a report goes and what happens to it then: the save dialog, the folder remembered,
the target checked, the question after saving, opening the file or its folder.

Each is a module-level function so a test can replace it instead of clicking a modal window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cxdesk.i18n import fill
from ui.settings import Settings

CONTEXT = "ReportFiles"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def remembered_folder(settings: Settings) -> Path | None:
    value = settings.reports_folder
    return Path(value) if value else None


def remember_folder(settings: Settings, folder: Path) -> None:
    settings.reports_folder = str(folder)


def start_folder(settings: Settings) -> Path:
    """The last folder a report went to, while it exists; else the user's Documents."""
    folder = remembered_folder(settings)
    return folder if folder is not None and folder.is_dir() else documents_folder()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """The PDF the user names (".pdf" added when left out); None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("ReportFiles", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def target_problem(path: Path) -> str | None:
    """Why `path` cannot be written, in the user's language; None when it can."""
    if path.is_dir():
        return fill(
            QCoreApplication.translate(
                "ReportFiles", "%1 is a folder: give the report a file name."
            ),
            path,
        )
    if not path.parent.is_dir():
        return fill(
            QCoreApplication.translate("ReportFiles", "The folder %1 does not exist."), path.parent
        )
    if not os.access(path.parent, os.W_OK):
        return fill(
            QCoreApplication.translate("ReportFiles", "The folder %1 cannot be written to."),
            path.parent,
        )
    return None


def ask_after_saved(parent: QWidget | None, path: Path) -> str | None:
    """Tell where the report went; "open", "folder", or None (Close)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ReportFiles", "Report saved"),
        fill(QCoreApplication.translate("ReportFiles", "The report is saved as\n%1"), path),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    open_button = box.addButton(
        QCoreApplication.translate("ReportFiles", "&Open"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("ReportFiles", "Show in &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return "open"
    if clicked is folder_button:
        return "folder"
    return None


def open_file(path: Path) -> None:
    """Show the PDF in the system's viewer (to print it from there)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    """The file manager on the report's folder, the file selected where the system can."""
    native = str(path.resolve())
    if sys.platform == "win32" and QProcess.startDetached("explorer", ["/select,", native])[0]:
        return
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", native])[0]:
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
