"""The Feedback log: complaints, reviews, mentions, calls and claims, and the answers to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cxdesk.db.models import FeedbackSource, FeedbackStatus
from cxdesk.i18n import fill
from cxdesk.services import actions, feedback
from cxdesk.services.search import excerpt
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.answer_dialog import AnswerDialog
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.enum_labels import enum_items
from ui.qtcompat import emit
from ui.tabs.feedback.model import FeedbackItem, FeedbackModel, load_items
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choices, load_choices
from ui.widgets.record_list import RecordList


class FeedbackTab(QWidget):
    page_name = "feedback_tab"
    feedback_changed = Signal()  # after any add, change, answer, close or delete
    action_created = Signal(int)  # the id of an improvement action made from an entry

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._build_ui()
        self._connect()
        self.retranslate()
        self.records.refresh()

    def _build_ui(self) -> None:
        self.model = FeedbackModel(self)
        db = self._ctx.db
        self.status_filter = ChoiceCombo()
        self.source_filter = ChoiceCombo()
        self.records = RecordList(self._ctx, self.model, lambda search: load_items(
            db, search, self._status, self._source))
        self.answer_button = QPushButton()
        self.close_button = QPushButton()
        self.action_button = QPushButton()
        for button in (self.answer_button, self.close_button, self.action_button):
            self.records.add_action(button)
        self.records.add_filter(self.status_filter)
        self.records.add_filter(self.source_filter)
        self.records.filters_active = lambda: (self.status_filter.value() is not None
                                               or self.source_filter.value() is not None)
        self.records.count_text = self._count_text
        self.records.sort_by(FeedbackModel.RECEIVED, descending=True)
        self.legend = QLabel(wordWrap=True)
        self.legend.setObjectName("feedback_legend")
        layout = QVBoxLayout(self)
        layout.addWidget(self.records, 1)
        layout.addWidget(self.legend)
        self.add_button, self.edit_button = self.records.add_button, self.records.edit_button
        self.delete_button, self.table = self.records.delete_button, self.records.table
        self.search_edit, self.count_label = self.records.search_edit, self.records.count_label
        self._status = self._source = None
        self._update_buttons()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.records.activated.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.answer_button.clicked.connect(self.answer_entry)
        self.close_button.clicked.connect(self.close_entry)
        self.action_button.clicked.connect(self.create_action)
        self.records.selection_changed.connect(self._update_buttons)
        self.records.loaded.connect(self._update_buttons)
        self.records.saved.connect(lambda: emit(self.feedback_changed))
        for combo in (self.status_filter, self.source_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filter())

    def retranslate(self) -> None:
        self.answer_button.setText(self.tr("Ans&wer…"))
        self.answer_button.setToolTip(self.tr("Record the answer given to this entry"))
        self.action_button.setText(self.tr("Create improvement action"))
        self.action_button.setToolTip(self.tr(
            "Turn this entry into an improvement action with an owner and a due date"))
        self.status_filter.set_items(enum_items(FeedbackStatus), self.tr("All statuses"))
        self.source_filter.set_items(enum_items(FeedbackSource), self.tr("All sources"))
        self.records.set_search_placeholder(self.tr("Search text, author, customer, answer"))
        self.records.error_title = self.tr("Feedback log")
        self.legend.setText(self.tr(
            "Negative entries still without an answer are marked in red with how long they "
            "have waited: a negative one needs an answer."))
        self.records.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _count_text(self, n: int, filtered: bool) -> str:
        return (self.tr("%n entries found", "", n) if filtered
                else self.tr("%n entries", "", n))

    def _filter(self) -> None:
        self._status, self._source = self.status_filter.value(), self.source_filter.value()
        self.records.refresh()

    def refresh(self) -> None:
        self.records.refresh()

    def selected(self) -> FeedbackItem | None:
        return self.records.selected_row()

    def _update_buttons(self) -> None:
        item = self.selected()
        self.answer_button.setEnabled(item is not None)
        self.action_button.setEnabled(item is not None)
        self.close_button.setEnabled(item is not None)
        closed = item is not None and item.entry.status == FeedbackStatus.CLOSED
        self.close_button.setText(self.tr("&Reopen") if closed else self.tr("C&lose"))

    # actions

    def _with_choices(self, then: Callable[[Choices], Any]) -> None:
        """Load the customers, locations and staff a form offers, then open it."""
        db = self._ctx.db
        self._ctx.tasks.run(lambda: load_choices(db), then, self.records.show_failure)

    def add_entry(self) -> None:
        db = self._ctx.db
        self._with_choices(lambda choices: self.records.ask_and_save(
            lambda form, error: FeedbackDialog.edit(self, None, choices, form, error),
            lambda form: feedback.create_feedback(db, form)))

    def edit_entry(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return
        row = item.entry
        self._with_choices(lambda choices: self.records.ask_and_save(
            lambda form, error: FeedbackDialog.edit(self, row, choices, form, error),
            lambda form: feedback.update_feedback(db, row.id, form), row.id))

    def answer_entry(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return
        row = item.entry
        self._with_choices(lambda choices: self.records.ask_and_save(
            lambda form, error: AnswerDialog.ask(self, row, choices, form, error),
            lambda answer: feedback.answer_entry(db, row.id, answer.text, answer.staff_id,
                                                 answer.at), row.id))

    def close_entry(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return
        row = item.entry
        if row.status != FeedbackStatus.CLOSED:
            status = FeedbackStatus.CLOSED
        else:
            status = FeedbackStatus.ANSWERED if row.answer else FeedbackStatus.NEW
        self.records.write(lambda: feedback.set_feedback_status(db, row.id, status), row.id)

    def delete_entry(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return
        text = fill(self.tr("Delete the feedback entry “%1”? This cannot be undone."),
                    excerpt(item.entry.text, 60))
        if messages.confirm(self, self.tr("Delete feedback entry"), text, destructive=True):
            self.records.write(lambda: feedback.delete_feedback(db, item.id))

    def create_action(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return

        def done(action_id: int) -> None:
            messages.show_info(self, self.tr("Improvement action"), fill(self.tr(
                "An improvement action was made from this entry: “%1”. Give it an owner and a "
                "due date on the Improvement actions page."), excerpt(item.entry.text, 60)))
            emit(self.action_created, action_id)

        self._ctx.tasks.run(lambda: actions.action_from_feedback(db, item.id), done,
                            self.records.show_failure, write=True)
