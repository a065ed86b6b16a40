"""The visit list as a Qt table: one row per VisitRow, drafts with their running score."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cxdesk.i18n import fill
from cxdesk.services.search import fold
from cxdesk.services.visit_list import VisitRow
from ui.formatting import format_datetime, sort_key
from ui.qtcompat import emit
from ui.tabs.mystery.texts import (
    FAILED_COLOR,
    percent,
    status_text,
    template_title,
    verdict,
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class VisitsModel(QAbstractTableModel):
    DATE, LOCATION, SHOPPER, CHECKLIST, STATUS, PROGRESS, SCORE, RESULT = range(8)
    COLUMNS = 8
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._lang = "en"

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def row_of(self, visit_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == visit_id), None)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMNS - 1)
            emit(self.dataChanged, self.index(0, 0), last)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Visited"), self.tr("Location"), self.tr("Shopper"), self.tr("Checklist"),
                self.tr("Status"), self.tr("Answered"), self.tr("Score"), self.tr("Result"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.PROGRESS, self.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.SORT_ROLE:
            return self._sort_key(row, column)
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PROGRESS, self.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SCORE and not row.submitted:
            return self.tr("The score so far: the visit is not submitted yet")
        if role == Qt.ItemDataRole.FontRole and not row.submitted and column == self.SCORE:
            font = QFont()
            font.setItalic(True)
            return font
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT
                and row.submitted and row.passed is False):
            return QBrush(QColor(FAILED_COLOR))
        return None

    def _text(self, row: VisitRow, column: int) -> str:
        if column == self.DATE:
            return format_datetime(row.visited_at)
        if column == self.LOCATION:
            return row.location_name
        if column == self.SHOPPER:
            return row.shopper
        if column == self.CHECKLIST:
            return template_title(row.template_name, row.template_version, self._lang)
        if column == self.STATUS:
            return status_text(row.submitted)
        if column == self.PROGRESS:
            return fill(self.tr("%1 of %2"), row.answered, row.total)
        if column == self.SCORE:
            return percent(row.score)
        return verdict(row.passed, row.submitted) if row.submitted else ""

    def _sort_key(self, row: VisitRow, column: int) -> Any:
        if column == self.DATE:
            return f"{sort_key(row.visited_at)} {row.id:09d}"
        if column == self.PROGRESS:
            return row.answered / row.total if row.total else 0.0
        if column == self.SCORE:
            return -1.0 if row.score is None else float(row.score)
        return fold(self._text(row, column))
