"""Mystery shop page fixtures: the built-in checklist, a shop with staff, answered dialogs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from cxdesk.services.builtin import install_builtins
from cxdesk.services.checklist_templates import current_checklist_id
from cxdesk.services.org import StaffForm, create_staff
from cxdesk.services.visits import VisitStart, load_visit, start_visit
from ui.tabs.mystery import MysteryTab
from ui.tabs.mystery.new_visit_dialog import NewVisitDialog

FAMILY = "retail_mystery"


class Shop:
    """The built-in retail checklist, one location with two staff members, and visits."""

    def __init__(self, db, factory) -> None:
        install_builtins(db)
        self.db = db
        self.template_id = current_checklist_id(db, FAMILY)
        self.location_id = factory.location("Центр")
        self.other_location_id = factory.location("Лівий берег")
        self.olena = create_staff(db, StaffForm("Олена Іваненко", "продавець", self.location_id))
        self.petro = create_staff(db, StaffForm("Петро Коваль", "касир", self.location_id))

    def start(self, shopper: str = "Анна Андреева", location_id: int | None = None,
              when: datetime = datetime(2026, 6, 12, 14, 5)) -> int:
        return start_visit(self.db, VisitStart(self.template_id, location_id or self.location_id,
                                               shopper, when, (self.olena,)))

    def items(self, visit_id: int):
        return load_visit(self.db, visit_id).items

    def item(self, visit_id: int, number: str):
        return next(i for i in self.items(visit_id) if i.number == number)


@pytest.fixture
def shop(db, factory) -> Shop:
    return Shop(db, factory)


@pytest.fixture
def make_tab(qtbot, ctx):
    def make() -> MysteryTab:
        tab = MysteryTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1150, 680)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()  # keyboard shortcuts follow the focus of the active window
        qtbot.waitUntil(tab.isActiveWindow)
        return tab

    return make


@pytest.fixture
def new_visit_answers(monkeypatch):
    """What NewVisitDialog.ask returns, one per call; records the choices it was given."""
    answers: list = []
    asked: list = []

    def ask(_parent, choices):
        asked.append(choices)
        return answers.pop(0)

    monkeypatch.setattr(NewVisitDialog, "ask", ask)
    return answers, asked


@pytest.fixture
def photo_file(tmp_path) -> Path:
    path = tmp_path / "ценник.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    assert image.save(str(path), "PNG")
    return path
