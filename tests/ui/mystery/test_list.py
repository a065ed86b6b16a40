"""The visit list: filters, new visit, open, delete, the offer to resume a draft."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt

from cxdesk.services.visits import VisitStart, list_visits, save_answer, submit_visit
from tests.ui.mystery.helpers import click
from ui.tabs.mystery import print_visit
from ui.tabs.mystery.filters import CUSTOM, LAST_MONTH, THIS_MONTH, period_bounds
from ui.tabs.mystery.model import VisitsModel


def shown(tab, column=VisitsModel.SHOPPER) -> list[str]:
    proxy = tab.list_page.proxy
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def answer_all(shop, visit_id: int) -> None:
    for item in shop.items(visit_id):
        if item.kind == "yes_no_na":
            save_answer(shop.db, visit_id, item.id, choice="yes")
        elif item.kind == "scale_1_5":
            save_answer(shop.db, visit_id, item.id, scale=5)
        else:
            save_answer(shop.db, visit_id, item.id, text="ok")


def test_starts_empty_without_an_offer(make_tab, shop):
    tab = make_tab()
    assert shown(tab) == []
    assert tab.list_page.count_label.text() == "0 visits"
    assert not tab.list_page.banner.isVisible()
    assert not tab.list_page.open_button.isEnabled()


def test_new_visit_opens_the_editor_at_the_first_item(qtbot, make_tab, shop, new_visit_answers):
    answers, asked = new_visit_answers
    shop.start("Дмитрий Фёдоров")
    tab = make_tab()
    answers.append(None)  # cancelled: nothing happens
    click(qtbot, tab.list_page.new_button)
    assert tab.stack.currentWidget() is tab.list_page and len(list_visits(shop.db)) == 1
    choices = asked[0]
    assert [row.id for row in choices.checklists] == [shop.template_id]
    assert {row.name for row in choices.staff} == {"Олена Іваненко", "Петро Коваль"}
    assert choices.shoppers == ["Дмитрий Фёдоров"] and choices.last_shopper == "Дмитрий Фёдоров"
    assert choices.last_location_id == shop.location_id

    answers.append(VisitStart(shop.template_id, shop.other_location_id, "Анна Андреева",
                              datetime(2026, 6, 1, 10, 0)))
    click(qtbot, tab.list_page.new_button)
    assert tab.stack.currentWidget() is tab.editor
    assert tab.editor.detail.location_name == "Лівий берег"
    first = tab.editor.checklist.items[tab.editor.detail.items[0].id]
    assert tab.editor.checklist.current_item_id() == first.item.id
    click(qtbot, tab.editor.header.back_button)
    assert tab.stack.currentWidget() is tab.list_page
    assert sorted(shown(tab)) == ["Анна Андреева", "Дмитрий Фёдоров"]
    assert tab.list_page.selected_row().shopper == "Анна Андреева"


def test_filters_by_location_shopper_period_and_status(make_tab, shop):
    shop.start("Анна Андреева", when=datetime(2026, 5, 20, 12, 0))
    done = shop.start("Дмитрий Фёдоров", shop.other_location_id, datetime(2026, 6, 2, 9, 0))
    answer_all(shop, done)
    submit_visit(shop.db, done)
    tab = make_tab()
    bar = tab.list_page.filter_bar
    assert shown(tab) == ["Дмитрий Фёдоров", "Анна Андреева"]
    assert shown(tab, VisitsModel.STATUS) == ["Submitted", "Draft"]
    assert shown(tab, VisitsModel.SCORE) == ["100.0%", "—"]
    assert shown(tab, VisitsModel.RESULT) == ["Passed", ""]
    assert shown(tab, VisitsModel.PROGRESS) == ["44 of 44", "0 of 44"]

    choose(bar.location_combo, shop.other_location_id)
    assert shown(tab) == ["Дмитрий Фёдоров"]
    choose(bar.location_combo, None)
    choose(bar.shopper_combo, "Анна Андреева")
    assert shown(tab) == ["Анна Андреева"]
    choose(bar.shopper_combo, None)
    choose(bar.status_combo, "submitted")
    assert shown(tab) == ["Дмитрий Фёдоров"]
    choose(bar.status_combo, None)

    bar.period_combo.setCurrentIndex(CUSTOM)
    bar.period_combo.activated.emit(CUSTOM)
    assert bar.from_edit.isVisible()
    bar.from_edit.setDate(QDate(2026, 5, 1))
    bar.to_edit.setDate(QDate(2026, 5, 31))
    assert shown(tab) == ["Анна Андреева"]
    assert tab.list_page.count_label.text() == "1 visit"


def test_period_presets():
    today = date(2026, 3, 15)
    assert period_bounds(THIS_MONTH, today) == (date(2026, 3, 1), today)
    assert period_bounds(LAST_MONTH, today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds(LAST_MONTH, date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_offers_the_latest_draft_once(qtbot, make_tab, shop):
    older = shop.start("Анна Андреева")
    latest = shop.start("Дмитрий Фёдоров")
    save_answer(shop.db, older, shop.items(older)[0].id, scale=3)
    tab = make_tab()
    page = tab.list_page
    assert page.banner.isVisible()
    assert "Анна Андреева" in page.banner_label.text()  # the one changed last
    click(qtbot, page.dismiss_button)
    assert not page.banner.isVisible()
    tab.refresh()
    assert not page.banner.isVisible()
    assert latest in [row.id for row in page.model.rows()]


def test_resume_opens_where_the_draft_stopped(qtbot, make_tab, shop):
    visit_id = shop.start()
    items = shop.items(visit_id)
    save_answer(shop.db, visit_id, items[5].id, choice="yes")
    tab = make_tab()
    click(qtbot, tab.list_page.resume_button)
    assert tab.editor.checklist.current_item_id() == items[6].id
    assert tab.editor.checklist.section_index() == 1  # the phone call


def test_open_by_keyboard_and_delete(qtbot, make_tab, shop, confirmations):
    visit_id = shop.start()
    tab = make_tab()
    page = tab.list_page
    page.select(visit_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert tab.editor.visit_id == visit_id
    first = tab.editor.checklist.items[shop.items(visit_id)[0].id]
    assert first.answer_input.first_focus().hasFocus()
    qtbot.keyClick(first.answer_input.first_focus(), Qt.Key.Key_Escape)
    assert tab.stack.currentWidget() is page
    assert page.selected_id() == visit_id
    with qtbot.waitSignal(tab.visits_changed):
        click(qtbot, page.delete_button)
    assert "unfinished visit of Центр" in confirmations[0]
    assert list_visits(shop.db) == [] and shown(tab) == []


def test_the_print_button_hides_without_the_report_module(make_tab, shop, monkeypatch):
    assert make_tab().list_page.print_button.isVisibleTo(make_tab().list_page)
    monkeypatch.setattr(print_visit, "report_available", lambda: False)
    tab = make_tab()
    assert not tab.list_page.print_button.isVisibleTo(tab.list_page)
    assert not tab.editor.header.print_button.isVisibleTo(tab.editor.header)
