"""The Reports page's choices: period, location, comparison, staff member, visit, language;
each report shows the rows it uses, and `request()` turns them into a ReportRequest."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QEvent,
    QLocale,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from cxdesk.services.analysis_periods import period_dates
from cxdesk.services.org import list_locations, list_staff
from ui.context import AppContext
from ui.qtcompat import emit
from ui.tabs.reports.jobs import ReportRequest
from ui.tabs.reports.visit_picker import VisitPicker
from ui.translators import LANGUAGE_NAMES

log = logging.getLogger(__name__)

PERIODS = {
    "this_month": QT_TRANSLATE_NOOP("ReportForm", "This month"),
    "last_month": QT_TRANSLATE_NOOP("ReportForm", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("ReportForm", "This quarter"),
    "this_year": QT_TRANSLATE_NOOP("ReportForm", "This year"),
    "last_12_months": QT_TRANSLATE_NOOP("ReportForm", "Last 12 months"),
    "custom": QT_TRANSLATE_NOOP("ReportForm", "Custom"),
}
COMPARES = {
    "previous": QT_TRANSLATE_NOOP("ReportForm", "The previous period"),
    "year": QT_TRANSLATE_NOOP("ReportForm", "The same period last year"),
}
# which rows each report uses
ROWS = {
    "summary": ("period", "location", "compare"),
    "visit": ("period", "location", "visits"),
    "employee": ("staff", "period"),
    "handbook": (),
}


def today() -> date:
    """The day the quick periods count from (tests replace it)."""
    return date.today()


def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """Replace a combo's entries, keeping the chosen value when it is still offered."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)
    found = combo.findData(kept)
    combo.setCurrentIndex(found if found >= 0 else 0)
    combo.blockSignals(False)


class ReportForm(QWidget):
    changed = Signal()  # a choice changed: what can be created may have changed
    visit_activated = Signal()  # a visit was double-clicked (or Enter pressed on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._report = "summary"
        self._language_chosen = False  # else the report follows the interface language
        self._locations: list[tuple[int, str]] = []
        self._staff: list[tuple[int, str, str]] = []
        self._build_ui()
        self._connect()
        self.retranslate()
        self.set_period("last_month")  # the month just finished, for the monthly meeting

    def _build_ui(self) -> None:
        self.period_combo = QComboBox()
        self.from_edit = QDateEdit(calendarPopup=True)
        self.to_edit = QDateEdit(calendarPopup=True)
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.period_combo)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        self.period_row = QWidget()
        self.period_row.setLayout(period)
        self.location_combo = QComboBox()
        self.compare_combo = QComboBox()
        self.staff_combo = QComboBox()
        for combo in (self.location_combo, self.compare_combo, self.staff_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(24)
        self.language_combo = QComboBox()
        for lang, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, lang)

        self.visits = VisitPicker(self._ctx)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = {key: QLabel() for key in
                       ("period", "location", "compare", "staff", "visits", "language")}
        self.fields: dict[str, QWidget] = {
            "staff": self.staff_combo, "period": self.period_row,
            "location": self.location_combo, "compare": self.compare_combo,
            "visits": self.visits, "language": self.language_combo,
        }
        buddies = {"period": self.period_combo, "visits": self.visits.table}
        for key, field in self.fields.items():
            self.labels[key].setBuddy(buddies.get(key, field))
            self.form.addRow(self.labels[key], field)

    def _connect(self) -> None:
        self.period_combo.activated.connect(lambda _i: self._period_chosen())
        self.from_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.to_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.location_combo.activated.connect(lambda _i: self._location_chosen())
        self.compare_combo.activated.connect(lambda _i: emit(self.changed))
        self.staff_combo.activated.connect(lambda _i: emit(self.changed))
        self.language_combo.activated.connect(lambda _i: self._language_picked())
        self.visits.changed.connect(lambda: emit(self.changed))
        self.visits.activated.connect(lambda: emit(self.visit_activated))

    def retranslate(self) -> None:
        texts = {
            "period": self.tr("&Period:"), "location": self.tr("&Location:"),
            "compare": self.tr("Compare &with:"), "staff": self.tr("&Employee:"),
            "visits": self.tr("&Visit:"), "language": self.tr("Language of the &report:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        _fill(self.period_combo, [(k, self.tr(v)) for k, v in PERIODS.items()])
        _fill(self.compare_combo, [(k, self.tr(v)) for k, v in COMPARES.items()])
        self._fill_lists()
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        pattern = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(pattern)
        if not self._language_chosen:
            self.set_language(self._ctx.translations.language, chosen=False)
        self.visits.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # the report and its rows

    def set_report(self, report: str) -> None:
        self._report = report
        used = ROWS[report]
        for key in self.fields:
            self.form.setRowVisible(self.fields[key], key == "language" or key in used)
        self.labels["location"].setText(
            self.tr("&Location:") if report == "summary" else self.tr("Visits &at:"))

    def set_language(self, lang: str, *, chosen: bool = True) -> None:
        index = self.language_combo.findData(lang)
        self.language_combo.setCurrentIndex(max(index, 0))
        self._language_chosen = chosen

    def _language_picked(self) -> None:
        self._language_chosen = True
        emit(self.changed)

    # the period

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, period: str, first: date | None = None, last: date | None = None):
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0))
        self._period_chosen(first, last)

    def _period_chosen(self, first: date | None = None, last: date | None = None) -> None:
        period = self.period_combo.currentData() or "last_month"
        shown = self.period()
        if period == "custom":
            first, last = period_dates("custom", today(), first or shown[0], last or shown[1])
        else:
            first, last = period_dates(period, today())
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload_visits()
        emit(self.changed)

    def _dates_edited(self) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.reload_visits()
        emit(self.changed)

    def _location_chosen(self) -> None:
        self.reload_visits()
        emit(self.changed)

    # the lists

    def reload(self) -> None:
        """Read the locations and staff again (one may have been added since)."""
        db = self._ctx.db

        def read():
            places = [(row.id, row.name) for row in list_locations(db)]
            staff = [(row.id, row.name, row.location_name) for row in list_staff(db)]
            return places, staff

        self._ctx.tasks.run(read, self._lists_loaded,
                            lambda error: log.warning("report lists not read: %s", error))
        self.reload_visits()

    def _lists_loaded(self, lists) -> None:
        self._locations, self._staff = lists
        self._fill_lists()
        emit(self.changed)

    def _fill_lists(self) -> None:
        _fill(self.location_combo,
              [(None, self.tr("All locations")), *self._locations])
        _fill(self.staff_combo, [
            (staff_id, f"{name} ({place})" if place else name)
            for staff_id, name, place in self._staff
        ])

    def reload_visits(self) -> None:
        first, last = self.period()
        self.visits.reload(first, last, self.location_combo.currentData())

    # the request

    def request(self) -> ReportRequest:
        first, last = self.period()
        report = self._report
        location_id = self.location_combo.currentData() if report == "summary" else None
        visit = self.visits.visit() if report == "visit" else None
        staff_id = self.staff_combo.currentData() if report == "employee" else None
        staff_name = next((name for i, name, _p in self._staff if i == staff_id), "")
        return ReportRequest(
            report=report, lang=self.language_combo.currentData() or "en",
            date_from=first, date_to=last,
            location_id=location_id,
            location_name=self.location_combo.currentText() if location_id else "",
            compare=self.compare_combo.currentData() or "previous",
            visit_id=visit.id if visit else None,
            visit_day=visit.visited_at.date() if visit else None,
            visit_location=visit.location_name if visit else "",
            staff_id=staff_id, staff_name=staff_name,
        )
