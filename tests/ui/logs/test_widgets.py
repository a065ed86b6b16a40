"""The pieces the log pages share: the row model, the list, the pickers, the date field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.keys import type_text
from tests.ui.logs.helpers import show
from ui.qtmodels.record_rows import ALERT_BACKGROUND, Column, RecordRowsModel
from ui.tabs.actions import ActionsTab
from ui.tabs.feedback import FeedbackTab
from ui.tabs.org import OrgTab
from ui.tabs.requests import RequestsTab
from ui.tabs.sales import SalesTab
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.moment_edit import MomentEdit


@dataclass(frozen=True)
class Thing:
    id: int
    name: str
    amount: float
    late: bool = False


def thing_model() -> RecordRowsModel:
    return RecordRowsModel([
        Column(lambda: "Name", lambda t: t.name, width=0),
        Column(lambda: "Amount", lambda t: f"{t.amount:.1f}", sort=lambda t: t.amount,
               numeric=True, bold=lambda t: t.late, link=True),
    ], background=lambda t: ALERT_BACKGROUND if t.late else None, muted=lambda t: t.amount == 0)


def test_rows_model(qtmodeltester):
    model = thing_model()
    model.set_rows([Thing(1, "Ёлка", 9.5, late=True), Thing(2, "ель", 10.0), Thing(3, "Ива", 0)])
    qtmodeltester.check(model)
    assert model.row_of(2) == 1
    assert model.index(0, 0).data(RecordRowsModel.SORT_ROLE) == "елка"  # ё is е, any case
    assert model.index(0, 1).data(RecordRowsModel.SORT_ROLE) == 9.5
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole).underline()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).italic()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup offscreen
def test_searchable_choice_takes_a_name_typed_in_any_case(qtbot):
    combo = ChoiceCombo(searchable=True)
    qtbot.addWidget(combo)
    combo.set_items([(1, "Іваненко Олена"), (2, "Петренко Ганна")], none_text="— none —")
    assert combo.value() is None
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "петренко ганна")
    assert combo.value() == 2  # the name typed in another case picks it
    combo.lineEdit().setText("нет такого")
    assert combo.value() == 2 and combo.currentText() == "Петренко Ганна"
    combo.lineEdit().clear()
    assert combo.value() is None  # emptied: none
    combo.set_value(1)
    combo.set_items([(1, "Іваненко Олена"), (3, "Сидоренко")], none_text="—")
    assert combo.value() == 1  # kept over a reload


def test_moment_edit_can_be_empty_and_now(qtbot):
    edit = MomentEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    qtbot.mouseClick(edit.now_button, Qt.MouseButton.LeftButton)
    assert abs((edit.value() - datetime.now()).total_seconds()) < 5
    qtbot.mouseClick(edit.clear_button, Qt.MouseButton.LeftButton)
    assert edit.value() is None
    day = MomentEdit(with_time=False, optional=False)
    qtbot.addWidget(day)
    day.set_value(date(2026, 5, 4))
    assert day.value() == date(2026, 5, 4) and day.clear_button.isHidden()


@pytest.mark.parametrize("page", [FeedbackTab, RequestsTab, ActionsTab, OrgTab, SalesTab])
def test_pages_follow_a_language_switch(qtbot, ctx, page):
    widget = show(qtbot, page(ctx))
    assert widget.objectName() == page.page_name
    ctx.translations.switch("ru")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    ctx.translations.switch("en")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert widget.isVisible()
