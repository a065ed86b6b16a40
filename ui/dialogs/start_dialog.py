"""First start on a blank database: explore with demo data, or start empty with one shop."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.services.setup import LOCATION_NAME_MAX


@dataclass(frozen=True)
class StartChoice:
    demo: bool
    location_name: str = ""


class StartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_dialog")
        self._build_ui()
        self._connect()
        self.retranslate()
        self.adjustSize()  # as tall as the wrapped texts need, no taller

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> StartChoice | None:
        dialog = cls(parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _build_ui(self) -> None:
        self.intro = QLabel(wordWrap=True)
        self.demo_radio = QRadioButton(checked=True)
        self.demo_hint = QLabel(wordWrap=True, indent=24)
        self.empty_radio = QRadioButton()
        self.name_edit = QLineEdit(maxLength=LOCATION_NAME_MAX, enabled=False)
        self.error = QLabel(wordWrap=True, visible=False, styleSheet="color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.demo_radio, self.demo_hint, self.empty_radio,
                       self.name_edit, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.empty_radio.toggled.connect(self.name_edit.setEnabled)
        self.empty_radio.toggled.connect(lambda on: on and self.name_edit.setFocus())
        self.name_edit.textChanged.connect(lambda _text: self.error.hide())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to cxdesk"))
        self.intro.setText(self.tr("This database is empty. How would you like to begin?"))
        self.demo_radio.setText(self.tr("&Load demo data"))
        self.demo_hint.setText(self.tr(
            "A small chain with shops, staff, customers, survey answers and mystery-shop "
            "visits, to try every screen. Use a separate database for your real data."
        ))
        self.empty_radio.setText(self.tr("&Start empty, with my shop:"))
        self.name_edit.setPlaceholderText(self.tr("Name of your shop or branch"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choice(self) -> StartChoice:
        if self.demo_radio.isChecked():
            return StartChoice(demo=True)
        return StartChoice(demo=False, location_name=" ".join(self.name_edit.text().split()))

    def accept(self) -> None:
        choice = self.choice()
        if not choice.demo and not choice.location_name:
            self.error.setText(self.tr("Enter the name of your shop or branch."))
            self.error.show()
            self.name_edit.setFocus()
            return
        super().accept()
