"""main(): the application, its language, one instance per database, then the main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from cxdesk.db.database import Database, open_database
from cxdesk.db.engine import resolve_url, sqlite_path
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.paths import ENV_DATABASE_URL
from ui import instance
from ui.context import AppContext
from ui.dialogs import messages
from ui.first_start import first_start
from ui.main_window import MainWindow
from ui.quit_signals import quit_on_signals
from ui.settings import APPLICATION, ORGANIZATION, Settings
from ui.tasks import TaskRunner
from ui.translators import Translations, system_language

READER_START_DELAY_MS = 1500


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("cxdesk")
    return app


def _remembered(settings: Settings) -> str | None:
    """The database used last time, unless the environment names one or the file is gone."""
    recent = settings.recent_database
    if os.environ.get(ENV_DATABASE_URL) or not recent:
        return None
    return recent if "://" in recent or Path(recent).exists() else None


def _error(text: str) -> None:
    messages.show_error(None, QCoreApplication.translate("App", "cxdesk"), text)


def main(db: str | None = None, lang: str | None = None) -> int:
    """Run the GUI on `db` (a path or URL; default: the last one used) in `lang`."""
    app = _application()
    settings = Settings()
    translations = Translations()
    translations.switch(lang or settings.language or system_language())
    target = db if db is not None else _remembered(settings)
    while True:
        code, target = _run(app, target, settings, translations)
        if target is None:
            return code


def _run(
    app: QApplication, target: str | None, settings: Settings, translations: Translations
) -> tuple[int, str | None]:
    """Open one database and show the window until it closes; returns the exit code and the
    database the user asked to switch to, if any."""
    try:
        url = resolve_url(target)
    except CxdeskError as exc:
        _error(str(exc))
        return 1, None
    lock = instance.acquire(url)
    if lock is None:
        where = sqlite_path(url) or url
        _error(fill(QCoreApplication.translate(
            "App", "cxdesk is already running with the database %1. Switch to that window."
        ), where))
        return 1, None
    try:
        try:
            database = open_database(url)
        except CxdeskError as exc:
            _error(str(exc))
            return 1, None
        try:
            return _show(app, database, settings, translations)
        finally:
            database.dispose()
    finally:
        lock.unlock()


def _show(
    app: QApplication, database: Database, settings: Settings, translations: Translations
) -> tuple[int, str | None]:
    tasks = TaskRunner(app)
    ctx = AppContext(database, tasks, settings, translations)
    if database.path is not None:  # a server URL may hold a password: never written down
        settings.recent_database = str(database.path)
    first_start(ctx)
    window = MainWindow(ctx)
    window.show()
    # Everything built so far lives as long as the window: keep it out of the collector's
    # full passes, which otherwise hold the interpreter for ~75 ms and freeze the window.
    gc.freeze()
    # the analysis pages compute in a second process, so their work never stalls the window;
    # started a moment after the window is up (its imports, at once, cost the first paint
    # ~180 ms on two cores); until it answers the pages compute in a thread
    QTimer.singleShot(READER_START_DELAY_MS, ctx.reader.start)
    with quit_on_signals(app.quit):  # a logout or `kill` ends as cleanly as File > Quit
        code = app.exec()
    ctx.reader.close()
    tasks.wait()
    requested = window.requested_database
    window.deleteLater()
    tasks.deleteLater()
    return code, requested
