"""The shape of the journey and template forms: labelled fields (multilingual texts among
them), an error under each, and OK that checks first and keeps the dialog open on a fault."""

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


class I18nFormDialog(QDialog):
    """Subclasses build their rows with `add_row`, fill `retranslate` and return the checked
    result from `validate` (raising ValidationError with the field); the dialog then stays open
    with the message under that field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: Any = None
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.form_layout = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_layout)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    @classmethod
    def edit(cls, parent: QWidget | None, *args: Any) -> Any:
        """Open the dialog; its checked result after OK, None when cancelled."""
        dialog = cls(parent, *args)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
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
        self.labels[field], self.errors[field], self.editors[field] = label, error, editor
        self.form_layout.addRow(label, cell)
        changed = getattr(editor, "changed", None) or getattr(editor, "currentIndexChanged", None)
        if changed is not None:
            changed.connect(lambda *_: error.hide())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def validate(self) -> Any:
        raise NotImplementedError

    def result_value(self) -> Any:
        return self._result

    def show_error(self, field: str | None, text: str) -> None:
        if field not in self.errors:
            field = next(iter(self.errors))
        self.errors[field].setText(text)
        self.errors[field].show()
        editor = self.editors[field]
        focus = getattr(editor, "focus_first", None)
        if focus is not None:
            focus()
        else:
            editor.setFocus()

    def accept(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            self._result = self.validate()
        except ValidationError as exc:
            self.show_error(exc.field, str(exc))
            return
        super().accept()
