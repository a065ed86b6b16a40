"""A date (and time) field that may be left empty, with a "Now" button next to it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QPushButton, QWidget

from ui.qtcompat import emit

EMPTY = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # the minimum stands for "not set"


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class MomentEdit(QWidget):
    """`value()` is a datetime (a date with `with_time=False`), or None when left empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = True,
                 optional: bool = True) -> None:
        super().__init__(parent)
        self._with_time = with_time
        self._optional = optional
        self.edit = QDateTimeEdit(calendarPopup=True)
        self.edit.setMinimumDateTime(EMPTY)
        if optional:
            self.edit.setSpecialValueText("—")
        self.now_button = QPushButton()
        self.clear_button = QPushButton(visible=optional)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.now_button.clicked.connect(self.set_now)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.edit.dateTimeChanged.connect(lambda _value: emit(self.changed))
        self.retranslate()
        self.set_value(None)

    def retranslate(self) -> None:
        locale = QLocale()
        if self._with_time:
            pattern = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
            self.now_button.setText(self.tr("Now"))
        else:
            pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
            self.now_button.setText(self.tr("Today"))
        self.edit.setDisplayFormat(_four_digit_year(pattern))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave the field empty"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> datetime | date | None:
        moment = self.edit.dateTime()
        if moment <= EMPTY:
            return None
        d, t = moment.date(), moment.time()
        if not self._with_time:
            return date(d.year(), d.month(), d.day())
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())

    def set_value(self, value: datetime | date | None) -> None:
        if value is None:
            if self._optional:
                self.edit.setDateTime(EMPTY)
            return
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))
        if isinstance(value, datetime):
            moment.setTime(QTime(value.hour, value.minute, value.second))
        self.edit.setDateTime(moment)

    def set_now(self) -> None:
        now = datetime.now().replace(microsecond=0)
        self.set_value(now if self._with_time else now.date())
