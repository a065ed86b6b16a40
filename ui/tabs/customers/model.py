"""The customer list as a Qt table: one row per CustomerRow, one sort key per cell."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from cxdesk.db.models import LoyaltyType
from cxdesk.i18n import fill
from cxdesk.services.customers import CustomerRow, fold, loyalty_label
from ui.formatting import format_date, format_datetime, sort_key
from ui.qtcompat import emit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CustomersModel(QAbstractTableModel):
    NAME, PHONE, EMAIL, SEGMENT, LOYALTY, CONSENT, ADDED = range(7)
    COLUMNS = 7
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a string that sorts the column right
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the CustomerRow itself

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRow] = []

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CustomerRow]:
        return list(self._rows)

    def row_of(self, customer_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == customer_id), None)

    def samples(self, column: int) -> list[str]:
        """Typical widest texts of a column in the current language, to size it by."""
        moment = datetime(2025, 12, 28, 23, 59)
        rows = [
            CustomerRow(0, "", "+380 (44) 123-45-67", "olena.ivanenko@example.com", "wholesale",
                        True, moment, loyalty, "", None, moment)
            for loyalty in LoyaltyType
        ]
        return [self._text(row, column) for row in rows]

    def retranslate(self) -> None:
        """Headers and loyalty and consent texts change with the language."""
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
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Segment"),
            self.tr("Loyalty"), self.tr("Consent"), self.tr("Added"),
        )[section]

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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and row.erased:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.erased:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _text(self, row: CustomerRow, column: int) -> str:
        if column == self.NAME:
            if row.erased:
                return fill(self.tr("Personal data erased on %1"), format_date(row.erased_at))
            return row.name
        if column == self.CONSENT:
            if not row.consent:
                return self.tr("No")
            return fill(self.tr("Yes, since %1"), format_date(row.consent_at))
        if column == self.LOYALTY:
            return loyalty_label(row.loyalty)
        if column == self.ADDED:
            return format_date(row.created_at)
        return (row.phone, row.email, row.segment)[column - self.PHONE]

    def _sort_key(self, row: CustomerRow, column: int) -> str:
        if column == self.CONSENT:
            return f"{int(row.consent)} {sort_key(row.consent_at)}"
        if column == self.ADDED:
            return sort_key(row.created_at)
        if column == self.NAME:
            # erased customers after everyone else, however the names sort
            return ("\U0010ffff" if row.erased else "") + fold(row.name)
        return fold(self._text(row, column))

    def _tooltip(self, row: CustomerRow, column: int) -> str | None:
        if column == self.NAME and row.notes:
            return row.notes
        if column == self.CONSENT and row.consent_at is not None:
            return fill(self.tr("Consent recorded %1"), format_datetime(row.consent_at))
        return None
