"""One multilingual text as three fields (Russian, Ukrainian, English) and how it is shown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from cxdesk.services.search import localized
from cxdesk.templates import I18n
from ui.qtcompat import emit

LANGS = ("ru", "uk", "en")
# each language named in itself, as the language list of the settings does
LANGUAGE_NAMES = {"ru": "Русский", "uk": "Українська", "en": "English"}


def ui_language() -> str:
    """The interface language ('ru', 'uk' or 'en'): the translations set the default locale."""
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGS else "en"


def local_text(texts: Mapping[str, Any] | I18n | None) -> str:
    """A multilingual text in the interface language, else the first language filled."""
    if isinstance(texts, I18n):
        texts = {"ru": texts.ru, "uk": texts.uk, "en": texts.en}
    return localized(texts, ui_language())


class I18nEdit(QWidget):
    """Three editors, one per language; at least one is filled as the services require."""

    changed = Signal()

    def __init__(self, multiline: bool = False, max_length: int = 4000,
                 parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self._multiline = multiline
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(3)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for lang in LANGS:
            if multiline:
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
                edit.textChanged.connect(lambda: emit(self.changed))
            else:
                edit = QLineEdit(maxLength=max_length)
                edit.textChanged.connect(lambda _text: emit(self.changed))
            edit.setObjectName(f"text_{lang}")
            label = QLabel(LANGUAGE_NAMES[lang])
            label.setBuddy(edit)
            layout.addRow(label, edit)
            self.edits[lang] = edit
            self.labels[lang] = label
        self.setFocusProxy(self.edits[ui_language()])

    def set_texts(self, texts: Mapping[str, Any] | I18n | None) -> None:
        if isinstance(texts, I18n):
            texts = {"ru": texts.ru, "uk": texts.uk, "en": texts.en}
        texts = texts or {}
        for lang, edit in self.edits.items():
            value = str(texts.get(lang) or "")
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)

    def texts(self) -> dict[str, str]:
        """What the fields hold, untrimmed; empty languages included (the services drop them)."""
        return {lang: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text())
                for lang, edit in self.edits.items()}

    def i18n(self) -> I18n:
        texts = self.texts()
        return I18n(texts["ru"], texts["uk"], texts["en"])

    def is_empty(self) -> bool:
        return not any(text.strip() for text in self.texts().values())

    def set_placeholder(self, text: str) -> None:
        for edit in self.edits.values():
            edit.setPlaceholderText(text)

    def focus_first(self) -> None:
        """Focus the interface language's field, or the first one filled."""
        texts = self.texts()
        lang = ui_language()
        if not texts[lang].strip():
            lang = next((lg for lg in LANGS if texts[lg].strip()), lang)
        self.edits[lang].setFocus()
