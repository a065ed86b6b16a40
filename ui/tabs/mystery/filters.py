"""The visit list's filter bar: location, shopper, period and status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from cxdesk.db.models import VisitStatus
from cxdesk.services.org import LocationRow
from ui.qtcompat import emit

ALL_TIME, THIS_MONTH, LAST_MONTH, LAST_90_DAYS, THIS_YEAR, CUSTOM = range(6)


@dataclass(frozen=True)
class VisitFilters:
    location_id: int | None = None
    shopper: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: VisitStatus | None = None


def period_bounds(period: int, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a preset period (None: no bound)."""
    month_start = today.replace(day=1)
    if period == THIS_MONTH:
        return month_start, today
    if period == LAST_MONTH:
        last_end = month_start - timedelta(days=1)
        return last_end.replace(day=1), last_end
    if period == LAST_90_DAYS:
        return today - timedelta(days=89), today
    if period == THIS_YEAR:
        return today.replace(month=1, day=1), today
    return None, None


class FilterBar(QWidget):
    changed = Signal()  # any filter was changed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.location_combo = QComboBox()
        self.location_combo.addItem("", None)
        self.shopper_combo = QComboBox()
        self.shopper_combo.addItem("", None)
        self.period_combo = QComboBox()
        for _ in range(CUSTOM + 1):
            self.period_combo.addItem("")
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-1), calendarPopup=True)
        self.to_edit = QDateEdit(today, calendarPopup=True)
        self.dash = QLabel("–")
        self.status_combo = QComboBox()
        for status in (None, VisitStatus.DRAFT, VisitStatus.SUBMITTED):
            self.status_combo.addItem("", status)
        for combo in (self.location_combo, self.shopper_combo):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.location_combo, self.shopper_combo, self.period_combo,
                       self.from_edit, self.dash, self.to_edit, self.status_combo):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._show_custom()

    def _connect(self) -> None:
        for combo in (self.location_combo, self.shopper_combo, self.status_combo):
            combo.activated.connect(lambda _i: emit(self.changed))
        self.period_combo.activated.connect(self._period_chosen)
        self.from_edit.dateChanged.connect(lambda _d: emit(self.changed))
        self.to_edit.dateChanged.connect(lambda _d: emit(self.changed))

    def retranslate(self) -> None:
        self.location_combo.setItemText(0, self.tr("All locations"))
        self.shopper_combo.setItemText(0, self.tr("All shoppers"))
        periods = (self.tr("All time"), self.tr("This month"), self.tr("Last month"),
                   self.tr("Last 90 days"), self.tr("This year"), self.tr("Dates…"))
        for index, text in enumerate(periods):
            self.period_combo.setItemText(index, text)
        for index, text in enumerate((self.tr("Drafts and submitted"), self.tr("Drafts only"),
                                      self.tr("Submitted only"))):
            self.status_combo.setItemText(index, text)
        self.location_combo.setToolTip(self.tr("Location"))
        self.shopper_combo.setToolTip(self.tr("Shopper"))
        self.period_combo.setToolTip(self.tr("Period of the visit"))
        self.status_combo.setToolTip(self.tr("Status"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, locations: list[LocationRow], shoppers: list[str]) -> None:
        """Fill the lists, keeping what is chosen when it is still there."""
        self._refill(self.location_combo, [(row.name, row.id) for row in locations])
        self._refill(self.shopper_combo, [(name, name) for name in shoppers])

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def _period_chosen(self, _index: int) -> None:
        self._show_custom()
        emit(self.changed)

    def _show_custom(self) -> None:
        custom = self.period_combo.currentIndex() == CUSTOM
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(custom)

    def filters(self, today: date | None = None) -> VisitFilters:
        period = self.period_combo.currentIndex()
        if period == CUSTOM:
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        else:
            start, end = period_bounds(period, today or date.today())
        return VisitFilters(
            location_id=self.location_combo.currentData(),
            shopper=self.shopper_combo.currentData(),
            date_from=start,
            date_to=end,
            status=self.status_combo.currentData(),
        )
