"""File → Export visit… and Import visit…: one .cxvisit file carries a visit to the manager."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.io.visit_file import SUFFIX, export_visit, import_visit
from cxdesk.services.visits import load_visit
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.tabs.mystery.tab import MysteryTab

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def _folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_export_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to write the visit file; None when cancelled (tests replace this)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("VisitFiles", "Export visit"),
        str(Path(_folder()) / suggested),
        QCoreApplication.translate("VisitFiles", "cxdesk visits (*.cxvisit)"),
    )
    if not path:
        return None
    return path if path.lower().endswith(SUFFIX) else path + SUFFIX


def ask_import_path(parent: QWidget | None) -> str | None:
    """The visit file to import; None when cancelled (tests replace this)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("VisitFiles", "Import visit"), _folder(),
        QCoreApplication.translate("VisitFiles", "cxdesk visits (*.cxvisit);;All files (*)"),
    )
    return path or None


def file_name(visit_id: int, location: str, shopper: str, visited) -> str:
    words = "-".join(_UNSAFE.sub("-", part).strip("-.")[:40] for part in (location, shopper))
    return f"visit-{visited:%Y-%m-%d}-{words or visit_id}{SUFFIX}"


def mystery_tab(window: QMainWindow, show: bool = False) -> MysteryTab | None:
    """The window's Mystery shop page; built (and shown) only when `show`."""
    pages = window.tabs
    for index in range(pages.count()):
        if pages.object_name(index) == MysteryTab.page_name:
            if show:
                pages.setCurrentIndex(index)
            elif not pages.built(index):
                return None
            page = pages.widget(index)
            return page if isinstance(page, MysteryTab) else None
    return None


def _failed(parent: QWidget, title: str, error: BaseException) -> None:
    if not isinstance(error, CxdeskError):
        log.error("visit file", exc_info=error)
    messages.show_error(parent, title, str(error) or repr(error))


def export_current_visit(window: QMainWindow, ctx: AppContext) -> None:
    """Write the visit open (or selected) on the Mystery shop page to a .cxvisit file."""
    title = QCoreApplication.translate("VisitFiles", "Export visit")
    tab = mystery_tab(window)
    visit_id = tab.current_visit_id() if tab is not None else None
    if visit_id is None:
        messages.show_info(window, title, QCoreApplication.translate(
            "VisitFiles", "Open or select a visit on the Mystery shop page first."))
        return
    if tab.stack.currentWidget() is tab.editor:
        tab.editor.flush()
    db = ctx.db
    ctx.tasks.run(lambda: load_visit(db, visit_id),
                  lambda detail: _ask_and_export(window, ctx, detail),
                  lambda error: _failed(window, title, error))


def _ask_and_export(window: QMainWindow, ctx: AppContext, detail) -> None:
    title = QCoreApplication.translate("VisitFiles", "Export visit")
    if not detail.submitted and not messages.confirm(window, title, QCoreApplication.translate(
            "VisitFiles", "This visit is not submitted yet: the file carries it as a draft. "
                          "Export it anyway?")):
        return
    suggested = file_name(detail.id, detail.location_name, detail.shopper, detail.visited_at)
    path = ask_export_path(window, suggested)
    if path is None:
        return
    db = ctx.db

    def done(written: Path) -> None:
        window.statusBar().showMessage(fill(QCoreApplication.translate(
            "VisitFiles", "Visit exported: %1"), written), 10_000)

    ctx.tasks.run(lambda: export_visit(db, detail.id, path), done,
                  lambda error: _failed(window, title, error))


def import_visit_file(window: QMainWindow, ctx: AppContext) -> None:
    """Add the visit in a .cxvisit file, then show it on the Mystery shop page."""
    title = QCoreApplication.translate("VisitFiles", "Import visit")
    path = ask_import_path(window)
    if path is None:
        return
    db = ctx.db

    def done(visit_id: int) -> None:
        window.statusBar().showMessage(fill(QCoreApplication.translate(
            "VisitFiles", "Visit imported from %1"), Path(path).name), 10_000)
        tab = mystery_tab(window, show=True)
        if tab is not None:
            tab.refresh(visit_id)
            tab.open_visit(visit_id)
            emit(tab.visits_changed)

    ctx.tasks.run(lambda: import_visit(db, path), done,
                  lambda error: _failed(window, title, error))
