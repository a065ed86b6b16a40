"""One answer field per question kind, made for typing a paper card without the mouse.

Every field keeps what was typed; the core's `check_field` decides what is valid, so the
messages come from one place. A keystroke a field turns away is announced by `refused` with
the value it would have made, and the card shows the core's verdict on it at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cxdesk.services.survey_entry import EntryQuestion
from ui.qtcompat import emit

# yes/no as typed on either keyboard layout: 1/0, y/n, д/н (да/нет), т/н (так/ні)
YES = {"1", "y", "yes", "д", "да", "т", "так", "+", "true"}
NO = {"0", "n", "no", "н", "нет", "ні", "-", "false"}


class RefusingValidator(QRegularExpressionValidator):
    """The pattern's validator, telling `refused` which text it turned away."""

    def __init__(self, pattern: str, refused, parent=None) -> None:
        super().__init__(QRegularExpression(pattern), parent)
        self._refused = refused

    def validate(self, text: str, pos: int):
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:
            self._refused(text)
        return result


def digits(question: EntryQuestion) -> int:
    return max(len(str(abs(v))) for v in (question.scale_min or 0, question.scale_max or 99))


def line_edit(width_chars: int, edit: QLineEdit | None = None) -> QLineEdit:
    """`edit` (a new QLineEdit by default) sized for `width_chars` digits, centred."""
    edit = edit if edit is not None else QLineEdit()
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0" * width_chars) + 24)
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return edit


def row_layout(widget: QWidget, *children: QWidget, stretch: bool = True) -> None:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for child in children:
        layout.addWidget(child)
    if stretch:
        layout.addStretch(1)


class Field(QWidget):
    """What the card needs of a field (no text of its own here: see `ui` tr() contexts)."""

    edited = Signal()  # the content changed: the old error no longer applies
    refused = Signal(object)  # a keystroke was turned away; the value it would have made

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def editors(self) -> list[QWidget]:
        raise NotImplementedError

    def value(self) -> Any:
        """The raw answer for `check_field`; None when blank."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored answer (as `answers_of` gives it)."""
        raise NotImplementedError

    def check_value(self, editor: QWidget) -> tuple[Any, bool]:
        """What to check when the cursor leaves `editor`, and whether the field is done."""
        return self.value(), True

    def option_buttons(self) -> list[QAbstractButton]:
        return []

    def retranslate(self) -> None:
        """Texts of the field's own (none but yes/no and the pair)."""

    def settle(self) -> None:
        """Finish a half-typed entry before the value is read."""

    def clear(self) -> None:
        self.set_value(None)


class ScoreField(Field):
    """NPS, CSAT, CES, rating: digits only, as many as the scale's largest score has."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        n = digits(question)
        self.edit = line_edit(n)
        sign = "-?" if (question.scale_min or 0) < 0 else ""
        self.edit.setValidator(RefusingValidator(
            rf"{sign}\d{{0,{n}}}", lambda text: emit(self.refused, text), self.edit))
        self.edit.textChanged.connect(lambda _text: emit(self.edited))
        row_layout(self, self.edit)

    def editors(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else f"{float(value):g}")


class NumberField(ScoreField):
    """A number such as minutes waited: digits with one decimal comma or point."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        sign = "-?" if question.scale_min is None or question.scale_min < 0 else ""
        self.edit.setValidator(RefusingValidator(
            rf"{sign}\d{{0,7}}([.,]\d{{0,3}})?", lambda text: emit(self.refused, text),
            self.edit))
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0" * 6) + 24)


class YesNoField(Field):
    """1/0, y/n, д/н, т/н (or the whole word); what it means is shown next to it."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = line_edit(3)
        self.edit.setMaxLength(5)
        self.meaning = QLabel()
        self.edit.textChanged.connect(self._changed)
        row_layout(self, self.edit, self.meaning)

    def editors(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        token = self.edit.text().strip().casefold()
        if not token:
            return None
        if token in YES:
            return True
        return False if token in NO else self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else ("1" if float(value) else "0"))

    def _changed(self, _text: str) -> None:
        self.retranslate()
        emit(self.edited)

    def retranslate(self) -> None:
        value = self.value()
        self.meaning.setText(self.tr("yes") if value is True else
                             self.tr("no") if value is False else "")


class TextField(Field):
    """Free text over several lines: Enter moves on like everywhere, Shift+Enter starts a
    new line (the card's key filter does both)."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.textChanged.connect(lambda: emit(self.edited))
        row_layout(self, self.edit, stretch=False)

    def editors(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class PairField(Field):
    """SERVQUAL: the expectation (E) then the perception (P), each a score of the scale."""

    def __init__(self, question: EntryQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        n = digits(question)
        self.expected, self.perceived = line_edit(n), line_edit(n)
        self.expected_label, self.perceived_label = QLabel(), QLabel()
        for edit, label in ((self.expected, self.expected_label),
                            (self.perceived, self.perceived_label)):
            edit.setValidator(RefusingValidator(
                rf"\d{{0,{n}}}", lambda text: emit(self.refused, (text, text)), edit))
            edit.textChanged.connect(lambda _text: emit(self.edited))
            label.setBuddy(edit)
        row_layout(self, self.expected_label, self.expected, self.perceived_label, self.perceived)

    def editors(self) -> list[QWidget]:
        return [self.expected, self.perceived]

    def retranslate(self) -> None:
        self.expected_label.setText(self.tr("E"))
        self.perceived_label.setText(self.tr("P"))
        self.expected.setToolTip(self.tr("Expectation: how it should be"))
        self.perceived.setToolTip(self.tr("Perception: how it was"))

    def value(self) -> Any:
        pair = (self.expected.text().strip(), self.perceived.text().strip())
        if all(pair):
            return pair
        # one of the two: a 1-tuple, which the core refuses as "give both"
        return tuple(part for part in pair if part) or None

    def check_value(self, editor: QWidget) -> tuple[Any, bool]:
        if editor is self.expected:  # the expectation alone: its scale, nothing else yet
            text = self.expected.text().strip()
            return ((text, text) if text else None), False
        return self.value(), True

    def set_value(self, value: Any) -> None:
        expected, perceived = value if value is not None else (None, None)
        self.expected.setText("" if expected is None else f"{float(expected):g}")
        self.perceived.setText("" if perceived is None else f"{float(perceived):g}")
