"""One question of the card: its number, text, field, hint, options and error, on a shared grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cxdesk.db.models import QuestionKind
from cxdesk.errors import ValidationError
from cxdesk.i18n import fill
from cxdesk.services.survey_entry import SCORES, EntryQuestion, check_field
from ui.tabs.survey_entry.choices import ChoiceField, MultiField
from ui.tabs.survey_entry.fields import (
    Field,
    NumberField,
    PairField,
    ScoreField,
    TextField,
    YesNoField,
)

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(placeholder-text);"
NUMBER, TEXT, FIELD, HINT = range(4)  # the grid's columns
OPTION_COLUMNS = 2
LABEL_TOP = 4
FIELDS: dict[QuestionKind, type[Field]] = {
    **dict.fromkeys(SCORES, ScoreField),
    QuestionKind.NUMBER: NumberField,
    QuestionKind.YES_NO: YesNoField,
    QuestionKind.SINGLE: ChoiceField,
    QuestionKind.MULTI: MultiField,
    QuestionKind.TEXT: TextField,
    QuestionKind.SERVQUAL: PairField,
}


class QuestionRow(QObject):
    """Lays itself out on rows `top`… of the card's grid; knows how to check its field."""

    def __init__(self, question: EntryQuestion, number: int, grid: QGridLayout, top: int,
                 parent: QWidget, *, mark_required: bool = True) -> None:
        super().__init__(parent)
        self.question = question
        self.number = number
        self.mark_required = mark_required  # not on a card where every answer is required
        self._unseen = False  # an error is showing that no Enter was stopped by yet
        self.field: Field = FIELDS[question.kind](question, parent)
        self.number_label = QLabel(f"{number}.", parent)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(parent, wordWrap=True)
        self.text_label.setBuddy(self.field.editors()[0])
        self.hint_label = QLabel(parent, styleSheet=HINT_STYLE)
        for label in (self.number_label, self.text_label, self.hint_label):
            label.setContentsMargins(0, LABEL_TOP, 0, 0)  # level with the text in the field
        self.error_label = QLabel(parent, wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.error_label.setObjectName(f"{question.code}_error")
        self.rows = self._place(grid, top, parent)
        self.field.edited.connect(self.clear_error)
        self.field.refused.connect(self._refused)

    def _place(self, grid: QGridLayout, top: int, parent: QWidget) -> int:
        """Put the widgets on the grid; returns how many grid rows they take."""
        grid.addWidget(self.number_label, top, NUMBER, Qt.AlignmentFlag.AlignTop)
        row = top
        if self.question.kind is QuestionKind.TEXT:  # a long answer gets the card's width
            grid.addWidget(self.text_label, row, TEXT, 1, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.hint_label, row, HINT, Qt.AlignmentFlag.AlignTop)
            row += 1
            grid.addWidget(self.field, row, TEXT, 1, 3)
        else:
            grid.addWidget(self.text_label, row, TEXT, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.field, row, FIELD, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.hint_label, row, HINT, Qt.AlignmentFlag.AlignTop)
        buttons = self.field.option_buttons()
        if buttons:
            box = QWidget(parent)
            options = QGridLayout(box)
            options.setContentsMargins(0, 0, 0, 0)
            options.setVerticalSpacing(0)
            per_column = -(-len(buttons) // OPTION_COLUMNS)
            for index, button in enumerate(buttons):
                options.addWidget(button, index % per_column, index // per_column)
            row += 1
            grid.addWidget(box, row, TEXT, 1, 3)
        row += 1
        grid.addWidget(self.error_label, row, TEXT, 1, 3)
        return row - top + 1

    def retranslate(self, lang: str) -> None:
        q = self.question
        # "&" would make a mnemonic of the next letter (the label has a buddy)
        self.text_label.setText((q.text_in(lang) or q.code).replace("&", "&&"))
        self.field.retranslate()
        for number, (button, text) in enumerate(
                zip(self.field.option_buttons(), q.option_texts(lang), strict=True), start=1):
            button.setText(f"{number}  {text.replace('&', '&&')}")
        self.hint_label.setText(self._hint(lang))
        low, high = q.label_in("min", lang), q.label_in("max", lang)
        tip = ""
        if low and high:
            tip = fill(self.tr("%1 = %2, %3 = %4"), q.scale_min, low, q.scale_max, high)
        self.hint_label.setToolTip(tip)
        self.field.setToolTip(tip)

    def _hint(self, lang: str) -> str:
        hint = self._kind_hint(lang)
        if not (self.question.required and self.mark_required):
            return hint
        return fill(self.tr("%1, required"), hint) if hint else self.tr("required")

    def _kind_hint(self, lang: str) -> str:
        q = self.question
        scale = f"{q.scale_min}–{q.scale_max}" if None not in (q.scale_min, q.scale_max) else ""
        if q.kind in SCORES or q.kind is QuestionKind.SERVQUAL:
            return scale
        if q.kind is QuestionKind.NUMBER:
            return " ".join(part for part in (scale, q.unit_in(lang)) if part)
        if q.kind is QuestionKind.YES_NO:
            return self.tr("1 yes, 0 no")
        if q.kind is QuestionKind.SINGLE:
            return fill(self.tr("one of 1–%1"), len(q.options))
        if q.kind is QuestionKind.MULTI:
            return fill(self.tr("any of 1–%1"), len(q.options))
        return self.tr("Shift+Enter: new line")

    # checking

    def check(self, value: Any, *, required: bool) -> bool:
        """Show the core's verdict on `value` under the question; True when it passes."""
        try:
            check_field(self.question, value, required=required)
        except ValidationError as exc:
            self.show_error(str(exc))
            return False
        self.clear_error()
        return True

    def show_error(self, message: str) -> None:
        # the message names the question by its code; under the question itself it need not
        prefix = f"{self.question.code}: "
        self.error_label.setText(message.removeprefix(prefix))
        self.error_label.show()
        self._unseen = True

    def clear_error(self) -> None:
        self.error_label.hide()
        self._unseen = False

    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    def stop_once(self) -> bool:
        """True the first time it is asked after an error appeared: the key that would leave
        the field (or save the card) stops there, so the message is seen even when the value
        left would pass (a keystroke the field turned away: "1" kept of "1ф")."""
        unseen, self._unseen = self._unseen, False
        return unseen and self.has_error()

    def _refused(self, value: Any) -> None:
        if self.check(value, required=False):  # a pattern stricter than the core: say why
            self.show_error(self.tr("Only digits are taken here."))
