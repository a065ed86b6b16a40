"""The analysis pages' fixtures: a context over `demo_db` (tests/conftest.py: the demo database
built once per session, copied for each test) whose filter sees 30 June 2026 as today, the
demo's last day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from cxdesk.db.database import Database
from tests.demo_fixture import DEMO_TODAY
from ui.context import AppContext
from ui.qtcompat import emit
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.translators import Translations

TODAY = DEMO_TODAY


@pytest.fixture(autouse=True)
def _english_numbers(qapp) -> Iterator[None]:
    """Numbers as the English interface writes them (the app always sets a locale)."""
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale("en_GB"))


def make_ctx(db: Database, tasks: TaskRunner) -> AppContext:
    translations = Translations()
    translations.switch("en")
    ctx = AppContext(db, tasks, Settings(), translations)
    ctx.analysis.today = lambda: TODAY
    return ctx


@pytest.fixture
def demo_ctx(demo_db, qapp) -> Iterator[AppContext]:
    """The demo database, tasks run at once, today = 30 June 2026."""
    tasks = TaskRunner(synchronous=True)
    ctx = make_ctx(demo_db, tasks)
    yield ctx
    ctx.translations.switch("en")
    tasks.deleteLater()


def choose(combo: QComboBox, data) -> None:
    """Pick the item holding `data` as from the combo's list: one `activated`."""
    target = 0 if data is None else combo.findData(data)  # item 0 is "All …"
    assert target >= 0, f"{data!r} is not offered"
    assert combo.isVisible() and combo.isEnabled()
    combo.setCurrentIndex(target)
    emit(combo.activated, target)


def step(combo: QComboBox, key: Qt.Key = Qt.Key.Key_Down) -> None:
    """The arrow keys on a closed combo: the next item, chosen at once."""
    combo.setFocus()
    QTest.keyClick(combo, key)


def show(qtbot, widget, width: int = 1366 - 210, height: int = 700):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
