"""The fields of questions with options: their numbers typed, the options shown numbered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QRadioButton, QWidget

from cxdesk.services.survey_entry import EntryQuestion
from ui.qtcompat import emit
from ui.tabs.survey_entry.fields import Field, RefusingValidator, line_edit, row_layout


class ChoiceField(Field):
    """One option: its number typed in; the numbered options show which one it is."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.codes = question.option_codes()
        n = len(str(len(self.codes)))
        self.edit = line_edit(n, _ReplacingEdit(n))
        self.edit.setValidator(RefusingValidator(
            rf"\d{{0,{n}}}", lambda text: emit(self.refused, text), self.edit))
        self.buttons = [self._button(i) for i in range(len(self.codes))]
        self.edit.textChanged.connect(self._changed)
        row_layout(self, self.edit)

    def _button(self, index: int) -> QAbstractButton:
        button = QRadioButton(autoExclusive=False)  # else a checked one could not be cleared
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the number is typed; a click also works
        button.clicked.connect(lambda _checked=False: self.edit.setText(str(index + 1)))
        return button

    def editors(self) -> list[QWidget]:
        return [self.edit]

    def option_buttons(self) -> list[QAbstractButton]:
        return list(self.buttons)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        number = int(text)
        return self.codes[number - 1] if 1 <= number <= len(self.codes) else text

    def set_value(self, value: Any) -> None:
        codes = [value] if isinstance(value, str) else list(value or [])
        found = [self.codes.index(c) + 1 for c in codes if c in self.codes]
        self.edit.setText(str(found[0]) if found else "")

    def _changed(self, _text: str) -> None:
        chosen = self.value()
        for code, button in zip(self.codes, self.buttons, strict=True):
            button.setChecked(code == chosen)
        emit(self.edited)


class _ReplacingEdit(QLineEdit):
    """A full field starts over with the next digit: the number of another option."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self.width_digits = width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.text().isdigit() and len(self.text()) >= self.width_digits
                and not self.hasSelectedText()):
            self.selectAll()
        super().keyPressEvent(event)


class _ToggleEdit(QLineEdit):
    """Typed digits toggle options instead of writing text; shows the chosen numbers."""

    toggled = Signal(int)  # an option number (1-based), maybe out of range
    pending_changed = Signal()  # digits typed that do not make a number yet
    cleared = Signal()
    dropped = Signal()  # Backspace: the last chosen one off
    refused = Signal(str)

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.pending = ""  # digits of a number that a further digit could still lengthen
        self.setReadOnly(True)  # the text shows the choice; only keyPressEvent changes it
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Backspace:
            if self.pending:
                self.pending = ""
                emit(self.pending_changed)
            else:
                emit(self.dropped)
        elif event.key() == Qt.Key.Key_Delete:
            self.pending = ""
            emit(self.cleared)
        elif text and text.isprintable() and mods in (Qt.KeyboardModifier.NoModifier,
                                                      Qt.KeyboardModifier.ShiftModifier):
            self._typed(text)
        else:
            super().keyPressEvent(event)

    def _typed(self, char: str) -> None:
        if char in " ,;":
            self.settle()
        elif char.isdigit():
            self.pending += char
            if int(self.pending) * 10 > self.count:  # no longer number starts like this
                self.settle()
            else:
                emit(self.pending_changed)
        else:
            emit(self.refused, char)

    def settle(self) -> None:
        if self.pending:
            number, self.pending = int(self.pending), ""
            emit(self.toggled, number)


class MultiField(Field):
    """Several options: each typed number toggles its option (Backspace drops the last)."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.codes = question.option_codes()
        self.chosen: list[int] = []  # option numbers in the order they were ticked
        self.edit = _ToggleEdit(len(self.codes))
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0, " * 5) + 24)
        self.buttons = [self._button(i + 1) for i in range(len(self.codes))]
        self.edit.toggled.connect(self._toggle)
        self.edit.pending_changed.connect(self._show)
        self.edit.dropped.connect(lambda: self._set(self.chosen[:-1]))
        self.edit.cleared.connect(lambda: self._set([]))
        self.edit.refused.connect(lambda char: emit(self.refused, [char]))
        row_layout(self, self.edit)

    def _button(self, number: int) -> QAbstractButton:
        box = QCheckBox()
        box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box.clicked.connect(lambda _checked=False: self._toggle(number))
        return box

    def editors(self) -> list[QWidget]:
        return [self.edit]

    def option_buttons(self) -> list[QAbstractButton]:
        return list(self.buttons)

    def _toggle(self, number: int) -> None:
        if not 1 <= number <= len(self.codes):
            emit(self.refused, [str(number)])
            self._show()
        elif number in self.chosen:
            self._set([n for n in self.chosen if n != number])
        else:
            self._set([*self.chosen, number])

    def _set(self, numbers: list[int]) -> None:
        self.chosen = numbers
        for number, button in enumerate(self.buttons, start=1):
            button.setChecked(number in numbers)
        self._show()
        emit(self.edited)

    def _show(self) -> None:
        text = ", ".join(str(n) for n in sorted(self.chosen))
        pending = self.edit.pending
        self.edit.setText(f"{text}, {pending}…" if text and pending else
                          f"{pending}…" if pending else text)

    def settle(self) -> None:
        self.edit.settle()

    def value(self) -> Any:
        return [self.codes[n - 1] for n in sorted(self.chosen)] or None

    def set_value(self, value: Any) -> None:
        self.edit.pending = ""
        self._set([self.codes.index(c) + 1 for c in value or [] if c in self.codes])
