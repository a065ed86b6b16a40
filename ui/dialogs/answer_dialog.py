"""Record the answer given to a feedback entry: what was said, by whom, when."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from cxdesk.db.models import FeedbackStatus
from cxdesk.errors import ValidationError
from cxdesk.services.feedback import FeedbackRow, validate_feedback
from ui.dialogs.record_form import RecordForm
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choices, offered
from ui.widgets.moment_edit import MomentEdit


@dataclass(frozen=True)
class AnswerForm:
    text: str
    staff_id: int | None
    at: datetime | None


class AnswerDialog(RecordForm):
    """`AnswerDialog.ask(parent, row, choices) -> AnswerForm | None`."""

    def __init__(self, parent: QWidget | None, row: FeedbackRow, choices: Choices,
                 form: AnswerForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer_dialog")
        self._row = row
        self._choices = choices
        self._initial = form or AnswerForm(row.answer, row.answered_by_id,
                                           datetime.now().replace(microsecond=0))
        self.entry_label = QLabel(wordWrap=True)
        self.entry_label.setText(row.text)
        self.entry_label.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.text_edit = QPlainTextEdit(tabChangesFocus=True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.staff_combo = ChoiceCombo()
        self.at_edit = MomentEdit()
        self.add_field("entry", self.entry_label)
        self.add_field("answer", self.text_edit)
        self.add_field("answered_by_id", self.staff_combo)
        self.add_field("answered_at", self.at_edit)
        self.setMinimumWidth(560)
        self.retranslate()
        self.text_edit.setPlainText(self._initial.text)
        self.staff_combo.set_value(self._initial.staff_id)
        self.at_edit.set_value(self._initial.at)
        self.text_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, row: FeedbackRow, choices: Choices,
            form: AnswerForm | None = None,
            error: ValidationError | None = None) -> AnswerForm | None:
        dialog = cls(parent, row, choices, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Answer the feedback"))
        self.labels["entry"].setText(self.tr("They wrote:"))
        self.labels["answer"].setText(self.tr("&Answer given:"))
        self.labels["answered_by_id"].setText(self.tr("Answered &by:"))
        self.labels["answered_at"].setText(self.tr("Answered &at:"))
        self.staff_combo.set_items(offered(self._choices.staff, self._initial.staff_id),
                                   none_text=self.tr("— none —"))
        self.text_edit.setPlaceholderText(self.tr(
            "What we answered: the apology, the explanation, what we changed"))

    def validated(self) -> AnswerForm:
        text = self.text_edit.toPlainText().strip()
        if not text:
            raise ValidationError(self.tr("Enter the answer given."), "answer")
        answer = AnswerForm(text, self.staff_combo.value(), self.at_edit.value())
        # the service's rules for the whole entry: length, not before the feedback came
        validate_feedback(replace(self._row.form(), answer=answer.text,
                                  answered_by_id=answer.staff_id, answered_at=answer.at,
                                  status=FeedbackStatus.ANSWERED))
        return answer
