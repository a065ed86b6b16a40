"""The Survey entry page: a pile of paper cards typed in one batch, by keyboard alone."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget

from cxdesk.errors import CxdeskError, NotFoundError, ValidationError
from cxdesk.i18n import fill
from cxdesk.services import org, survey_templates
from cxdesk.services.responses import (
    ResponseForm,
    answers_of,
    delete_response,
    record_response,
    update_response,
)
from cxdesk.services.survey_entry import EntrySurvey, card_moment, load_entry_survey, new_batch_key
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.survey_entry.batch import BatchPanel
from ui.tabs.survey_entry.card import CardForm
from ui.tabs.survey_entry.header import BatchHeader
from ui.tabs.survey_entry.model import SavedCard

log = logging.getLogger(__name__)
DEFAULT_FAMILY = "exit"


def _lists(db) -> tuple:
    """What the header offers, and the survey to start with (the exit survey if there is one)."""
    try:
        default = survey_templates.current_survey_id(db, DEFAULT_FAMILY)
    except NotFoundError:
        default = None
    return (survey_templates.list_surveys(db, include_archived=False),
            org.list_locations(db, active_only=True), org.list_staff(db, active_only=True),
            default)


class SurveyEntryTab(QWidget):
    page_name = "survey_entry_tab"
    card_saved = Signal(int)  # the response id of a new or corrected card
    card_deleted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._batch_key: str | None = None  # set by the batch's first card
        self._correcting_id: int | None = None  # the saved card loaded back into the form
        self._saving = False
        self._shown = False
        self._build_ui()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build_ui(self) -> None:
        self.header = BatchHeader()
        self.card = CardForm(self._ctx)
        self.batch = BatchPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(self.card)
        self.splitter.addWidget(self.batch)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.status_label = QLabel()
        self.status_label.setObjectName("entry_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.header.survey_changed.connect(self._survey_chosen)
        self.header.done.connect(self.card.focus_first)
        self.card.save_requested.connect(self.save_card)
        self.card.cancel_requested.connect(self.cancel_correction)
        self.batch.correct_requested.connect(self.correct_card)
        self.batch.delete_requested.connect(self.delete_card)
        self.batch.undo_requested.connect(self.undo_last)
        self.batch.new_batch_requested.connect(self.new_batch)
        self.batch.left.connect(self.card.resume)
        shortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        lang = self._ctx.translations.language
        self.header.retranslate(lang)
        self.card.retranslate()
        self.batch.retranslate(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown:
            self.refresh()  # staff or surveys may have changed on another page meanwhile
        else:  # the card first: three fifths of the width
            self.splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        self._shown = True
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            return
        if self.batch.model.rowCount() or not self.card.is_blank():
            self.card.resume()  # back to a batch under way
        else:
            self.header.survey_combo.setFocus(Qt.FocusReason.OtherFocusReason)  # choices first

    def _status(self, text: str) -> None:
        self.status_label.setText(text)

    # loading

    def refresh(self) -> None:
        db = self._ctx.db
        self._ctx.tasks.run(lambda: _lists(db), self._lists_loaded, self._failed)

    def _lists_loaded(self, result: tuple) -> None:
        surveys, locations, staff, default = result
        self.header.fill(surveys, locations, staff, default)
        self._survey_chosen()

    def _survey_chosen(self) -> None:
        survey_id, db = self.header.survey_id(), self._ctx.db
        if self.card.survey is None or self.card.survey.id != survey_id:
            self._ctx.tasks.run(lambda: survey_id and load_entry_survey(db, survey_id),
                                self._survey_loaded, self._failed)

    def _survey_loaded(self, survey: EntrySurvey | None) -> None:
        if survey is not None and survey.id != self.header.survey_id():
            return  # another survey was chosen meanwhile
        had_cards = self.batch.model.rowCount() > 0
        self.card.set_survey(survey)
        self._start_batch(survey)
        if had_cards:
            self._status(self.tr("Another survey: a new batch started; saved cards stay saved."))
        focus = QApplication.focusWidget()
        if survey is not None and self.isVisible() and not (
                focus is not None and self.header.isAncestorOf(focus)):
            self.card.focus_first()  # unless the header is still being filled in

    def _start_batch(self, survey: EntrySurvey | None) -> None:
        self._batch_key = None
        self._correcting_id = None
        self.card.set_correcting(None)
        self.batch.model.set_survey(survey)
        self.batch.clear_pile()
        self.batch.fit_columns()

    # saving

    def unsaved_work(self) -> str | None:
        """What closing the window now would lose (MainWindow asks before it closes)."""
        if self.card.survey is None or self.card.is_blank():
            return None
        if self._correcting_id is not None:
            return self.tr("a correction of a survey card, not saved")
        return self.tr("a survey card typed in and not saved")

    def save_card(self) -> None:
        """Check the card here, then record it (or its correction) in one transaction."""
        survey = self.card.survey
        if self._saving or survey is None or not self.card.check():
            return
        answers = self.card.answers()
        customer_id, customer = self.card.customer.customer_id(), self.card.customer.text()
        db = self._ctx.db
        correcting = self._correcting_id
        if correcting is None:
            if self._batch_key is None:
                self._batch_key = new_batch_key(datetime.now())
            form = ResponseForm(
                survey.id, card_moment(self.header.day()), answers,
                location_id=self.header.location_id(), staff_id=self.header.staff_id(),
                customer_id=customer_id, channel=self.header.channel(), batch=self._batch_key)
            saved = SavedCard(0, self.batch.model.next_number(), form, self.header.staff_name(),
                              customer)

            def write() -> int:
                return record_response(db, form)
        else:
            old = self.batch.model.card(self.batch.model.row_of(correcting))
            form = replace(old.form, answers=answers, customer_id=customer_id)
            saved = replace(old, form=form, customer=customer)

            def write() -> int:
                update_response(db, correcting, form)
                return correcting

        self._saving = True
        self._ctx.tasks.run(write, lambda response_id: self._saved(response_id, saved),
                            self._save_failed, write=True)

    def _saved(self, response_id: int, saved: SavedCard) -> None:
        self._saving = False
        saved.response_id = response_id
        model = self.batch.model
        row = model.row_of(response_id)
        if row is None:
            model.add(saved)
            self.batch.table.scrollToBottom()
            self._status(fill(self.tr("Card %1 saved."), saved.number))
        else:
            model.replace(row, saved)
            self._status(fill(self.tr("Card %1 corrected."), saved.number))
        self._correcting_id = None
        self.card.set_correcting(None)
        self.card.clear()
        self.card.focus_first()
        emit(self.card_saved, response_id)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            self.card.show_error(error.field, str(error))  # the card stays as typed
        else:
            self._failed(error)

    # correcting and removing

    def correct_card(self, row: int) -> None:
        """Load a saved card back into the form; saving it then updates that response."""
        saved = self.batch.model.card(row)
        if not self.card.is_blank() and self._correcting_id != saved.response_id:
            text = fill(self.tr("The card being typed is not saved. Drop it and open card %1?"),
                        saved.number)
            if not messages.confirm(self, self.tr("Correct a card"), text):
                return
        db = self._ctx.db
        self._ctx.tasks.run(lambda: answers_of(db, saved.response_id),
                            lambda answers: self._loaded_back(saved, answers), self._failed)

    def _loaded_back(self, saved: SavedCard, answers: dict) -> None:
        if self.batch.model.row_of(saved.response_id) is None:
            return  # removed meanwhile
        self._correcting_id = saved.response_id
        self.card.load(answers, saved.form.customer_id, saved.customer)
        self.card.set_correcting(saved.number)
        self.card.focus_first()
        self._status(fill(self.tr("Correcting card %1: the last Enter saves it, Esc cancels."),
                          saved.number))

    def cancel_correction(self) -> None:
        self._correcting_id = None
        self.card.set_correcting(None)
        self.card.clear()
        self.card.focus_first()
        self._status(self.tr("Correction cancelled; the saved card is unchanged."))

    def delete_card(self, row: int) -> None:
        saved = self.batch.model.card(row)
        text = fill(self.tr("Delete card %1 of this batch from the database?"), saved.number)
        if messages.confirm(self, self.tr("Delete card"), text, destructive=True):
            self._remove(saved.response_id, self.tr("Card %1 deleted."))

    def undo_last(self) -> None:
        """Ctrl+Z: the card saved last leaves the database again."""
        cards = self.batch.model.cards()
        if self._saving or not cards:
            self._status(self.tr("Nothing to undo in this batch."))
            return
        self._remove(cards[-1].response_id, self.tr("Card %1 removed (undo)."))

    def _remove(self, response_id: int, message: str) -> None:
        db = self._ctx.db

        def done(_result) -> None:
            row = self.batch.model.row_of(response_id)
            if row is not None:
                removed = self.batch.model.remove(row)
                self._status(fill(message, removed.number))
            if self._correcting_id == response_id:
                self._correcting_id = None
                self.card.set_correcting(None)
                self.card.clear()
            emit(self.card_deleted, response_id)

        self._ctx.tasks.run(lambda: delete_response(db, response_id), done, self._failed,
                            write=True)

    def new_batch(self) -> None:
        self._start_batch(self.card.survey)
        self.card.clear()
        self.card.focus_first()
        self._status(self.tr("A new batch started; the cards saved before stay saved."))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("survey entry", exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.tr("Survey entry"), text)
