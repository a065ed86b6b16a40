"""The visits the visit report can print: date, location, shopper, score and result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cxdesk.services.search import fold
from cxdesk.services.visit_list import VisitRow
from ui.formatting import format_datetime, sort_key
from ui.qtcompat import emit

_ROOT = QModelIndex()
FAILED_COLOUR = QColor("#b00020")
CONTEXT = "ReportVisits"
TITLES = (
    QT_TRANSLATE_NOOP("ReportVisits", "Date"),
    QT_TRANSLATE_NOOP("ReportVisits", "Location"),
    QT_TRANSLATE_NOOP("ReportVisits", "Shopper"),
    QT_TRANSLATE_NOOP("ReportVisits", "Score"),
    QT_TRANSLATE_NOOP("ReportVisits", "Result"),
)


class VisitsModel(QAbstractTableModel):
    DATE, LOCATION, SHOPPER, SCORE, RESULT = range(5)
    COLUMNS = 5
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> VisitRow:
        return self._rows[index]

    def row_of(self, visit_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), None)

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMNS - 1)
            emit(self.dataChanged, self.index(0, 0), last)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < self.COLUMNS:
            return QCoreApplication.translate(CONTEXT, TITLES[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, column)
        if role == self.SORT_ROLE:
            return self._sort_key(visit, column)
        if role == self.ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            return QBrush(FAILED_COLOUR) if visit.passed is False else None
        return None

    @staticmethod
    def _text(visit: VisitRow, column: int) -> str:
        if column == VisitsModel.DATE:
            return format_datetime(visit.visited_at)
        if column == VisitsModel.LOCATION:
            return visit.location_name
        if column == VisitsModel.SHOPPER:
            return visit.shopper
        if column == VisitsModel.SCORE:
            return "—" if visit.score is None else f"{visit.score:.0f}%"
        if column == VisitsModel.RESULT:
            if visit.passed is None:
                return "—"
            if visit.passed:
                return QCoreApplication.translate("ReportVisits", "Passed")
            return QCoreApplication.translate("ReportVisits", "Failed: a critical item")
        return ""

    @staticmethod
    def _sort_key(visit: VisitRow, column: int) -> Any:
        if column == VisitsModel.DATE:
            return sort_key(visit.visited_at)
        if column == VisitsModel.SCORE:
            return -1.0 if visit.score is None else float(visit.score)
        if column == VisitsModel.RESULT:
            return -1 if visit.passed is None else int(visit.passed)
        return fold(VisitsModel._text(visit, column))
