"""A dialog of labelled fields, each with its error under it; OK stays open while one is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import ValidationError

ERROR_STYLE = "color: #b00020;"
_CHANGE_SIGNALS = ("textChanged", "currentIndexChanged", "toggled", "valueChanged", "changed")


class FormDialog(QDialog):
    """Subclasses add rows with `add_row(field, editor)`, name them in `retranslate()` and
    return their checked value from `validate()` (or raise ValidationError naming the field).
    `edit(parent, *args)` shows one and returns that value, or None when cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self._value: Any = None
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    @classmethod
    def edit(cls, parent: QWidget | None, *args: Any, **kwargs: Any) -> Any:
        dialog = cls(parent, *args, **kwargs)
        try:
            return dialog._value if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def add_row(self, field: str, editor: QWidget) -> None:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        error.setObjectName(f"{field}_error")
        box.addWidget(error)
        label = QLabel()
        label.setBuddy(editor)
        self.form.addRow(label, cell)
        self.labels[field], self.errors[field], self.editors[field] = label, error, editor
        for name in _CHANGE_SIGNALS:
            signal = getattr(editor, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args, f=field: self.errors[f].hide())
                break

    def retranslate(self) -> None:
        """Subclasses name their rows here."""

    def validate(self) -> Any:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> Any:
        return self._value

    def accept(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            self._value = self.validate()
        except ValidationError as exc:
            field = exc.field if exc.field in self.errors else next(iter(self.errors), None)
            if field is None:
                raise
            self.errors[field].setText(str(exc))
            self.errors[field].show()
            self.editors[field].setFocus()
            return
        super().accept()
