"""Improvement actions driven by qtbot: forms, overdue, where they came from, done, delete."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from cxdesk.db.models import ActionStatus, FeedbackSource
from cxdesk.services import actions, feedback, org
from cxdesk.services.actions import ActionForm
from cxdesk.services.feedback import FeedbackForm
from tests.ui.keys import type_text
from tests.ui.logs.helpers import cell, column_texts, show, shown_count
from ui.dialogs.action_dialog import ActionDialog
from ui.qtmodels.record_rows import ALERT_TEXT
from ui.tabs.actions import ActionsTab
from ui.tabs.actions.model import ActionsModel
from ui.widgets.choices import Choice, Choices

M = ActionsModel


@pytest.fixture
def tab(qtbot, ctx) -> ActionsTab:
    return show(qtbot, ActionsTab(ctx))


def test_add_edit_search_done_and_delete(qtbot, tab, ctx, answers, confirmations,
                                         shown_errors):
    owner = org.create_staff(ctx.db, org.StaffForm("Дарина Яковенко", "керуюча"))
    queue, calls = answers(ActionDialog)
    queue.append(ActionForm("Открыть вторую кассу", theme="waiting", owner_id=owner,
                            due_date=date.today() + timedelta(days=10)))
    with qtbot.waitSignal(tab.actions_changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [row] = actions.list_actions(ctx.db)
    assert tab.selected().id == row.id
    assert cell(tab.records, row.id, M.OWNER) == "Дарина Яковенко"
    assert cell(tab.records, row.id, M.THEME) == "Waiting and queues"
    assert cell(tab.records, row.id, M.STATUS) == "Open"
    assert cell(tab.records, row.id, M.SOURCE) == ""  # typed in: no link

    actions.create_action(ctx.db, ActionForm("Ценники на всех полках"))
    tab.refresh()
    type_text(tab.search_edit, "КАСС")
    assert column_texts(tab.records, M.TITLE) == ["Открыть вторую кассу"]
    assert shown_count(tab.count_label) == (1, True)
    tab.search_edit.clear()

    tab.records.select(row.id)
    queue.append(ActionForm("Открыть вторую кассу в часы пик", owner_id=owner,
                            status=ActionStatus.IN_PROGRESS))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert calls[-1][1].id == row.id
    assert actions.get_action(ctx.db, row.id).status == ActionStatus.IN_PROGRESS

    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    done = actions.get_action(ctx.db, row.id)
    assert done.status == ActionStatus.DONE and done.done_at is not None
    assert tab.done_button.text() == "Re&open"

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Открыть вторую кассу в часы пик" in confirmations[-1]
    assert [r.title for r in actions.list_actions(ctx.db)] == ["Ценники на всех полках"]
    assert shown_errors == []


def test_the_dialog_refuses_an_empty_suggestion(qtbot):
    staff = [Choice(1, "Олена"), Choice(2, "Пётр (уволен)", active=False)]
    dialog = ActionDialog(None, None, Choices(staff=staff))
    qtbot.addWidget(dialog)
    assert dialog.owner_combo.count() == 2  # "none" and the one active person
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.visible_errors() == {"title": "Enter what is to be done."}
    type_text(dialog.title_edit, "Обучить кассиров")
    dialog.theme_combo.setEditText("Staff and their manners")  # a built-in theme, by name
    dialog.owner_combo.set_value(1)
    dialog.accept()
    assert dialog.value() == ActionForm("Обучить кассиров", theme="staff", owner_id=1)


def test_an_overdue_action_is_highlighted(qtbot, tab, ctx):
    late = actions.create_action(ctx.db, ActionForm("Починить дверь",
                                                    due_date=date.today() - timedelta(days=3)))
    soon = actions.create_action(ctx.db, ActionForm("Новые ценники",
                                                    due_date=date.today() + timedelta(days=3)))
    tab.refresh()
    assert cell(tab.records, late, M.DUE).endswith(", overdue")
    assert cell(tab.records, late, M.DUE, Qt.ItemDataRole.ForegroundRole) == ALERT_TEXT
    assert cell(tab.records, soon, M.DUE, Qt.ItemDataRole.ForegroundRole) is None
    actions.set_action_status(ctx.db, late, ActionStatus.DONE)
    tab.refresh()
    assert not cell(tab.records, late, M.DUE).endswith(", overdue")  # done is not late


def test_where_it_came_from_is_a_link(qtbot, tab, ctx, shown_errors):
    entry = feedback.create_feedback(ctx.db, FeedbackForm(
        source=FeedbackSource.ONLINE_REVIEW, received_at=datetime(2026, 2, 1, 9),
        text="Нет парковки возле магазина", rating=2))
    action_id = actions.action_from_feedback(ctx.db, entry)
    tab.refresh()
    text = cell(tab.records, action_id, M.SOURCE)
    assert text.startswith("Feedback of 2026-02-01")
    assert cell(tab.records, action_id, M.SOURCE, Qt.ItemDataRole.FontRole).underline()
    tab.records.select(action_id)
    index = tab.records.proxy.mapFromSource(tab.model.index(0, M.SOURCE))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.table.visualRect(index).center())
    title, shown = shown_errors[-1]
    assert title == "Where it came from"
    assert "Нет парковки возле магазина" in shown


def test_model(qtmodeltester, ctx):
    actions.create_action(ctx.db, ActionForm("Раз", due_date=date(2020, 1, 1)))
    actions.create_action(ctx.db, ActionForm("Два", status=ActionStatus.DROPPED))
    model = ActionsModel()
    model.set_rows(actions.list_actions(ctx.db))
    qtmodeltester.check(model)


def test_coming_back_to_the_page_shows_actions_made_elsewhere(qtbot, tab, ctx):
    assert tab.model.rowCount() == 0
    tab.hide()
    actions.create_action(ctx.db, ActionForm("Сделано на другой странице"))
    tab.show()
    assert column_texts(tab.records, M.TITLE) == ["Сделано на другой странице"]
