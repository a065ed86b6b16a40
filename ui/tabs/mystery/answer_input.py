"""An item's answer by its kind: Yes / No / N-A buttons, five buttons 1–5, or a text box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QSizePolicy, QWidget

from cxdesk.db.models import AnswerKind
from cxdesk.i18n import fill
from cxdesk.services.visit_detail import AnswerInfo
from ui.qtcompat import emit
from ui.tabs.mystery.pending import PendingText

CHOICES = ("yes", "no", "na")
# the letters, and the Cyrillic ones on the same keys of a ЙЦУКЕН keyboard (Н, Т, Ф)
CHOICE_KEYS = {
    Qt.Key.Key_Y: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_A: "na",
    0x41D: "yes", 0x422: "no", 0x424: "na",
}
SCALE_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
CHECKED_STYLE = {
    "yes": "QPushButton:checked { background: #2e7d32; color: white; border: 1px solid #1b5e20;"
           " border-radius: 3px; padding: 3px 10px; }",
    "no": "QPushButton:checked { background: #c62828; color: white; border: 1px solid #8e0000;"
          " border-radius: 3px; padding: 3px 10px; }",
    "na": "QPushButton:checked { background: #546e7a; color: white; border: 1px solid #29434e;"
          " border-radius: 3px; padding: 3px 10px; }",
    "scale": "QPushButton:checked { background: #1565c0; color: white; border: 1px solid #003c8f;"
             " border-radius: 3px; padding: 3px 6px; }",
}


class AnswerInput(QWidget):
    answered = Signal(object)  # "yes"/"no"/"na", 1–5 or a text, as the user gave it
    cleared = Signal()  # the user took the answer back

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = AnswerKind(kind)
        self.buttons: dict[object, QPushButton] = {}
        self.text_edit: QPlainTextEdit | None = None
        self._text_saver: PendingText | None = None
        self._read_only = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if self.kind is AnswerKind.TEXT:
            self.text_edit = QPlainTextEdit(tabChangesFocus=True)
            self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._text_saver = PendingText(self.text_edit, lambda text: emit(self.answered, text))
            layout.addWidget(self.text_edit, 1)
        else:
            values = CHOICES if self.kind is AnswerKind.YES_NO_NA else tuple(range(1, 6))
            for value in values:
                button = QPushButton(str(value), checkable=True, autoDefault=False)
                button.setObjectName(f"answer_{value}")
                button.setStyleSheet(CHECKED_STYLE[value if isinstance(value, str) else "scale"])
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.clicked.connect(lambda checked, v=value: self._clicked(v, checked))
                self.buttons[value] = button
                layout.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind is AnswerKind.YES_NO_NA:
            texts = {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("N/A")}
            tips = {"yes": self.tr("Yes (key Y)"), "no": self.tr("No (key N)"),
                    "na": self.tr("Does not apply here: left out of the score (key A)")}
            for value, button in self.buttons.items():
                button.setText(texts[value])
                button.setToolTip(tips[value])
        elif self.kind is AnswerKind.SCALE_1_5:
            for value, button in self.buttons.items():
                button.setToolTip(fill(self.tr("%1 of 5 (key %1); 1 is poor, 5 is excellent"),
                                       value))
        elif self.text_edit is not None:
            self.text_edit.setPlaceholderText(self.tr("Your answer, in your own words"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def first_focus(self) -> QWidget:
        """The widget to focus when the item becomes current."""
        if self.text_edit is not None:
            return self.text_edit
        checked = next((b for b in self.buttons.values() if b.isChecked()), None)
        return checked or next(iter(self.buttons.values()))

    def show_answer(self, answer: AnswerInfo | None) -> None:
        """Show the stored answer without saving anything."""
        if self._text_saver is not None:
            self._text_saver.show_text((answer.text if answer else None) or "")
            return
        value = None
        if answer is not None:
            value = answer.choice if self.kind is AnswerKind.YES_NO_NA else answer.scale
        self._check(value)

    def set_read_only(self, read_only: bool) -> None:
        if self.text_edit is not None:
            self.text_edit.setReadOnly(read_only)
        for button in self.buttons.values():
            # checkable but not clickable: the answer stays visible in its colour
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only
                                  else Qt.FocusPolicy.StrongFocus)
        self._read_only = read_only

    def read_only(self) -> bool:
        return self._read_only

    def value(self) -> object:
        if self.text_edit is not None:
            return self.text_edit.toPlainText().strip() or None
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def key_value(self, key: int) -> object:
        """The answer a key gives this item (Y/N/A or 1–5), or None."""
        if self.kind is AnswerKind.YES_NO_NA:
            return CHOICE_KEYS.get(key)
        if self.kind is AnswerKind.SCALE_1_5:
            return SCALE_KEYS.get(key)
        return None

    def answer(self, value: object) -> None:
        """Answer as if the value's button was clicked (the keyboard's way)."""
        if value in self.buttons and not self.read_only():
            self._check(value)
            emit(self.answered, value)

    def flush(self) -> None:
        if self._text_saver is not None:
            self._text_saver.flush()

    def _clicked(self, value: object, checked: bool) -> None:
        if self._read_only:  # a locked visit: the click is undone
            self.buttons[value].setChecked(not checked)
            return
        if checked:
            self._check(value)
            emit(self.answered, value)
        else:  # the chosen button clicked again takes the answer back
            emit(self.cleared)

    def _check(self, value: object) -> None:
        for other, button in self.buttons.items():
            button.setChecked(other == value)
