"""Print visit…: the visit's PDF from cxdesk.reports.visit_report, when that module is there."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from ui.context import AppContext
from ui.dialogs import messages

log = logging.getLogger(__name__)
REPORT_MODULE = "cxdesk.reports.visit_report"
DATA_MODULE = "cxdesk.reports.visit_data"
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def report_available() -> bool:
    """Whether the visit report can be made (the reports package may be missing)."""
    try:
        return all(importlib.util.find_spec(name) is not None
                   for name in (REPORT_MODULE, DATA_MODULE))
    except ImportError:
        return False


def ask_pdf_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to write the PDF; None when cancelled (tests replace this)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PrintVisit", "Save the visit report"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("PrintVisit", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def open_document(path: Path) -> None:
    """Show the written PDF in the system's viewer, to print it from there (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def file_name(visit_id: int, location: str, visited: date) -> str:
    place = _UNSAFE.sub("-", location).strip("-.")[:40]
    return f"visit-{visit_id}-{visited:%Y-%m-%d}-{place or 'visit'}.pdf"


def make_report(db, visit_id: int, lang: str, target: Path) -> Path:
    """Gather, draw and write the report (in a worker thread)."""
    report = importlib.import_module(REPORT_MODULE)
    data_module = importlib.import_module(DATA_MODULE)
    from cxdesk.reports.output import write_pdf_atomically

    data = data_module.gather_visit(db, visit_id)
    pdf = report.build_visit_report(data, lang=lang, printed_on=date.today())
    return write_pdf_atomically(pdf, target)


def print_visit(parent: QWidget, ctx: AppContext, visit_id: int, location: str,
                visited: date) -> None:
    """Ask where to save the visit's PDF, write it off the GUI thread, then open it."""
    if not report_available():
        messages.show_error(
            parent, QCoreApplication.translate("PrintVisit", "Print visit"),
            QCoreApplication.translate(
                "PrintVisit", "The visit report is not part of this version of cxdesk."),
        )
        return
    target = ask_pdf_path(parent, file_name(visit_id, location, visited))
    if target is None:
        return
    db, lang = ctx.db, ctx.translations.language

    def failed(error: BaseException) -> None:
        if not isinstance(error, CxdeskError):
            log.error("visit report", exc_info=error)
        text = str(error) or repr(error)
        messages.show_error(
            parent, QCoreApplication.translate("PrintVisit", "Print visit"),
            fill(QCoreApplication.translate("PrintVisit", "The report could not be written: %1"),
                 text),
        )

    ctx.tasks.run(lambda: make_report(db, visit_id, lang, Path(target)), open_document, failed)
