"""A read-only Qt table over a list of records (rows with an `id`), each column described by
small functions: its title, a row's text, sort key, tooltip and look."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cxdesk.services.search import fold
from ui.qtcompat import emit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ALERT_TEXT = QColor("#b00020")  # overdue, unanswered: readable on white and on the pink below
ALERT_BACKGROUND = QColor("#fde4e4")
ON_ALERT_TEXT = QColor("#1f1f1f")  # the pink stays light in a dark theme: keep the text dark


@dataclass(frozen=True)
class Column:
    """One column: its header and, for a row, its text, sort key, tooltip and look."""

    title: Callable[[], str]  # called whenever the header is drawn, so it follows the language
    text: Callable[[Any], str]
    sort: Callable[[Any], str | float] | None = None  # one type per column; default: the text
    tooltip: Callable[[Any], str | None] | None = None
    color: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None
    link: bool = False  # drawn as a link: clicking it opens something
    numeric: bool = False  # right-aligned
    width: int = 12  # typical width in average characters; 0 = takes the free space
    samples: Callable[[], list[str]] | None = None  # the widest texts in this language


class RecordRowsModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 background: Callable[[Any], QColor | None] | None = None,
                 muted: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._background = background
        self._muted = muted
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == row_id), None)

    def retranslate(self) -> None:
        """Headers and every text follow the language."""
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self.refresh_columns(range(len(self.columns)))

    def refresh_columns(self, columns: Sequence[int]) -> None:
        """Redraw some columns, e.g. a time left that changes as the clock moves."""
        if self._rows and columns:
            emit(self.dataChanged, self.index(0, min(columns)),
                 self.index(len(self._rows) - 1, max(columns)))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == self.SORT_ROLE:
            return column.sort(row) if column.sort else fold(column.text(row))
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._background:
            return self._background(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        return None

    def _foreground(self, row: Any, column: Column) -> Any:
        color = column.color(row) if column.color else None
        if color is not None:
            return color
        if column.link and column.text(row):
            return QApplication.palette().link()
        if self._muted and self._muted(row):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if self._background and self._background(row) is not None:
            return ON_ALERT_TEXT
        return None

    def _font(self, row: Any, column: Column) -> QFont | None:
        bold = bool(column.bold and column.bold(row))
        link = column.link and bool(column.text(row))
        muted = bool(self._muted and self._muted(row))
        if not (bold or link or muted):
            return None
        font = QFont()
        font.setBold(bold)
        font.setUnderline(link)
        font.setItalic(muted)
        return font
