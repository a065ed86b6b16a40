"""A read-only table model over a list of row objects, described by its columns.

(Reconstructed from the API its pages use after the original was overwritten by mistake;
its author may want to compare it with their own copy.)

Each Column gives a translated title (a function, so it follows a language switch), the
cell text, and optionally a sort key (SORT_ROLE; default: the folded text), a tooltip, a
colour, bold text, a link look, right alignment for numbers and a width in characters
(0 stretches; RecordList.fit_columns reads it). `muted` rows are greyed; `background`
colours a whole row. ROW_ROLE gives the row object itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cxdesk.services.search import fold
from ui.qtcompat import emit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ALERT_TEXT = QColor("#b00020")  # overdue, waiting too long
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ALIGN, _FOREGROUND = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole
_BACKGROUND, _FONT = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole
ALERT_BACKGROUND = QColor("#fdecea")


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    color: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None
    link: bool = False
    numeric: bool = False
    width: int = 10  # typical characters; 0 = takes the room left


class RowsModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a key that sorts the column right
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 muted: Callable[[Any], bool] | None = None,
                 background: Callable[[Any], QColor | None] | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        self._rows: list[Any] = []
        self._muted = muted
        self._background = background

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, row_id: Any) -> int | None:
        return next((i for i, row in enumerate(self._rows)
                     if getattr(row, "id", None) == row_id), None)

    def retranslate(self) -> None:
        if self.columns:
            emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            emit(self.dataChanged, self.index(0, 0), last)

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
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(row)
        if role == self.SORT_ROLE:
            return column.sort(row) if column.sort is not None else fold(column.text(row))
        if role == self.ROW_ROLE:
            return row
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == _ALIGN:
            return _RIGHT if column.numeric else None
        if role == _FOREGROUND:
            return self._foreground(row, column)
        if role == _BACKGROUND and self._background is not None:
            color = self._background(row)
            return QBrush(color) if color is not None else None
        if role == _FONT:
            return self._font(row, column)
        return None

    def _foreground(self, row: Any, column: Column) -> QBrush | None:
        color = column.color(row) if column.color is not None else None
        if color is not None:
            return QBrush(color)
        palette = QApplication.palette()
        if self._muted is not None and self._muted(row):
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column.link and column.text(row):
            return palette.brush(QPalette.ColorRole.Link)
        return None

    def _font(self, row: Any, column: Column) -> QFont | None:
        bold = column.bold is not None and column.bold(row)
        link = column.link and bool(column.text(row))
        if not bold and not link:
            return None
        font = QFont()
        font.setBold(bold)
        font.setUnderline(link)
        return font
