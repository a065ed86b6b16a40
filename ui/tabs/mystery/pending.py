"""Typed text saved after a short pause, when the box is left, and when asked (on close)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

IDLE_MS = 500  # a pause this long saves what was typed: no save per key


class PendingText(QObject):
    """Watches one text box; calls `save(text)` when its text differs from the stored one."""

    def __init__(self, box: QLineEdit | QPlainTextEdit, save: Callable[[str], None],
                 delay: int = IDLE_MS) -> None:
        super().__init__(box)
        self._box = box
        self._save = save
        self._stored = self._text()
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(self.flush)
        box.textChanged.connect(self._typed)
        if isinstance(box, QLineEdit):
            box.editingFinished.connect(self.flush)
        else:
            box.installEventFilter(self)

    def _text(self) -> str:
        box = self._box
        return box.text() if isinstance(box, QLineEdit) else box.toPlainText()

    def _typed(self, *_args) -> None:
        if self._text() != self._stored:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def show_text(self, text: str) -> None:
        """Put the stored text in the box without saving it again."""
        self._timer.stop()
        self._stored = text
        if self._text() != text:
            self._box.blockSignals(True)
            if isinstance(self._box, QLineEdit):
                self._box.setText(text)
            else:
                self._box.setPlainText(text)
            self._box.blockSignals(False)

    def pending(self) -> bool:
        return self._text() != self._stored

    def flush(self) -> None:
        """Save now if the text was changed since it was last stored."""
        self._timer.stop()
        text = self._text()
        if text != self._stored and not self._box.isReadOnly():
            self._stored = text
            self._save(text)
