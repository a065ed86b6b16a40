"""The customers table model: valid for Qt's model tester, texts and sort keys per column."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from cxdesk.db.models import LoyaltyType
from cxdesk.services.customers import CustomerRow
from ui.tabs.customers.model import CustomersModel


def row(id_: int, name: str, **fields) -> CustomerRow:
    values = dict(phone="", email="", segment="", consent=False, consent_at=None,
                  loyalty=LoyaltyType.UNKNOWN, notes="", erased_at=None,
                  created_at=datetime(2025, 1, id_))
    values.update(fields)
    return CustomerRow(id=id_, name=name, **values)


ROWS = [
    row(1, "Петренко Ганна", phone="+380 44 123 4567", consent=True,
        consent_at=datetime(2025, 3, 12, 10, 30), loyalty=LoyaltyType.DEDICATED, notes="VIP"),
    row(2, "ИВАНОВ Иван", email="ivanov@example.com", segment="опт"),
    row(3, "—", erased_at=datetime(2025, 4, 1, 9)),
]


def text(model: CustomersModel, r: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(r, column), role)


def test_passes_the_model_tester(qtmodeltester):
    model = CustomersModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_shows_each_column(ctx):
    model = CustomersModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == CustomersModel.COLUMNS
    assert text(model, 0, CustomersModel.NAME) == "Петренко Ганна"
    assert text(model, 0, CustomersModel.PHONE) == "+380 44 123 4567"
    assert text(model, 1, CustomersModel.EMAIL) == "ivanov@example.com"
    assert text(model, 1, CustomersModel.SEGMENT) == "опт"
    assert text(model, 0, CustomersModel.LOYALTY) == "Dedicated (wants to stay)"
    assert text(model, 0, CustomersModel.CONSENT) == "Yes, since 12/03/2025"
    assert text(model, 1, CustomersModel.CONSENT) == "No"
    assert text(model, 0, CustomersModel.ADDED) == "01/01/2025"
    assert text(model, 0, CustomersModel.NAME, Qt.ItemDataRole.ToolTipRole) == "VIP"
    assert text(model, 2, CustomersModel.NAME) == "Personal data erased on 01/04/2025"
    assert text(model, 2, CustomersModel.NAME, Qt.ItemDataRole.FontRole).italic()
    assert text(model, 1, CustomersModel.NAME, CustomersModel.ROW_ROLE) is ROWS[1]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Phone", "E-mail", "Segment", "Loyalty", "Consent", "Added"]


def test_sort_keys_fold_case_and_put_erased_last():
    model = CustomersModel()
    model.set_rows(ROWS)
    keys = [text(model, r, CustomersModel.NAME, CustomersModel.SORT_ROLE) for r in range(3)]
    assert keys[1] == "иванов иван"
    assert sorted(keys)[-1] == keys[2]
    consent = [text(model, r, CustomersModel.CONSENT, CustomersModel.SORT_ROLE) for r in range(2)]
    assert consent[1] < consent[0]


def test_retranslate_announces_new_headers(qtbot):
    model = CustomersModel()
    model.set_rows(ROWS)
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.retranslate()


def test_row_of_finds_a_customer():
    model = CustomersModel()
    model.set_rows(ROWS)
    assert model.row_of(2) == 1
    assert model.row_of(99) is None
