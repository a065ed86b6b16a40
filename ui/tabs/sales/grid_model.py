"""The sales figures as an editable grid: cells typed as people write months and amounts,
changes kept until Save, the rows the service refused marked with the reason."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from cxdesk.i18n import fill
from cxdesk.services.sales import PRODUCT_MAX, SalesForm, SalesRow
from cxdesk.services.sales_paste import parse_number, parse_period
from cxdesk.services.search import fold, one_line
from ui.qtcompat import emit
from ui.qtmodels.record_rows import ALERT_BACKGROUND, ON_ALERT_TEXT, Index

_ROOT = QModelIndex()
CHANGED_BACKGROUND = QColor("#fff4cc")  # typed but not saved yet


@dataclass(frozen=True)
class GridRow:
    id: int | None  # None until saved
    period: date | None
    revenue: float | None
    quantity: float | None = None
    product: str = ""
    location_id: int | None = None
    customer_id: int | None = None
    changed: bool = False
    problem: str = ""  # why the last save refused it

    @classmethod
    def of(cls, row: SalesRow) -> GridRow:
        return cls(row.id, row.period, row.revenue, row.quantity, row.product,
                   row.location_id, row.customer_id)

    def form(self) -> SalesForm:
        return SalesForm(self.period, self.revenue, self.quantity,  # type: ignore[arg-type]
                         self.product, self.customer_id, self.location_id, self.id)

    def key(self) -> tuple:
        return (self.period, self.location_id, fold(one_line(self.product)), self.customer_id)


def month_text(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return f"{locale.standaloneMonthName(value.month).capitalize()} {value.year}"


def amount_text(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return ""
    if decimals == 0 and value != int(value):
        decimals = 2
    return QLocale().toString(float(value), "f", decimals)


class SalesGridModel(QAbstractTableModel):
    MONTH, LOCATION, PRODUCT, CUSTOMER, REVENUE, QUANTITY = range(6)
    COLUMNS = 6
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    value_refused = Signal(str)  # a typed value that is not one: the reason
    changed = Signal()  # rows were typed, added or removed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self.locations: dict[int, str] = {}
        self.customers: dict[int, str] = {}

    def set_rows(self, rows: list[GridRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        emit(self.changed)

    def rows(self) -> list[GridRow]:
        return list(self._rows)

    def has_changes(self) -> bool:
        return any(row.changed for row in self._rows)

    def changed_count(self) -> int:
        return sum(row.changed for row in self._rows)

    def add_row(self, row: GridRow) -> int:
        position = len(self._rows)
        self.beginInsertRows(_ROOT, position, position)
        self._rows.append(replace(row, changed=True))
        self.endInsertRows()
        emit(self.changed)
        return position

    def remove_rows(self, positions: list[int]) -> None:
        for position in sorted(set(positions), reverse=True):
            self.beginRemoveRows(_ROOT, position, position)
            del self._rows[position]
            self.endRemoveRows()
        emit(self.changed)

    def mark_problems(self, problems: dict[int, str]) -> None:
        """Show the service's reasons on their rows (by position); clear the others."""
        self._rows = [replace(row, problem=problems.get(n, "")) for n, row in
                      enumerate(self._rows)]
        if self._rows:
            emit(self.dataChanged, self.index(0, 0),
                 self.index(len(self._rows) - 1, self.COLUMNS - 1))
            emit(self.headerDataChanged, Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            emit(self.dataChanged, self.index(0, 0),
                 self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)  # the row number the service's messages name
            return None
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Month"), self.tr("Location"), self.tr("Product"), self.tr("Customer"),
                self.tr("Revenue"), self.tr("Quantity"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == self.SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REVENUE, self.QUANTITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.problem:
                return ALERT_BACKGROUND
            return CHANGED_BACKGROUND if row.changed else None
        if role == Qt.ItemDataRole.ForegroundRole and (row.problem or row.changed):
            return ON_ALERT_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and row.problem:
            return row.problem
        return None

    def _text(self, row: GridRow, column: int) -> str:
        if column == self.MONTH:
            return month_text(row.period)
        if column == self.LOCATION:
            return self.locations.get(row.location_id, "") if row.location_id else ""
        if column == self.CUSTOMER:
            return self.customers.get(row.customer_id, "") if row.customer_id else ""
        if column == self.PRODUCT:
            return row.product
        if column == self.REVENUE:
            return amount_text(row.revenue)
        return amount_text(row.quantity, 0)

    def _edit_value(self, row: GridRow, column: int) -> Any:
        if column == self.MONTH:
            return f"{row.period:%m.%Y}" if row.period else ""
        if column == self.LOCATION:
            return row.location_id
        if column == self.CUSTOMER:
            return row.customer_id
        return self._text(row, column)

    def _sort_key(self, row: GridRow, column: int) -> Any:
        if column == self.MONTH:
            return row.period.isoformat() if row.period else ""
        if column in (self.REVENUE, self.QUANTITY):
            value = row.revenue if column == self.REVENUE else row.quantity
            return float(value) if value is not None else -1.0
        return fold(self._text(row, column))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self._rows[index.row()], index.column()
        changes = self._parse(column, value)
        if changes is None:
            return False
        new = replace(row, **changes)
        if new == row:
            return True
        self._rows[index.row()] = replace(new, changed=True, problem="")
        emit(self.dataChanged, self.index(index.row(), 0),
             self.index(index.row(), self.COLUMNS - 1))
        emit(self.changed)
        return True

    def _parse(self, column: int, value: Any) -> dict[str, Any] | None:
        """The fields a typed value sets, or None (and `value_refused`) when it is not one."""
        text = value if isinstance(value, str) else ""
        if column == self.LOCATION:
            return {"location_id": value}
        if column == self.CUSTOMER:
            return {"customer_id": value}
        if column == self.PRODUCT:
            if len(one_line(text)) > PRODUCT_MAX:
                return self._refuse(fill(self.tr("A product name has at most %1 characters."),
                                         PRODUCT_MAX))
            return {"product": one_line(text)}
        if isinstance(value, QDate):
            text = value.toString("MM.yyyy")
        if column == self.MONTH:
            period = parse_period(text)
            if period is None:
                return self._refuse(fill(self.tr(
                    "“%1” is not a month: write e.g. 05.2026, 2026-05 or May 2026."), text))
            return {"period": period}
        if column == self.QUANTITY and not text.strip():
            return {"quantity": None}
        number = parse_number(text)
        if number is None:
            return self._refuse(fill(self.tr("“%1” is not a number."), text))
        if number < 0:
            return self._refuse(self.tr("The figure cannot be negative."))
        return {"revenue" if column == self.REVENUE else "quantity": number}

    def _refuse(self, reason: str) -> None:
        emit(self.value_refused, reason)
        return None

    def incomplete(self) -> dict[int, str]:
        """Rows that cannot be saved as they are, by position: no month, no revenue, or the
        same month, location, product and customer as an earlier row."""
        problems: dict[int, str] = {}
        first: dict[tuple, int] = {}
        for n, row in enumerate(self._rows):
            if row.period is None:
                problems[n] = fill(self.tr("Row %1: enter the month."), n + 1)
            elif row.revenue is None:
                problems[n] = fill(self.tr("Row %1: enter the revenue."), n + 1)
            elif row.key() in first:
                problems[n] = fill(self.tr(
                    "Row %1: row %2 already has this month, location, product and customer."),
                    n + 1, first[row.key()] + 1)
            else:
                first[row.key()] = n
        return problems
