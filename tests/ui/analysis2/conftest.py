"""Fixtures of the five insight pages: the demo database (built once per session, copied for
each test) and a context whose filter sees 30 June 2026 as today, the demo's last day."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from cxdesk.db.database import Database, open_database
from cxdesk.demo import generate_demo
from ui.context import AppContext
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.translators import Translations

TODAY = date(2026, 6, 30)
PAGE_SIZE = (1366 - 210, 700)  # a 1366×768 laptop less the side bar and the window frame


@pytest.fixture(autouse=True)
def _english_numbers(qapp) -> Iterator[None]:
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture(scope="session")
def insight_demo(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("insight-demo") / "demo.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    generate_demo(db, seed=1, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, insight_demo: Path) -> Iterator[Database]:
    path = tmp_path / "demo.db"
    shutil.copyfile(insight_demo, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.dispose()


def make_ctx(db: Database, tasks: TaskRunner) -> AppContext:
    translations = Translations()
    translations.switch("en")
    ctx = AppContext(db, tasks, Settings(), translations)
    ctx.analysis.today = lambda: TODAY
    ctx.analysis.update(period="last_12_months")
    return ctx


@pytest.fixture
def demo_ctx(demo_db, qapp) -> Iterator[AppContext]:
    """The demo database, tasks run at once, the last 12 months up to 30 June 2026."""
    tasks = TaskRunner(synchronous=True)
    ctx = make_ctx(demo_db, tasks)
    yield ctx
    ctx.translations.switch("en")
    tasks.deleteLater()


def show(qtbot, widget, width: int = PAGE_SIZE[0], height: int = PAGE_SIZE[1]):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
