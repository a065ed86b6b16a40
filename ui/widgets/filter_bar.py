"""The filter bar on top of every analysis page: period, comparison, and one choice each of
location, survey, staff member, channel and customer segment.

Every bar shows and changes the one shared AnalysisState (`ctx.analysis`), so a choice made
on one page holds on all of them; the lists come from the database in the background.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cxdesk.services.analysis_periods import COMPARES, PERIODS, period_dates
from cxdesk.services.filter_options import filter_options
from ui import analysis_labels as labels
from ui.context import AppContext
from ui.formatting import format_date

log = logging.getLogger(__name__)
BUSY_DELAY_MS = 150  # a quick answer never flashes the busy indicator


class AnalysisFilterBar(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.state = ctx.analysis
        self._syncing = False
        self._staff_location: int | None = None  # whose staff the staff list holds
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.period_label = QLabel()
        self.period_combo = QComboBox()
        self.from_edit = QDateEdit(calendarPopup=True)
        self.to_edit = QDateEdit(calendarPopup=True)
        self.dash_label = QLabel("–")
        self.range_label = QLabel()
        self.range_label.setStyleSheet("color: #616e7c;")
        self.compare_label = QLabel()
        self.compare_combo = QComboBox()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(90, 8)
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet("color: #616e7c;")
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))
        self._show_busy(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period_label, self.period_combo, self.from_edit, self.dash_label,
                       self.to_edit, self.range_label):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.compare_label)
        top.addWidget(self.compare_combo)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.busy_bar)

        self.location_combo = QComboBox()
        self.survey_combo = QComboBox()
        self.staff_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.segment_combo = QComboBox()
        self.reset_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for combo in self.choice_combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(260)
            bottom.addWidget(combo)
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def choice_combos(self) -> tuple[QComboBox, ...]:
        return (self.location_combo, self.survey_combo, self.staff_combo, self.channel_combo,
                self.segment_combo)

    def _connect(self) -> None:
        self.state.filters_changed.connect(self._sync)
        self.state.options_changed.connect(self._fill_choices)
        self.period_combo.activated.connect(self._period_chosen)
        self.compare_combo.activated.connect(
            lambda _i: self.state.update(compare=self.compare_combo.currentData()))
        self.from_edit.dateChanged.connect(self._dates_chosen)
        self.to_edit.dateChanged.connect(self._dates_chosen)
        self.location_combo.activated.connect(
            lambda _i: self.state.update(location_id=self.location_combo.currentData()))
        self.survey_combo.activated.connect(
            lambda _i: self.state.update(survey_family=self.survey_combo.currentData()))
        self.staff_combo.activated.connect(
            lambda _i: self.state.update(staff_id=self.staff_combo.currentData()))
        self.channel_combo.activated.connect(
            lambda _i: self.state.update(channel=self.channel_combo.currentData()))
        self.segment_combo.activated.connect(
            lambda _i: self.state.update(segment=self.segment_combo.currentData()))
        self.reset_button.clicked.connect(self.state.reset)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Period:"))
        self.compare_label.setText(self.tr("compared with:"))
        self.busy_label.setText(self.tr("Updating…"))
        self.reset_button.setText(self.tr("Show all"))
        self.reset_button.setToolTip(self.tr("Every location, survey, staff member, channel "
                                             "and segment again (the period stays)"))
        tips = (self.tr("Location"), self.tr("Survey"), self.tr("Staff member who served the "
                "customer"), self.tr("Channel the answer came through"),
                self.tr("Customer segment"))
        for combo, tip in zip(self.choice_combos(), tips, strict=True):
            combo.setToolTip(tip)
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:  # uk: dd.MM.yy; keep dates unambiguous, as ui.formatting
            pattern = pattern.replace("yy", "yyyy")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(pattern)
        self._fill_fixed()
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_options()

    def reload_options(self) -> None:
        """Read the lists again (a location or staff member may have been added)."""
        db = self._ctx.db
        self._ctx.tasks.run(lambda: filter_options(db), self.state.set_options,
                            lambda error: log.warning("filter lists not read: %s", error))

    # filling

    def _fill_fixed(self) -> None:
        self._syncing = True
        self.period_combo.clear()
        for period in PERIODS:
            self.period_combo.addItem(labels.period_label(period), period)
        self.compare_combo.clear()
        for compare in COMPARES:
            self.compare_combo.addItem(labels.compare_label(compare), compare)
        self._syncing = False
        self._sync()

    def _fill_choices(self) -> None:
        options = self.state.options
        self._syncing = True
        entries = (
            (self.location_combo, self.tr("All locations"), list(options.locations)),
            (self.survey_combo, self.tr("All surveys"),
             [(family, labels.text_of(name) or family) for family, name in options.surveys]),
            (self.staff_combo, self.tr("All staff"), self._staff_entries()),
            (self.channel_combo, self.tr("All channels"),
             [(str(c), labels.channel_label(c)) for c in options.channels]),
            (self.segment_combo, self.tr("All segments"), [(s, s) for s in options.segments]),
        )
        for combo, everyone, items in entries:
            combo.clear()
            combo.addItem(everyone, None)
            for value, text in items:
                combo.addItem(text, value)
        self.segment_combo.setVisible(bool(options.segments))
        self._staff_location = self.state.selection.location_id
        self._syncing = False
        self._sync()

    def _staff_entries(self) -> list[tuple[int, str]]:
        chosen = self.state.selection.location_id
        return [(i, name) for i, name, location in self.state.options.staff
                if chosen is None or location == chosen]

    # state -> widgets

    def _sync(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            s = self.state.selection
            if s.location_id != self._staff_location:
                self._syncing = False
                self._fill_choices()  # the location changed: its own staff only
                return
            _select(self.period_combo, s.period)
            _select(self.compare_combo, s.compare)
            for combo, value in zip(self.choice_combos(), (s.location_id, s.survey_family,
                                    s.staff_id, s.channel, s.segment), strict=True):
                _select(combo, value)
            custom = s.period == "custom"
            for widget in (self.from_edit, self.dash_label, self.to_edit):
                widget.setVisible(custom)
            self.range_label.setVisible(not custom)
            first, last = period_dates(s.period, self.state.today(), s.custom_from, s.custom_to)
            self.from_edit.setDate(_qdate(first))
            self.to_edit.setDate(_qdate(last))
            self.range_label.setText(f"{format_date(first)} – {format_date(last)}")
        finally:
            self._syncing = False

    # widgets -> state

    def _period_chosen(self, _index: int) -> None:
        period = self.period_combo.currentData()
        if period == "custom":
            # start from the period shown, so choosing "From – to" changes nothing yet
            s = self.state.selection
            first, last = period_dates(s.period, self.state.today(), s.custom_from,
                                       s.custom_to)
            self.state.update(period=period, custom_from=first, custom_to=last)
        else:
            self.state.update(period=period)

    def _dates_chosen(self) -> None:
        if self._syncing:
            return
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        self.state.update(period="custom", custom_from=first, custom_to=last)

    # busy

    def set_busy(self, busy: bool) -> None:
        """Show "Updating…" while the page computes (after a short delay)."""
        if busy:
            if not self.busy_bar.isVisible():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._show_busy(False)

    def _show_busy(self, shown: bool) -> None:
        self.busy_bar.setVisible(shown)
        self.busy_label.setVisible(shown)


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
