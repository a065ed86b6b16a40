"""FigureTable: a valid model, numbers sort as numbers, Ctrl+C copies with the headers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from ui import figure_format as ff
from ui.qtmodels.rows_model import Column, RowsModel
from ui.widgets.figure_table import FigureTable


@dataclass(frozen=True)
class Row:
    name: str
    nps: float | None
    n: int


ROWS = [Row("Центр", 50.4, 899), Row("Лівий\tберег", 9.5, 12), Row("ТЦ Океан", None, 0)]


def model() -> RowsModel:
    return RowsModel([
        Column(lambda: "Location", lambda r: r.name, width=0),
        Column(lambda: "NPS", lambda r: ff.number(r.nps), sort=lambda r: ff.sort_value(r.nps),
               numeric=True),
        Column(lambda: "Answers", lambda r: ff.count(r.n), sort=lambda r: float(r.n),
               numeric=True),
    ], muted=lambda r: r.n < 30)


@pytest.fixture
def table(qtbot) -> FigureTable:
    widget = FigureTable(model(), stretch=0)
    qtbot.addWidget(widget)
    widget.set_rows(ROWS)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_model_passes_the_tester(qtmodeltester):
    rows = model()
    rows.set_rows(ROWS)
    qtmodeltester.check(rows)
    rows.set_rows([])
    qtmodeltester.check(rows)


def test_numbers_sort_as_numbers_and_no_value_sorts_last(table):
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in table.shown_rows()] == ["Центр", "Лівий\tберег", "ТЦ Океан"]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in table.shown_rows()] == ["ТЦ Океан", "Лівий\tберег", "Центр"]


def test_ctrl_c_copies_the_selection_with_its_headers(qtbot, table):
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select
    for row in (0, 1):
        for column in (0, 2):
            selection.select(table.proxy.index(row, column), flags)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Location\tAnswers\nЦентр\t899\nЛівий берег\t12\n")


def test_copy_the_whole_table(table):
    table.copy_selection(everything=True)
    assert QGuiApplication.clipboard().text().splitlines() == [
        "Location\tNPS\tAnswers", "Центр\t50.4\t899", "Лівий берег\t9.5\t12",
        "ТЦ Океан\t—\t0"]


def test_a_click_names_the_row_and_the_column(qtbot, table):
    rect = table.visualRect(table.proxy.index(2, 0))
    with qtbot.waitSignal(table.cell_clicked) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ROWS[2], 0]


def test_few_answers_are_greyed(table):
    index = table.rows_model.index(1, 1)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert table.rows_model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
