"""The generic row table and its search proxy, checked by pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from ui.qtmodels.record_table import SORT_ROLE, Column, RecordTableModel, SearchProxy


@dataclass(frozen=True)
class Row:
    id: int
    name: dict[str, str]
    count: int


ROWS = [Row(1, {"ru": "Ёлка у входа"}, 3), Row(2, {"uk": "Каса"}, 10), Row(3, {"en": "Sign"}, 2)]


def make_model() -> RecordTableModel:
    columns = [Column(lambda: "Name", lambda r: next(iter(r.name.values()))),
               Column(lambda: "Count", lambda r: str(r.count), sort=lambda r: r.count,
                      align_right=True)]
    model = RecordTableModel(columns, lambda r: (r.name,))
    model.set_rows(ROWS)
    return model


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = make_model()
    qtmodeltester.check(model)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("ЕЛКА")  # any case, ё found as е
    qtmodeltester.check(proxy)
    assert [proxy.row(n).id for n in range(proxy.rowCount())] == [1]


def test_numbers_sort_as_numbers_and_the_predicate_filters():
    model = make_model()
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.row(n).count for n in range(proxy.rowCount())] == [2, 3, 10]
    assert proxy.index(0, 1).data(SORT_ROLE) == 2
    proxy.set_predicate(lambda r: r.count > 2)
    assert proxy.rowCount() == 2
    proxy.set_predicate(None)
    assert proxy.rowCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
