"""GUI test set-up: settings in a temporary INI file, tasks run at once, English restored,
error boxes and confirmations answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.context import AppContext
from ui.settings import APPLICATION, ORGANIZATION, Settings
from ui.tasks import TaskRunner
from ui.translators import Translations

# The offscreen platform cannot apply size hints and says so for every window shown: that is
# the test platform talking, not our code. Any other Qt warning still fails the test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp) -> None:
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture
def ctx(db, qapp) -> Iterator[AppContext]:
    """What a window shares, with a task runner that runs everything synchronously."""
    tasks = TaskRunner(synchronous=True)
    translations = Translations()
    translations.switch("en")
    yield AppContext(db, tasks, Settings(), translations)
    translations.switch("en")  # translators are global to the app: leave English behind
    tasks.deleteLater()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error boxes are recorded instead of shown (a modal box would block the test)."""
    from ui.dialogs import messages

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, title, text: shown.append(
        (title, text)))
    monkeypatch.setattr(messages, "show_info", lambda _parent, title, text: shown.append(
        (title, text)))
    return shown


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered yes; the questions are recorded."""
    from ui.dialogs import messages

    asked: list[str] = []

    def confirm(_parent, _title, text, destructive=False):
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked
