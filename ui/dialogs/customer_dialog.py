"""The form for adding or changing one customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.db.models import LoyaltyType
from cxdesk.errors import ValidationError
from cxdesk.i18n import fill
from cxdesk.services.customers import (
    EMAIL_MAX,
    NAME_MAX,
    SEGMENT_MAX,
    CustomerForm,
    CustomerRow,
    loyalty_label,
    validate_customer,
)
from ui.formatting import format_date

FIELDS = ("name", "phone", "email", "segment", "loyalty", "consent", "notes")
ERROR_STYLE = "color: #b00020;"


class CustomerDialog(QDialog):
    """Shows a ValidationError under its field and stays open until the form is valid."""

    def __init__(self, parent: QWidget | None = None, row: CustomerRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_dialog")
        self._row = row
        self._form: CustomerForm | None = None
        self._build_ui()
        self._connect()
        self.retranslate()
        self._load(row.form() if row else CustomerForm())

    @classmethod
    def edit(cls, parent: QWidget | None, row: CustomerRow | None) -> CustomerForm | None:
        """Ask for a new customer (row None) or changes to `row`; None when cancelled."""
        dialog = cls(parent, row)
        try:
            return dialog.form() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _build_ui(self) -> None:
        self.name_edit = QLineEdit(maxLength=NAME_MAX)
        self.phone_edit = QLineEdit(maxLength=32)
        self.email_edit = QLineEdit(maxLength=EMAIL_MAX)
        self.segment_edit = QLineEdit(maxLength=SEGMENT_MAX)
        self.loyalty_combo = QComboBox()
        for loyalty in LoyaltyType:
            self.loyalty_combo.addItem("", loyalty)
        self.consent_check = QCheckBox()
        self.consent_date = QLabel()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        editors = {
            "name": self.name_edit, "phone": self.phone_edit, "email": self.email_edit,
            "segment": self.segment_edit, "loyalty": self.loyalty_combo,
            "consent": self.consent_check, "notes": self.notes_edit,
        }
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field in FIELDS:
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editors[field])
            if field == "consent":
                box.addWidget(self.consent_date)
            error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
            error.setObjectName(f"{field}_error")
            box.addWidget(error)
            self.errors[field] = error
            self.labels[field] = QLabel()
            self.labels[field].setBuddy(editors[field])
            form.addRow(self.labels[field], cell)
        self._editors = editors
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.consent_check.toggled.connect(self._show_consent_date)
        for field, editor in self._editors.items():
            signal = getattr(editor, "textChanged", None)
            if signal is not None:
                signal.connect(lambda *_, f=field: self._clear_error(f))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New customer") if self._row is None else
                            self.tr("Edit customer"))
        texts = {
            "name": self.tr("&Name:"), "phone": self.tr("&Phone:"), "email": self.tr("&E-mail:"),
            "segment": self.tr("&Segment:"), "loyalty": self.tr("&Loyalty:"),
            "consent": self.tr("Consent:"), "notes": self.tr("N&otes:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. Ivanenko Olena"))
        self.phone_edit.setPlaceholderText(self.tr("e.g. +380 44 123 4567"))
        self.email_edit.setPlaceholderText(self.tr("e.g. olena@example.com"))
        self.segment_edit.setPlaceholderText(self.tr("e.g. wholesale, regular, new"))
        self.consent_check.setText(self.tr("Agreed that we keep their personal data"))
        for index in range(self.loyalty_combo.count()):
            self.loyalty_combo.setItemText(index, loyalty_label(self.loyalty_combo.itemData(index)))
        self._show_consent_date(self.consent_check.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load(self, form: CustomerForm) -> None:
        self.name_edit.setText(form.name)
        self.phone_edit.setText(form.phone)
        self.email_edit.setText(form.email)
        self.segment_edit.setText(form.segment)
        self.loyalty_combo.setCurrentIndex(max(0, self.loyalty_combo.findData(form.loyalty)))
        self.consent_check.setChecked(form.consent)
        self.notes_edit.setPlainText(form.notes)
        self._show_consent_date(form.consent)

    def _show_consent_date(self, checked: bool) -> None:
        given = self._row.consent_at if self._row and self._row.consent else None
        if not checked:
            text = self.tr("Not given.")
        elif given is not None:
            text = fill(self.tr("Given on %1."), format_date(given))
        else:
            text = self.tr("Today's date will be recorded as the date of consent.")
        self.consent_date.setText(text)

    def form(self) -> CustomerForm:
        """What the fields hold now (after OK: checked and trimmed)."""
        if self._form is not None:
            return self._form
        return CustomerForm(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            segment=self.segment_edit.text(),
            consent=self.consent_check.isChecked(),
            loyalty=self.loyalty_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
        )

    def _clear_error(self, field: str) -> None:
        self.errors[field].hide()

    def accept(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            self._form = validate_customer(self.form())
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else "name"
            self.errors[field].setText(str(exc))
            self.errors[field].show()
            self._editors[field].setFocus()
            return
        super().accept()
