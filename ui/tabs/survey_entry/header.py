"""What a whole batch of cards shares: survey, location, date, staff member and channel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QSizePolicy, QWidget

from cxdesk.db.models import Channel
from cxdesk.services.org import LocationRow, StaffRow
from cxdesk.services.search import localized
from cxdesk.services.survey_templates import SurveyRow
from ui.qtcompat import emit

DEFAULT_CHANNEL = Channel.PAPER  # the page is made for typing in a pile of paper cards


class BatchHeader(QWidget):
    """Chosen once per batch; Enter moves on to the next choice, like Tab."""

    survey_changed = Signal()
    done = Signal()  # Enter on the last choice: on to the card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "en"
        self._surveys: list[SurveyRow] = []
        self._staff: list[StaffRow] = []
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.survey_combo = QComboBox()
        self.survey_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.location_combo = QComboBox()
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.staff_combo = QComboBox()
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem("", channel)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(DEFAULT_CHANNEL))
        self.labels = [QLabel() for _ in range(5)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # read left to right, top to bottom: the order Tab and Enter follow
        cells = ((self.survey_combo, 0, 0, 3), (self.location_combo, 0, 4, 1),
                 (self.date_edit, 1, 0, 1), (self.staff_combo, 1, 2, 1),
                 (self.channel_combo, 1, 4, 1))
        for label, (widget, row, column, span) in zip(self.labels, cells, strict=True):
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
            widget.installEventFilter(self)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        order = [widget for widget, *_ in cells]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.survey_combo.currentIndexChanged.connect(lambda _i: emit(self.survey_changed))
        self.location_combo.currentIndexChanged.connect(lambda _i: self._fill_staff())

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        texts = (self.tr("&Survey:"), self.tr("&Location:"), self.tr("&Date:"),
                 self.tr("S&taff member:"), self.tr("C&hannel:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = {
            Channel.IN_STORE: self.tr("In store"), Channel.PHONE: self.tr("Phone"),
            Channel.EMAIL: self.tr("E-mail"), Channel.SMS: self.tr("SMS"),
            Channel.WEB: self.tr("Web"), Channel.PAPER: self.tr("Paper card"),
        }
        for index in range(self.channel_combo.count()):
            self.channel_combo.setItemText(index, names[self.channel_combo.itemData(index)])
        for index, row in enumerate(self._surveys):
            self.survey_combo.setItemText(index, localized(row.name, lang) or row.family)
        for combo in (self.location_combo, self.staff_combo):
            if combo.count():
                combo.setItemText(0, self.tr("— not given —"))
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.date_edit.setDisplayFormat(pattern if "yyyy" in pattern
                                        else pattern.replace("yy", "yyyy"))

    # the lists

    def fill(self, surveys: list[SurveyRow], locations: list[LocationRow],
             staff: list[StaffRow], select_survey: int | None) -> None:
        """Offer these; keep what was chosen when it is still there."""
        chosen = self.survey_combo.currentIndex()
        family = self._surveys[chosen].family if 0 <= chosen < len(self._surveys) else None
        location = self.location_id()
        self._surveys, self._staff = list(surveys), list(staff)
        # the survey chosen stays chosen, in its current version (an edit makes a new one)
        survey = next((row.id for row in self._surveys if row.family == family), select_survey)
        for combo in (self.survey_combo, self.location_combo):
            combo.blockSignals(True)
            combo.clear()
        for row in self._surveys:
            self.survey_combo.addItem(localized(row.name, self._lang) or row.family, row.id)
        self.location_combo.addItem("", None)
        for row in locations:
            self.location_combo.addItem(row.name, row.id)
        for combo, wanted in ((self.survey_combo, survey), (self.location_combo, location)):
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        self._fill_staff()
        self.retranslate(self._lang)

    def _fill_staff(self) -> None:
        """The staff of the chosen location (and those of none); everyone when it has none."""
        location, chosen = self.location_id(), self.staff_id()
        staff = [p for p in self._staff if location is None or p.location_id in (location, None)]
        if location is not None and not any(p.location_id == location for p in staff):
            staff = self._staff
        self.staff_combo.clear()
        self.staff_combo.addItem("", None)
        for person in staff:
            self.staff_combo.addItem(person.name, person.id)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(chosen)))
        self.retranslate(self._lang)

    # what is chosen

    def survey_id(self) -> int | None:
        return self.survey_combo.currentData()

    def location_id(self) -> int | None:
        return self.location_combo.currentData()

    def staff_id(self) -> int | None:
        return self.staff_combo.currentData()

    def staff_name(self) -> str:
        return self.staff_combo.currentText() if self.staff_id() is not None else ""

    def channel(self) -> Channel:
        return self.channel_combo.currentData()

    def day(self) -> date:
        return self.date_edit.date().toPython()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                    Qt.Key.Key_Enter):
            if watched is self.channel_combo:
                emit(self.done)
            else:
                self.focusNextChild()
            return True
        return super().eventFilter(watched, event)
