"""Reading the pages of the logs in tests: cells as text, widgets shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.widgets.record_list import RecordList


def column_texts(records: RecordList, column: int) -> list[str]:
    proxy = records.proxy
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def cell(records: RecordList, row_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    """What the list shows for a record in one column."""
    source = records.model.row_of(row_id)
    assert source is not None, f"record {row_id} is not listed"
    return records.model.index(source, column).data(role)


def show(qtbot, widget, size=(1100, 600)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_count(label) -> tuple[int, bool]:
    """(n, found) of a count label ("3 entries", "1 entry found"): the English plural forms
    come from the catalogue, so tests read the number and whether it is a search's."""
    text = label.text()
    return int(text.split()[0]), text.endswith("found")
