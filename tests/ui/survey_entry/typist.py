"""Keys sent where the cursor is, as a person at the keyboard sends them, and counted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.keys import type_text

KEY_NAMES = {Qt.Key.Key_Return: "Enter", Qt.Key.Key_Tab: "Tab", Qt.Key.Key_Backtab: "Shift+Tab",
             Qt.Key.Key_Escape: "Esc", Qt.Key.Key_Delete: "Del", Qt.Key.Key_Backspace: "Backspace",
             Qt.Key.Key_Down: "Down", Qt.Key.Key_Up: "Up"}


class Typist:
    """Every key goes to the focused widget; `keys` lists them in order."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for char in text:
            type_text(self.focus(), char)
            self.keys.append(char)

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focus(), key, modifiers)
        name = KEY_NAMES.get(key, key.name.removeprefix("Key_"))
        prefix = "".join(label for flag, label in (
            (Qt.KeyboardModifier.ControlModifier, "Ctrl+"),
            (Qt.KeyboardModifier.ShiftModifier, "Shift+"),
            (Qt.KeyboardModifier.AltModifier, "Alt+")) if modifiers & flag)
        self.keys.append(prefix + name)

    def enter(self, count: int = 1) -> None:
        for _ in range(count):
            self.press(Qt.Key.Key_Return)

    def answers(self, *values: str | None) -> None:
        """One field each: its text (None or "" leaves it blank), then Enter."""
        for value in values:
            if value:
                self.type(value)
            self.enter()

    def count(self) -> int:
        return len(self.keys)

    def reset(self) -> None:
        self.keys.clear()
