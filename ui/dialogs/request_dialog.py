"""The form of one service request: when it came, was taken into work and was resolved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cxdesk.db.models import Priority
from cxdesk.errors import ValidationError
from cxdesk.services.requests import RequestForm, RequestRow, validate_request
from ui.dialogs.record_form import RecordForm
from ui.enum_labels import enum_items
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choices, offered
from ui.widgets.moment_edit import MomentEdit


class RequestDialog(RecordForm):
    """`RequestDialog.edit(parent, row | None, choices) -> RequestForm | None`."""

    def __init__(self, parent: QWidget | None, row: RequestRow | None, choices: Choices,
                 form: RequestForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request_dialog")
        self._row = row
        self._choices = choices
        self._initial = form or (row.form() if row else RequestForm(
            registered_at=datetime.now().replace(microsecond=0)))
        self.registered_edit = MomentEdit(optional=False)
        self.requested_edit = MomentEdit()
        self.taken_edit = MomentEdit()
        self.resolved_edit = MomentEdit()
        self.priority_combo = ChoiceCombo()
        self.customer_combo = ChoiceCombo(searchable=True)
        self.location_combo = ChoiceCombo()
        self.description_edit = QPlainTextEdit(tabChangesFocus=True)
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        for field, editor in (("registered_at", self.registered_edit),
                              ("requested_at", self.requested_edit),
                              ("taken_at", self.taken_edit), ("resolved_at", self.resolved_edit),
                              ("priority", self.priority_combo)):
            self.add_field(field, editor)
        for field, editor in (("customer_id", self.customer_combo),
                              ("location_id", self.location_combo),
                              ("description", self.description_edit)):
            self.add_field(field, editor, column=1)
        self.setMinimumWidth(860)
        self.retranslate()
        self._load(self._initial)

    @classmethod
    def edit(cls, parent: QWidget | None, row: RequestRow | None, choices: Choices,
             form: RequestForm | None = None,
             error: ValidationError | None = None) -> RequestForm | None:
        dialog = cls(parent, row, choices, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New service request") if self._row is None
                            else self.tr("Edit service request"))
        texts = {
            "registered_at": self.tr("&Registered:"), "requested_at": self.tr("Customer as&ked:"),
            "taken_at": self.tr("&Taken into work:"), "resolved_at": self.tr("Re&solved:"),
            "priority": self.tr("&Priority:"), "customer_id": self.tr("&Customer:"),
            "location_id": self.tr("&Location:"), "description": self.tr("&Description:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.requested_edit.setToolTip(self.tr(
            "When the customer first asked, if earlier than the registration"))
        self.priority_combo.set_items(enum_items(Priority))
        none = self.tr("— none —")
        self.customer_combo.set_items(
            offered(self._choices.customers, self._initial.customer_id), none_text=none)
        self.location_combo.set_items(
            offered(self._choices.locations, self._initial.location_id), none_text=none)
        self.customer_combo.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self.description_edit.setPlaceholderText(self.tr("What the customer needs"))

    def _load(self, form: RequestForm) -> None:
        self.registered_edit.set_value(form.registered_at)
        self.requested_edit.set_value(form.requested_at)
        self.taken_edit.set_value(form.taken_at)
        self.resolved_edit.set_value(form.resolved_at)
        self.priority_combo.set_value(form.priority)
        self.customer_combo.set_value(form.customer_id)
        self.location_combo.set_value(form.location_id)
        self.description_edit.setPlainText(form.description)

    def form(self) -> RequestForm:
        return RequestForm(
            registered_at=self.registered_edit.value(), priority=self.priority_combo.value(),
            customer_id=self.customer_combo.value(), location_id=self.location_combo.value(),
            description=self.description_edit.toPlainText(),
            requested_at=self.requested_edit.value(), taken_at=self.taken_edit.value(),
            resolved_at=self.resolved_edit.value(),
        )

    def validated(self) -> RequestForm:
        return validate_request(self.form())
