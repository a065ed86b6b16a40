"""main(): opening a database, one instance per database, the first-start question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cxdesk.db.database import open_database
from cxdesk.db.engine import resolve_url
from cxdesk.db.models import Location
from cxdesk.services import customers, setup
from ui import app, instance
from ui.context import AppContext
from ui.dialogs.start_dialog import StartChoice, StartDialog
from ui.first_start import first_start, load_demo
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import TaskRunner


def close_the_window_soon(seen: dict) -> None:
    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen["status"] = windows[0].database_label.text() if windows else None
        for window in windows:
            window.close()

    QTimer.singleShot(0, close)
    QTimer.singleShot(10_000, QApplication.quit)  # never hang the suite


def location_names(path) -> list[str]:
    db = open_database(path)
    try:
        with db.session() as session:
            return list(session.scalars(select(Location.name)))
    finally:
        db.dispose()


def test_main_opens_the_window_and_remembers_the_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(StartDialog, "ask", lambda parent=None: StartChoice(False, "Кав'ярня"))
    path = tmp_path / "shop.db"
    seen: dict = {}
    close_the_window_soon(seen)
    assert app.main(db=str(path), lang="en") == 0
    assert seen["status"] == str(path)
    assert Settings().recent_database == str(path)
    assert location_names(path) == ["Кав'ярня"]


def test_a_second_start_on_the_same_database_is_refused(tmp_path, shown_errors):
    path = tmp_path / "shop.db"
    held = instance.acquire(resolve_url(str(path)))
    assert held is not None
    try:
        assert app.main(db=str(path), lang="en") == 1
    finally:
        held.unlock()
    [(_title, text)] = shown_errors
    assert "already running" in text and str(path) in text
    assert instance.acquire(resolve_url(str(path))) is not None  # free again once released


def test_a_database_that_cannot_be_opened_is_reported(tmp_path, shown_errors):
    assert app.main(db=str(tmp_path / "missing" / "shop.db"), lang="en") == 1
    assert "does not exist" in shown_errors[0][1]


def test_first_start_asks_only_on_a_blank_database(ctx, factory, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(StartDialog, "ask", lambda parent=None: asked.append(True))
    first_start(ctx)
    assert asked == [True]
    factory.customer()
    first_start(ctx)
    assert asked == [True]


def test_demo_data_is_written_behind_a_progress_dialog(ctx: AppContext, monkeypatch):
    import cxdesk.demo

    calls: list[int] = []

    def fake_demo(db, seed=1, progress=None):
        progress(0.5, "half")
        calls.append(seed)
        return {"customers": 0}

    monkeypatch.setattr(cxdesk.demo, "generate_demo", fake_demo)
    assert load_demo(ctx)
    assert calls == [1]


def test_demo_failure_is_shown(ctx, monkeypatch, shown_errors):
    import cxdesk.demo

    def broken(db, seed=1, progress=None):
        raise RuntimeError("disk full")

    monkeypatch.setattr(cxdesk.demo, "generate_demo", broken)
    assert not load_demo(ctx)
    assert "disk full" in shown_errors[0][1]


@pytest.mark.slow
def test_real_demo_data_is_written_off_the_gui_thread(ctx):
    ctx.tasks = TaskRunner()  # a real worker thread, as in the app
    assert load_demo(ctx)
    assert not setup.is_blank(ctx.db)
    assert customers.count_customers(ctx.db) > 0
    assert ctx.tasks.wait(10_000)


def test_opening_another_database_reopens_the_app_on_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(StartDialog, "ask", lambda parent=None: None)
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    shown: list[str] = []

    def switch() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.requested_database is None]
        if not windows:  # between two windows: look again shortly
            QTimer.singleShot(20, switch)
            return
        shown.append(windows[0].database_label.text())
        if len(shown) == 1:
            windows[0].requested_database = str(second)  # as File ▸ Open database… does
            QTimer.singleShot(20, switch)
        windows[0].close()

    QTimer.singleShot(0, switch)
    QTimer.singleShot(10_000, QApplication.quit)
    assert app.main(db=str(first), lang="en") == 0
    assert shown == [str(first), str(second)]
    assert Settings().recent_database == str(second)
