"""Service requests driven by qtbot: forms, "now" buttons, SLA targets, time left, overdue."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from cxdesk.db.models import Priority
from cxdesk.services import requests
from cxdesk.services.requests import RequestForm, SlaForm
from tests.ui.keys import type_text
from tests.ui.logs.helpers import cell, column_texts, show, shown_count
from ui.dialogs.request_dialog import RequestDialog
from ui.dialogs.sla_dialog import SlaDialog
from ui.qtmodels.record_rows import ALERT_TEXT
from ui.tabs.requests import RequestsTab
from ui.tabs.requests.model import RequestsModel, load_items
from ui.widgets.choices import Choices

M = RequestsModel
NOW = datetime(2026, 5, 4, 12, 0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now().replace(microsecond=0))


@pytest.fixture
def tab(qtbot, ctx, clock) -> RequestsTab:
    return show(qtbot, RequestsTab(ctx, clock=clock))


def add(db, description="Заменить кофемашину", priority=Priority.NORMAL, minutes_ago=0,
        **times) -> int:
    registered = datetime.now().replace(microsecond=0) - timedelta(minutes=minutes_ago)
    return requests.create_request(db, RequestForm(registered_at=registered, priority=priority,
                                                   description=description, **times))


def test_add_edit_search_and_delete(qtbot, tab, ctx, answers, confirmations, shown_errors,
                                    factory):
    customer = factory.customer("Петренко Ганна")
    queue, calls = answers(RequestDialog)
    queue.append(RequestForm(registered_at=NOW, priority=Priority.HIGH, customer_id=customer,
                             description="Вернуть деньги за брак"))
    with qtbot.waitSignal(tab.requests_changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [row] = requests.list_requests(ctx.db)
    assert tab.selected().id == row.id
    assert cell(tab.records, row.id, M.CUSTOMER) == "Петренко Ганна"
    assert cell(tab.records, row.id, M.PRIORITY) == "High"
    assert cell(tab.records, row.id, M.STATUS) == "New"

    add(ctx.db, "Доставка дивана")
    tab.refresh()
    type_text(tab.search_edit, "ганна")  # the customer's name, any case
    assert column_texts(tab.records, M.DESCRIPTION) == ["Вернуть деньги за брак"]
    assert shown_count(tab.count_label) == (1, True)
    tab.search_edit.clear()

    tab.records.select(row.id)
    queue.append(RequestForm(registered_at=NOW, priority=Priority.LOW, customer_id=customer,
                             description="Вернуть деньги за брак", taken_at=NOW))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert calls[-1][1].id == row.id
    assert requests.get_request(ctx.db, row.id).priority == Priority.LOW
    assert cell(tab.records, row.id, M.STATUS) == "In work"

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "No. " in confirmations[-1]
    assert [r.description for r in requests.list_requests(ctx.db)] == ["Доставка дивана"]
    assert shown_count(tab.count_label) == (1, False)
    assert shown_errors == []


def test_a_bad_time_is_refused_in_the_dialog(qtbot):
    dialog = RequestDialog(None, None, Choices())
    qtbot.addWidget(dialog)
    dialog.registered_edit.set_value(NOW)
    dialog.taken_edit.set_value(NOW - timedelta(hours=1))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.visible_errors() == {
        "taken_at": "A request cannot be taken into work before it was registered."}
    qtbot.mouseClick(dialog.taken_edit.now_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.resolved_edit.now_button, Qt.MouseButton.LeftButton)
    assert dialog.visible_errors() == {}
    dialog.accept()
    form = dialog.value()
    assert form.taken_at is not None and form.resolved_at is not None


def test_the_service_refusal_comes_back_to_the_form(qtbot, tab, ctx, answers):
    queue, calls = answers(RequestDialog)
    bad = RequestForm(registered_at=NOW, resolved_at=NOW - timedelta(days=1))
    queue += [bad, None]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert calls[1][3] == bad and calls[1][4].field == "resolved_at"
    assert requests.list_requests(ctx.db) == []


def test_take_and_resolve_now(qtbot, tab, ctx):
    row_id = add(ctx.db, minutes_ago=5)
    tab.refresh()
    tab.records.select(row_id)
    assert tab.take_button.isEnabled() and tab.resolve_button.isEnabled()
    qtbot.mouseClick(tab.take_button, Qt.MouseButton.LeftButton)
    assert requests.get_request(ctx.db, row_id).taken_at is not None
    assert not tab.take_button.isEnabled()
    qtbot.mouseClick(tab.resolve_button, Qt.MouseButton.LeftButton)
    assert requests.get_request(ctx.db, row_id).status == "resolved"
    assert not tab.resolve_button.isEnabled()
    assert cell(tab.records, row_id, M.TIME_LEFT).startswith("Resolved in")


def test_an_open_request_shows_the_time_left_and_turns_overdue(qtbot, tab, ctx, clock):
    requests.set_sla_target(ctx.db, SlaForm(Priority.HIGH, 10, 60, 240))
    registered = clock.now - timedelta(minutes=20)
    row_id = requests.create_request(ctx.db, RequestForm(registered_at=registered,
                                                         priority=Priority.HIGH))
    tab.refresh()
    assert cell(tab.records, row_id, M.TIME_LEFT) == "40 min left"
    assert cell(tab.records, row_id, M.TIME_LEFT, Qt.ItemDataRole.ForegroundRole) is None
    assert "taken into work by" in cell(tab.records, row_id, M.TIME_LEFT,
                                        Qt.ItemDataRole.ToolTipRole)

    clock.now += timedelta(minutes=65)  # the clock moves on, nothing is reloaded
    with qtbot.waitSignal(tab.model.dataChanged):
        tab.tick()
    assert cell(tab.records, row_id, M.TIME_LEFT) == "Overdue by 25 min"
    assert cell(tab.records, row_id, M.TIME_LEFT, Qt.ItemDataRole.ForegroundRole) == ALERT_TEXT

    requests.take_now(ctx.db, row_id, now=clock.now)  # then the target is to resolve
    tab.refresh()
    assert cell(tab.records, row_id, M.TIME_LEFT) == "2 h 35 min left"
    tab.open_check.setChecked(True)
    assert shown_count(tab.count_label) == (1, True)


def test_sla_targets_dialog(qtbot, tab, ctx, answers, monkeypatch):
    targets = requests.get_sla_targets(ctx.db)
    queue, calls = answers(SlaDialog)
    changed = SlaForm(Priority.LOW, 60, 600, 6000)
    queue.append([changed])
    qtbot.mouseClick(tab.sla_button, Qt.MouseButton.LeftButton)
    assert calls[0][1] == targets
    assert {t.priority: t for t in requests.get_sla_targets(ctx.db)}[Priority.LOW] == changed

    dialog = SlaDialog(None, targets)
    qtbot.addWidget(dialog)
    dialog.spins["high"]["take_minutes"].setValue(500)
    dialog.spins["high"]["resolve_minutes"].setValue(100)
    dialog.accept()
    assert dialog.visible_errors() == {"high": "The time to take into work cannot be longer "
                                               "than the time to resolve."}
    dialog.spins["high"]["resolve_minutes"].setValue(900)
    dialog.accept()
    assert [(f.priority, f.resolve_minutes) for f in dialog.value()] == [(Priority.HIGH, 900)]


def test_model(qtmodeltester, ctx):
    add(ctx.db, minutes_ago=30)
    add(ctx.db, "Решено", taken_at=datetime.now(), resolved_at=datetime.now())
    model = RequestsModel()
    model.set_rows(load_items(ctx.db, "", False, None))
    qtmodeltester.check(model)
