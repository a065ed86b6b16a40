"""The shape of every record form of the logs: labelled fields, each with its error under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import ValidationError

ERROR_STYLE = "color: #b00020;"
CHANGE_SIGNALS = ("textChanged", "currentIndexChanged", "valueChanged", "changed", "toggled")


class RecordForm(QDialog):
    """Subclasses add their fields, then implement `retranslate()` and `validated()` (the
    form checked by the service's validator, or ValidationError). OK keeps the dialog open
    while a value is wrong, with the reason under the field that holds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.form_layouts: list[QFormLayout] = []
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._value: Any = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, field: str, editor: QWidget, *extra: QWidget, column: int = 0) -> None:
        """A row: label, editor, any extra widgets (hints) and the hidden error label; a long
        form puts some rows in a second column."""
        while len(self.form_layouts) <= column:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            self.form_layouts.append(form)
            self.columns.addLayout(form, 1)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        for widget in extra:
            box.addWidget(widget)
        error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        error.setObjectName(f"{field}_error")
        box.addWidget(error)
        label = QLabel()
        label.setBuddy(editor)
        self.form_layouts[column].addRow(label, cell)
        self.labels[field], self.errors[field], self.editors[field] = label, error, editor
        for name in CHANGE_SIGNALS:
            signal = getattr(editor, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_, f=field: self.errors[f].hide())
                break

    def retranslate(self) -> None:
        raise NotImplementedError

    def validated(self) -> Any:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, error: ValidationError) -> None:
        """The reason under its field (the first field when it names none of them)."""
        field = error.field if error.field in self.errors else next(iter(self.errors))
        self.errors[field].setText(str(error))
        self.errors[field].show()
        self.editors[field].setFocus()

    def visible_errors(self) -> dict[str, str]:
        return {f: label.text() for f, label in self.errors.items() if not label.isHidden()}

    def accept(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            self._value = self.validated()
        except ValidationError as exc:
            self.show_error(exc)
            return
        super().accept()

    def value(self) -> Any:
        """What OK accepted (checked and trimmed)."""
        return self._value

    @staticmethod
    def run(dialog: RecordForm) -> Any:
        """Show the dialog; its accepted value, or None when cancelled."""
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
