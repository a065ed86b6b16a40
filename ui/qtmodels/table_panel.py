"""A searchable, sortable table with a row of buttons above it and its count below."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.qtmodels.record_table import Column, RecordTableModel, SearchProxy
from ui.shortcuts import shortcut


class TablePanel(QWidget):
    """Subclasses give the columns, the search texts of a row, the count text and their
    buttons; `activated` (double click, Enter) and `delete_pressed` (Delete) are hooks."""

    def __init__(self, columns: Sequence[Column], search: Callable[[Any], Sequence[Any]],
                 stretch: int = 0, style: Callable[[Any], dict[int, Any] | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, search, self, style)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.buttons = QHBoxLayout()
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.table.doubleClicked.connect(lambda _index: self.activated())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        for key, slot in ((Qt.Key.Key_Return, self.activated),
                          (Qt.Key.Key_Delete, self.delete_pressed)):
            shortcut(QKeySequence(key), self.table, slot, Qt.ShortcutContext.WidgetShortcut)

    def add_button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.retranslate()
            self.show_count()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Button texts; subclasses fill it."""

    def set_column_widths(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            self.table.horizontalHeader().resizeSection(column, width)

    # rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        keep = self.selected_row()
        self.model.set_rows(rows)
        if keep is not None and hasattr(keep, "id"):
            self.select_where(lambda row: getattr(row, "id", None) == keep.id)
        self.show_count()
        self.update_buttons()

    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.show_count()
        self.update_buttons()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.proxy.set_predicate(predicate)
        self.show_count()
        self.update_buttons()

    def shown_rows(self) -> list[Any]:
        return [self.proxy.row(n) for n in range(self.proxy.rowCount())]

    def show_count(self) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # selection

    def selected_row(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row(indexes[0].row()) if indexes else None

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        source = self.model.row_of(predicate)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def select_id(self, row_id: Any) -> bool:
        return self.select_where(lambda row: getattr(row, "id", None) == row_id)

    def update_buttons(self) -> None:
        """Enable what the selection allows; subclasses fill it."""

    def activated(self) -> None:
        """Double click or Enter on a row."""

    def delete_pressed(self) -> None:
        """The Delete key on a row."""
