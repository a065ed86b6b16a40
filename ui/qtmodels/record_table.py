"""A table model over plain row objects described by columns, and a proxy that searches them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cxdesk.services.search import fold, terms
from ui.qtcompat import emit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a string or number that sorts the column right
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # every text of the row, folded for search


@dataclass(frozen=True)
class Column:
    """One column: its title (called at paint time, so it follows the language) and how a row
    shows, sorts and explains itself there."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the folded text
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses (or anything); `search` gives the texts a row is found by;
    `style` may give a row a (foreground, background, bold) look."""

    def __init__(self, columns: Sequence[Column], search: Callable[[Any], Sequence[Any]],
                 parent=None, style: Callable[[Any], dict[int, Any] | None] | None = None,
                 ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search = search
        self._style = style
        self._rows: list[Any] = []
        self._haystacks: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [self._haystack(row) for row in self._rows]
        self.endResetModel()

    def _haystack(self, row: Any) -> str:
        parts: list[str] = []
        for value in self._search(row):
            if isinstance(value, dict):
                parts.extend(str(v) for v in value.values() if v)
            elif value:
                parts.append(str(value))
        return fold(" \n ".join(parts))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        return next((n for n, row in enumerate(self._rows) if predicate(row)), None)

    def retranslate(self) -> None:
        """Titles and texts that follow the language are asked again."""
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.set_rows(self._rows)  # haystacks hold translated texts too

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else fold(column.text(row))
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self._haystacks[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = column.text(row)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._style is not None and role in (Qt.ItemDataRole.ForegroundRole,
                                                Qt.ItemDataRole.BackgroundRole,
                                                Qt.ItemDataRole.FontRole):
            looks = self._style(row)
            return looks.get(role) if looks else None
        return None


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows that hold every search word (any case, ё = е) and pass `predicate`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", terms(text)))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "_predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._predicate is not None and not self._predicate(model.data(index, ROW_ROLE)):
            return False
        haystack = model.data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)

    def row(self, proxy_row: int) -> Any:
        return self.data(self.index(proxy_row, 0), ROW_ROLE)
