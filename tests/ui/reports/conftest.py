"""The Reports page's fixtures: `db` is `demo_db` (the demo database built once per session,
copied per test), today is 30 June 2026 (the demo's last day), and no dialog or viewer ever
opens."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from cxdesk.db.database import Database
from tests.demo_fixture import DEMO_TODAY
from ui.tabs.reports import files, form
from ui.tabs.reports.tab import ReportsTab

TODAY = DEMO_TODAY


@pytest.fixture
def db(demo_db: Database) -> Database:
    """The demo database instead of an empty one: every report has something to print."""
    return demo_db


@dataclass
class Desk:
    """What the page asked the user and the system: the save dialog, the question after
    saving, the viewer and the file manager."""

    answer: Path | None = None  # what the save dialog returns
    after_saved: str | None = "open"  # what the question after saving returns
    suggested: list[Path] = field(default_factory=list)
    asked: list[Path] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)
    shown: list[Path] = field(default_factory=list)


@pytest.fixture
def desk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp) -> Desk:
    record = Desk(answer=tmp_path / "out" / "report.pdf")
    (tmp_path / "out").mkdir()
    QLocale.setDefault(QLocale("en_GB"))

    def ask_save_path(_parent, _title, suggested: Path) -> Path | None:
        record.suggested.append(suggested)
        return record.answer

    def ask_after_saved(_parent, path: Path) -> str | None:
        record.asked.append(path)
        return record.after_saved

    monkeypatch.setattr(form, "today", lambda: TODAY)
    monkeypatch.setattr(files, "documents_folder", lambda: tmp_path / "Documents")
    monkeypatch.setattr(files, "ask_save_path", ask_save_path)
    monkeypatch.setattr(files, "ask_after_saved", ask_after_saved)
    monkeypatch.setattr(files, "open_file", record.opened.append)
    monkeypatch.setattr(files, "show_in_folder", record.shown.append)
    return record


@pytest.fixture
def page(qtbot, ctx, desk) -> ReportsTab:
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1150, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab
