"""Preferences: the interface language (applied at once by whoever asked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxdesk.i18n import LANGUAGES
from ui.translators import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._build_ui()
        self._connect()
        self.retranslate()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    @classmethod
    def ask(cls, parent: QWidget | None, language: str) -> str | None:
        """The language chosen, or None when cancelled."""
        dialog = cls(parent, language)
        try:
            return dialog.language() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _build_ui(self) -> None:
        self.language_combo = QComboBox()
        for lang in LANGUAGES:
            # each language named in itself, so whoever reads it finds their own
            self.language_combo.addItem(LANGUAGE_NAMES[lang], lang)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def language(self) -> str:
        return self.language_combo.currentData()
