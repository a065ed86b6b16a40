"""The pieces of the figures grid: a search over its rows and a drop-down editor for names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cxdesk.services.search import matches, terms
from ui.tabs.sales.grid_model import SalesGridModel, month_text
from ui.widgets.choice_combo import ChoiceCombo

Index = QModelIndex | QPersistentModelIndex


class GridFilter(QSortFilterProxyModel):
    """Keeps the rows whose product, location, customer or month hold every word searched
    (Cyrillic, any case); unsaved rows stay searchable because nothing is reloaded."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SalesGridModel.SORT_ROLE)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._words = terms(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = terms(text)
            self.invalidateRowsFilter()

    def searching(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, SalesGridModel)
        row = model.rows()[source_row]
        return matches(self._words, row.product, month_text(row.period),
                       model.locations.get(row.location_id or 0),
                       model.customers.get(row.customer_id or 0))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a location or customer cell with a list (searchable for customers)."""

    def __init__(self, items: Callable[[], list[tuple[int, str]]], none_text: Callable[[], str],
                 parent=None, *, searchable: bool = False) -> None:
        super().__init__(parent)
        self._items = items
        self._none_text = none_text
        self._searchable = searchable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = ChoiceCombo(parent, searchable=self._searchable)
        editor.set_items(self._items(), self._none_text())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        model.setData(index, editor.value())
