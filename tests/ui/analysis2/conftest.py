"""Fixtures of the five insight pages: a context over `demo_db` (tests/conftest.py: the demo
database built once per session, copied for each test) whose filter sees 30 June 2026 as
today, the demo's last day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from cxdesk.db.database import Database
from tests.demo_fixture import DEMO_TODAY
from ui.context import AppContext
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.translators import Translations

TODAY = DEMO_TODAY
PAGE_SIZE = (1366 - 210, 700)  # a 1366×768 laptop less the side bar and the window frame


@pytest.fixture(autouse=True)
def _english_numbers(qapp) -> Iterator[None]:
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale("en_GB"))


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
