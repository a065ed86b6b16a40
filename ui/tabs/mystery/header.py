"""The visit editor's header: what, where, when, who; the start and end times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.i18n import fill
from cxdesk.services.org import LocationRow, StaffRow
from cxdesk.services.visit_detail import VisitDetail
from cxdesk.services.visit_rules import MAX_SHOPPER
from ui.formatting import format_datetime
from ui.qtcompat import emit
from ui.tabs.mystery.pending import IDLE_MS, PendingText
from ui.tabs.mystery.staff_list import StaffChecklist, people_for
from ui.tabs.mystery.texts import DASH, local, status_text

STATUS_STYLE = {
    False: "background: #fff3cd; color: #6d4c00; border-radius: 3px; padding: 1px 8px;",
    True: "background: #d7ecd9; color: #1b5e20; border-radius: 3px; padding: 1px 8px;",
}


class VisitHeader(QWidget):
    back_clicked = Signal()
    print_clicked = Signal()
    finish_clicked = Signal()
    location_chosen = Signal(int)
    visited_at_changed = Signal(object)  # datetime
    shopper_edited = Signal(str)
    staff_changed = Signal(list)  # staff ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: VisitDetail | None = None
        self._staff: list[StaffRow] = []
        self._staff_shown: tuple | None = None
        self._lang = "en"
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.back_button = QToolButton()
        self.back_button.setObjectName("back_to_list")
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.print_button = QPushButton(autoDefault=False)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.print_button)

        self.location_combo = QComboBox()
        self.location_combo.setMinimumContentsLength(16)
        self.when_edit = QDateTimeEdit(calendarPopup=True)
        self.shopper_edit = QLineEdit(maxLength=MAX_SHOPPER)
        self.shopper_saver = PendingText(self.shopper_edit, self._shopper_typed)
        self.started_label = QLabel()
        self.ended_label = QLabel()
        self.finish_button = QPushButton(autoDefault=False)
        self.finish_button.setObjectName("finish_visit")
        self.staff_list = StaffChecklist(rows=3)
        self.labels = [QLabel() for _ in range(5)]
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.location_combo, 0, 1)
        grid.addWidget(self.labels[1], 0, 2)
        grid.addWidget(self.when_edit, 0, 3)
        grid.addWidget(self.labels[2], 1, 0)
        grid.addWidget(self.shopper_edit, 1, 1)
        times = QHBoxLayout()
        times.addWidget(self.started_label)
        times.addSpacing(12)
        times.addWidget(self.ended_label)
        times.addWidget(self.finish_button)
        times.addStretch(1)
        grid.addWidget(self.labels[3], 1, 2)
        grid.addLayout(times, 1, 3)
        grid.addWidget(self.labels[4], 0, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.staff_list, 0, 5, 2, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 3)
        for label, buddy in zip(self.labels, (self.location_combo, self.when_edit,
                                              self.shopper_edit), strict=False):
            label.setBuddy(buddy)
        self.labels[4].setBuddy(self.staff_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        self._when_timer = QTimer(self, singleShot=True, interval=IDLE_MS)

    def _connect(self) -> None:
        self.back_button.clicked.connect(lambda: emit(self.back_clicked))
        self.print_button.clicked.connect(lambda: emit(self.print_clicked))
        self.finish_button.clicked.connect(lambda: emit(self.finish_clicked))
        self.location_combo.activated.connect(self._location_activated)
        self.when_edit.dateTimeChanged.connect(lambda _dt: self._when_timer.start())
        self.when_edit.editingFinished.connect(self.flush_when)
        self._when_timer.timeout.connect(self.flush_when)
        self.shopper_edit.editingFinished.connect(self._shopper_left)
        self.staff_list.checks_changed.connect(
            lambda: emit(self.staff_changed, self.staff_list.checked_ids()))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Visits"))
        self.back_button.setToolTip(self.tr("Back to the list of visits (Esc)"))
        self.print_button.setText(self.tr("Print visit…"))
        for label, text in zip(self.labels, (self.tr("&Location:"), self.tr("&Visited:"),
                                             self.tr("S&hopper:"), self.tr("Times:"),
                                             self.tr("Staff &observed:")), strict=False):
            label.setText(text)
        self.finish_button.setText(self.tr("Finish"))
        self.finish_button.setToolTip(self.tr("Record now as the time the shopper left the shop"))
        self.staff_list.setToolTip(self.tr("Tick the staff members who served the shopper"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._show_texts()

    def _show_texts(self) -> None:
        detail = self._detail
        if detail is None:
            return
        self.title_label.setText(fill(self.tr("Visit #%1 · %2, v%3"), detail.id,
                                      local(detail.template_name, self._lang),
                                      detail.template_version))
        self.status_label.setText(status_text(detail.submitted))
        self.status_label.setStyleSheet(STATUS_STYLE[detail.submitted])
        self.started_label.setText(fill(self.tr("started %1"),
                                        format_datetime(detail.started_at) or DASH))
        self.ended_label.setText(fill(self.tr("ended %1"),
                                      format_datetime(detail.ended_at) or DASH))

    # what is shown

    def set_choices(self, locations: list[LocationRow], staff: list[StaffRow]) -> None:
        self._staff = list(staff)
        self._staff_shown = None
        self.location_combo.clear()
        for location in locations:
            self.location_combo.addItem(location.name, location.id)

    def show_visit(self, detail: VisitDetail) -> None:
        """Show the stored header (the fields being typed in keep their text)."""
        self._detail = detail
        index = self.location_combo.findData(detail.location_id)
        if index < 0:
            self.location_combo.addItem(detail.location_name, detail.location_id)
            index = self.location_combo.count() - 1
        self.location_combo.setCurrentIndex(index)
        if not self._when_timer.isActive() and not self.when_edit.hasFocus():
            moment = detail.visited_at
            self.when_edit.blockSignals(True)
            self.when_edit.setDateTime(QDateTime(moment.date(), moment.time()))
            self.when_edit.blockSignals(False)
        if not self.shopper_edit.hasFocus():
            self.shopper_saver.show_text(detail.shopper)
        self._show_staff(detail.location_id)
        read_only = detail.submitted
        self.location_combo.setEnabled(not read_only)
        self.when_edit.setReadOnly(read_only)
        self.shopper_edit.setReadOnly(read_only)
        self.staff_list.set_read_only(read_only)
        self.finish_button.setVisible(not read_only)
        self._show_texts()

    def _show_staff(self, location_id: int | None) -> None:
        detail = self._detail
        observed = list(detail.staff) if detail else []
        checked = [staff_id for staff_id, _ in observed]
        shown = (location_id, tuple(observed), bool(detail and detail.submitted), len(self._staff))
        if shown == self._staff_shown:  # rebuilt only when it changes: ticking keeps its place
            return
        self._staff_shown = shown
        if detail is not None and detail.submitted:  # locked: only who was observed
            self.staff_list.set_people([(i, name, "") for i, name in observed], checked)
            self.staff_list.set_read_only(True)
        else:
            self.staff_list.set_people(people_for(self._staff, location_id, observed), checked)

    def set_report_available(self, available: bool) -> None:
        self.print_button.setVisible(available)

    # changes

    def _location_activated(self, _index: int) -> None:
        location_id = self.location_combo.currentData()
        if self._detail is not None and location_id != self._detail.location_id:
            emit(self.location_chosen, location_id)

    def flush_when(self) -> None:
        self._when_timer.stop()
        if self._detail is None or self._detail.submitted:
            return
        moment: datetime = self.when_edit.dateTime().toPython().replace(microsecond=0)
        if moment != self._detail.visited_at:
            emit(self.visited_at_changed, moment)

    def _shopper_typed(self, text: str) -> None:
        if text.strip():  # an emptied box is refilled when left, not saved
            emit(self.shopper_edited, text)

    def _shopper_left(self) -> None:
        if not self.shopper_edit.text().strip() and self._detail is not None:
            self.shopper_saver.show_text(self._detail.shopper)

    def flush(self) -> None:
        self.flush_when()
        self.shopper_saver.flush()
