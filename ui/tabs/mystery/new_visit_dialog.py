"""Start a visit: checklist, location, date and time, shopper, staff observed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import ValidationError
from cxdesk.services.checklist_templates import ChecklistRow
from cxdesk.services.org import LocationRow, StaffRow
from cxdesk.services.visit_rules import MAX_SHOPPER, check_shopper
from cxdesk.services.visits import VisitStart
from ui.tabs.mystery.staff_list import StaffChecklist, people_for
from ui.tabs.mystery.texts import template_title

ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class VisitChoices:
    """What a new visit can be made of, read from the database before the dialog opens."""

    checklists: list[ChecklistRow] = field(default_factory=list)
    locations: list[LocationRow] = field(default_factory=list)
    staff: list[StaffRow] = field(default_factory=list)
    shoppers: list[str] = field(default_factory=list)
    last_shopper: str = ""
    lang: str = "en"
    last_location_id: int | None = None


class NewVisitDialog(QDialog):
    def __init__(self, parent: QWidget | None, choices: VisitChoices) -> None:
        super().__init__(parent)
        self.setObjectName("new_visit_dialog")
        self._choices = choices
        self._start: VisitStart | None = None
        self._build_ui()
        self._connect()
        self.retranslate()
        self._location_chosen()

    @classmethod
    def ask(cls, parent: QWidget | None, choices: VisitChoices) -> VisitStart | None:
        """The new visit as the user described it; None when cancelled."""
        dialog = cls(parent, choices)
        try:
            return dialog.start() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _build_ui(self) -> None:
        lang = self._choices.lang
        self.checklist_combo = QComboBox()
        for row in self._choices.checklists:
            if not row.archived:
                self.checklist_combo.addItem(template_title(row.name, row.version, lang), row.id)
        self.location_combo = QComboBox()
        for location in self._choices.locations:
            if location.active:
                self.location_combo.addItem(location.name, location.id)
        last = self.location_combo.findData(self._choices.last_location_id)
        self.location_combo.setCurrentIndex(max(0, last))
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), calendarPopup=True)
        self.shopper_combo = QComboBox(editable=True)
        self.shopper_combo.addItems(self._choices.shoppers)
        self.shopper_combo.setCurrentText(self._choices.last_shopper)
        self.shopper_combo.lineEdit().setMaxLength(MAX_SHOPPER)
        self.shopper_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff_list = StaffChecklist(rows=4)
        self.shopper_error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.shopper_error.setObjectName("shopper_error")
        self.missing_label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        shopper_cell = QWidget()
        box = QVBoxLayout(shopper_cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.shopper_combo)
        box.addWidget(self.shopper_error)
        fields = (self.checklist_combo, self.location_combo, self.when_edit, self.shopper_combo,
                  self.staff_list)
        for label, editor, cell in zip(self.labels, fields, (*fields[:3], shopper_cell,
                                                              self.staff_list), strict=True):
            label.setBuddy(editor)
            form.addRow(label, cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.shopper_combo.setFocus()

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.location_combo.currentIndexChanged.connect(lambda _i: self._location_chosen())
        self.shopper_combo.editTextChanged.connect(lambda _t: self.shopper_error.hide())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New visit"))
        texts = (self.tr("&Checklist:"), self.tr("&Location:"), self.tr("&Visited on:"),
                 self.tr("&Shopper:"), self.tr("Staff &observed:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.shopper_combo.lineEdit().setPlaceholderText(self.tr("The shopper's name"))
        self.staff_list.setToolTip(self.tr("Tick the staff members who served the shopper"))
        missing = []
        if self.checklist_combo.count() == 0:
            missing.append(self.tr("There is no checklist: add one on the Checklists page."))
        if self.location_combo.count() == 0:
            missing.append(self.tr("There is no location: add one on the Locations page."))
        self.missing_label.setText(" ".join(missing))
        self.missing_label.setVisible(bool(missing))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _location_chosen(self) -> None:
        checked = self.staff_list.checked_ids()
        people = people_for(self._choices.staff, self.location_combo.currentData())
        self.staff_list.set_people(people, checked)

    def start(self) -> VisitStart:
        """The visit the fields describe (after OK: the shopper's name checked and trimmed)."""
        if self._start is not None:
            return self._start
        when: datetime = self.when_edit.dateTime().toPython().replace(second=0, microsecond=0)
        return VisitStart(
            template_id=self.checklist_combo.currentData(),
            location_id=self.location_combo.currentData(),
            shopper=self.shopper_combo.currentText(),
            visited_at=when,
            staff_ids=tuple(self.staff_list.checked_ids()),
        )

    def accept(self) -> None:
        start = self.start()
        try:
            shopper = check_shopper(start.shopper)
        except ValidationError as exc:
            self.shopper_error.setText(str(exc))
            self.shopper_error.show()
            self.shopper_combo.setFocus()
            return
        self._start = VisitStart(start.template_id, start.location_id, shopper,
                                 start.visited_at, start.staff_ids)
        super().accept()
