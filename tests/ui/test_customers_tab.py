"""The Customers tab driven by qtbot: add, find in Cyrillic, edit, delete, erase, count."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cxdesk.services import customers
from cxdesk.services.customers import CustomerForm
from tests.ui.keys import type_text
from ui.dialogs.customer_dialog import CustomerDialog
from ui.tabs.customers import CustomersTab
from ui.tabs.customers.model import CustomersModel


@pytest.fixture
def tab(qtbot, ctx) -> CustomersTab:
    widget = CustomersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog_answers(monkeypatch):
    """What CustomerDialog.edit will return, one per call; records the rows it was given."""
    answers: list[CustomerForm | None] = []
    asked: list = []

    def edit(_parent, row):
        asked.append(row)
        return answers.pop(0)

    monkeypatch.setattr(CustomerDialog, "edit", edit)
    return answers, asked


def shown_names(tab: CustomersTab) -> list[str]:
    proxy = tab.proxy
    return [proxy.data(proxy.index(r, CustomersModel.NAME)) for r in range(proxy.rowCount())]


def select(qtbot, tab: CustomersTab, name: str) -> None:
    row = shown_names(tab).index(name)
    rect = tab.table.visualRect(tab.proxy.index(row, CustomersModel.NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_row().name == name


def test_starts_empty(tab):
    assert shown_names(tab) == []
    assert tab.count_label.text() == "0 customers"
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()


def test_add_find_edit_delete(qtbot, tab, ctx, dialog_answers, confirmations, shown_errors):
    answers, asked = dialog_answers
    answers.append(CustomerForm(name="ИВАНОВ Иван", phone="+380 44 123 4567", consent=True))
    with qtbot.waitSignal(tab.customers_changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert asked == [None]
    assert shown_names(tab) == ["ИВАНОВ Иван"]
    assert tab.count_label.text() == "1 customer"
    assert tab.selected_row().name == "ИВАНОВ Иван"  # the new customer is selected

    answers.append(CustomerForm(name="Петренко Ганна"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.count_label.text() == "2 customers"

    type_text(tab.search_edit, "иванов")
    assert shown_names(tab) == ["ИВАНОВ Иван"]
    assert tab.count_label.text() == "1 customer found"
    tab.search_edit.clear()
    assert len(shown_names(tab)) == 2

    select(qtbot, tab, "ИВАНОВ Иван")
    answers.append(CustomerForm(name="Іванов Іван", phone="+380 44 123 4567", consent=True))
    index = tab.table.currentIndex()
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=tab.table.visualRect(index).center())
    assert asked[-1].name == "ИВАНОВ Иван"
    assert sorted(shown_names(tab)) == ["Іванов Іван", "Петренко Ганна"]
    assert tab.selected_row().name == "Іванов Іван"

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Іванов Іван" in confirmations[-1]
    assert shown_names(tab) == ["Петренко Ганна"]
    assert tab.count_label.text() == "1 customer"
    assert [row.name for row in customers.list_customers(ctx.db)] == ["Петренко Ганна"]
    assert shown_errors == []


def test_a_cancelled_dialog_changes_nothing(qtbot, tab, ctx, dialog_answers):
    answers, _asked = dialog_answers
    answers.append(None)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert customers.count_customers(ctx.db) == 0


def test_delete_refused_shows_why(qtbot, tab, ctx, factory, confirmations, shown_errors):
    customer_id = factory.customer("Ann")
    factory.response(customer_id)
    tab.refresh()
    select(qtbot, tab, "Ann")
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(confirmations) == 1
    [(title, text)] = shown_errors
    assert "Ann cannot be deleted" in text and "1 survey response" in text
    assert shown_names(tab) == ["Ann"]


def test_erase_keeps_the_row_anonymised(qtbot, tab, ctx, factory, confirmations, monkeypatch):
    monkeypatch.setattr(customers, "_now", lambda: datetime(2025, 4, 1, 9))
    customer_id = factory.customer("Ann", phone="0441234567")
    factory.response(customer_id)
    tab.refresh()
    select(qtbot, tab, "Ann")
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    assert "Ann" in confirmations[-1]
    assert shown_names(tab) == ["Personal data erased on 01/04/2025"]
    assert tab.selected_row().erased
    assert not tab.edit_button.isEnabled() and not tab.erase_button.isEnabled()
    assert customers.get_customer(ctx.db, customer_id).phone == ""


def test_search_by_phone_and_no_match(tab, factory):
    factory.customer("Ann", phone="067 000 11 22")
    factory.customer("Bob")
    tab.refresh()
    type_text(tab.search_edit, "067 000")
    assert shown_names(tab) == ["Ann"]
    type_text(tab.search_edit, "9")
    assert shown_names(tab) == []
    assert tab.count_label.text() == "0 customers found"


def test_columns_sort_by_clicking_the_header(qtbot, tab, factory):
    for name in ("борис", "Анна", "Віра"):
        factory.customer(name)
    tab.refresh()
    assert shown_names(tab) == ["Анна", "борис", "Віра"]
    tab.table.sortByColumn(CustomersModel.NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab) == ["Віра", "борис", "Анна"]


def test_add_through_the_real_dialog(qtbot, tab, ctx):
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CustomerDialog)
        type_text(dialog.name_edit, "Ёлкина Алёна")
        type_text(dialog.phone_edit, "067 000 11 22")
        qtbot.mouseClick(dialog.consent_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert shown_names(tab) == ["Ёлкина Алёна"]
    type_text(tab.search_edit, "елкина")
    assert shown_names(tab) == ["Ёлкина Алёна"]
    [row] = customers.list_customers(ctx.db)
    assert row.consent and row.consent_at is not None and row.phone == "067 000 11 22"
