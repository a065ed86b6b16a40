"""The form of one feedback entry: a complaint, a review, a mention, a call or a claim."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from cxdesk.db.models import FeedbackSource, FeedbackStatus, Sentiment
from cxdesk.errors import ValidationError
from cxdesk.services.feedback import (
    AUTHOR_MAX,
    URL_MAX,
    FeedbackForm,
    FeedbackRow,
    validate_feedback,
)
from ui.dialogs.record_form import RecordForm
from ui.enum_labels import enum_items
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choices, offered
from ui.widgets.moment_edit import MomentEdit


def stars(rating: int | None) -> str:
    return "" if rating is None else "★" * rating + "☆" * (5 - rating)


class FeedbackDialog(RecordForm):
    """`FeedbackDialog.edit(parent, row | None, choices) -> FeedbackForm | None`."""

    def __init__(self, parent: QWidget | None, row: FeedbackRow | None, choices: Choices,
                 form: FeedbackForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_dialog")
        self._row = row
        self._choices = choices
        self._initial = form or (row.form() if row else FeedbackForm(
            received_at=datetime.now().replace(second=0, microsecond=0)))
        self._build_ui()
        self.retranslate()
        self._load(self._initial)

    @classmethod
    def edit(cls, parent: QWidget | None, row: FeedbackRow | None, choices: Choices,
             form: FeedbackForm | None = None,
             error: ValidationError | None = None) -> FeedbackForm | None:
        """Ask for a new entry (row None) or changes to `row`; `form` and `error` show a form
        again that the database refused."""
        dialog = cls(parent, row, choices, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def _build_ui(self) -> None:
        self.source_combo = ChoiceCombo()
        self.received_edit = MomentEdit(optional=False)
        self.text_edit = QPlainTextEdit(tabChangesFocus=True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.rating_combo = ChoiceCombo()
        self.sentiment_combo = ChoiceCombo()
        self.status_combo = ChoiceCombo()
        self.customer_combo = ChoiceCombo(searchable=True)
        self.location_combo = ChoiceCombo()
        self.author_edit = QLineEdit(maxLength=AUTHOR_MAX)
        self.url_edit = QLineEdit(maxLength=URL_MAX)
        self.answer_edit = QPlainTextEdit(tabChangesFocus=True)
        self.answer_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.answered_by_combo = ChoiceCombo()
        self.answered_at_edit = MomentEdit()
        for field, editor in (
            ("source", self.source_combo), ("received_at", self.received_edit),
            ("rating", self.rating_combo), ("sentiment", self.sentiment_combo),
            ("status", self.status_combo), ("customer_id", self.customer_combo),
            ("location_id", self.location_combo), ("author", self.author_edit),
            ("url", self.url_edit),
        ):
            self.add_field(field, editor)
        for field, editor in (
            ("text", self.text_edit), ("answer", self.answer_edit),
            ("answered_by_id", self.answered_by_combo), ("answered_at", self.answered_at_edit),
        ):
            self.add_field(field, editor, column=1)
        self.setMinimumWidth(900)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New feedback entry") if self._row is None
                            else self.tr("Edit feedback entry"))
        texts = {
            "source": self.tr("&Source:"), "received_at": self.tr("&Received:"),
            "text": self.tr("&Text:"), "rating": self.tr("Ra&ting:"),
            "sentiment": self.tr("Se&ntiment:"), "status": self.tr("Stat&us:"),
            "customer_id": self.tr("&Customer:"), "location_id": self.tr("&Location:"),
            "author": self.tr("A&uthor:"), "url": self.tr("&Link:"),
            "answer": self.tr("&Answer given:"), "answered_by_id": self.tr("Answered &by:"),
            "answered_at": self.tr("Answered &at:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.source_combo.set_items([(v, t) for v, t in enum_items(FeedbackSource)])
        self.status_combo.set_items([(v, t) for v, t in enum_items(FeedbackStatus)])
        self.sentiment_combo.set_items([(v, t) for v, t in enum_items(Sentiment)],
                                       none_text=self.tr("From the rating"))
        self.rating_combo.set_items([(n, stars(n)) for n in range(5, 0, -1)],
                                    none_text=self.tr("No rating"))
        none = self.tr("— none —")
        choices = self._choices
        self.customer_combo.set_items(offered(choices.customers, self._current("customer_id")),
                                      none_text=none)
        self.location_combo.set_items(offered(choices.locations, self._current("location_id")),
                                      none_text=none)
        self.answered_by_combo.set_items(
            offered(choices.staff, self._current("answered_by_id")), none_text=none)
        self.text_edit.setPlaceholderText(self.tr(
            "What the customer wrote or said, word for word"))
        self.author_edit.setPlaceholderText(self.tr("Name or nickname, as signed"))
        self.url_edit.setPlaceholderText(self.tr("Address of the review or post"))
        self.customer_combo.lineEdit().setPlaceholderText(self.tr("Type to search"))

    def _current(self, name: str) -> int | None:
        return getattr(self._initial, name)

    def _load(self, form: FeedbackForm) -> None:
        self.source_combo.set_value(form.source)
        self.received_edit.set_value(form.received_at)
        self.text_edit.setPlainText(form.text)
        self.rating_combo.set_value(form.rating)
        self.sentiment_combo.set_value(form.sentiment)
        self.status_combo.set_value(form.status)
        self.customer_combo.set_value(form.customer_id)
        self.location_combo.set_value(form.location_id)
        self.author_edit.setText(form.author)
        self.url_edit.setText(form.url)
        self.answer_edit.setPlainText(form.answer)
        self.answered_by_combo.set_value(form.answered_by_id)
        self.answered_at_edit.set_value(form.answered_at)

    def form(self) -> FeedbackForm:
        return FeedbackForm(
            source=self.source_combo.value(), received_at=self.received_edit.value(),
            text=self.text_edit.toPlainText(), rating=self.rating_combo.value(),
            sentiment=self.sentiment_combo.value(), status=self.status_combo.value(),
            customer_id=self.customer_combo.value(), location_id=self.location_combo.value(),
            author=self.author_edit.text(), url=self.url_edit.text(),
            answer=self.answer_edit.toPlainText(),
            answered_by_id=self.answered_by_combo.value(),
            answered_at=self.answered_at_edit.value(),
        )

    def validated(self) -> FeedbackForm:
        return validate_feedback(self.form())
