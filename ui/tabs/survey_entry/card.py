"""The card being typed: the survey's questions in order, walked through with Enter.

Keys in every answer field: Enter or Tab checks the answer and moves to the next field
(a wrong one is refused there and then, the cursor stays); Enter in the last field saves the
card; Ctrl+Enter saves from anywhere; Shift+Tab goes back unchecked; Shift+Enter starts a new
line in a free-text answer; Esc leaves the correction of a saved card.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import ValidationError
from cxdesk.i18n import fill
from cxdesk.services.survey_entry import EntrySurvey, check_card
from ui.context import AppContext
from ui.qtcompat import emit
from ui.tabs.survey_entry.customer_link import CustomerLink
from ui.tabs.survey_entry.question_row import ERROR_STYLE, HINT_STYLE, TEXT, QuestionRow

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FOCUS_MOVED = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason,
                Qt.FocusReason.OtherFocusReason)


class CardForm(QWidget):
    save_requested = Signal()  # Enter in the last field, Ctrl+Enter, or the button
    cancel_requested = Signal()  # Esc while a saved card is being corrected

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.survey: EntrySurvey | None = None
        self.rows: list[QuestionRow] = []
        self._owner: dict[QObject, QuestionRow] = {}  # editor -> its question
        self._chain: list[QWidget] = []  # every editor, in card order
        self._last_editor: QWidget | None = None
        self._correcting: int | None = None  # the number of the saved card shown, if any
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.customer = CustomerLink(self._ctx)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.customer, 1)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.pages = QStackedWidget()  # the card, or a word on why there is none
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.scroll)
        self.card_error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.keys_label = QLabel(wordWrap=True, styleSheet=HINT_STYLE)
        self.save_button = QPushButton(autoDefault=True)
        self.cancel_button = QPushButton(visible=False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.card_error, 3)
        bottom.addStretch(1)  # the buttons keep their size when there is no error to show
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.keys_label)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.save_button.clicked.connect(lambda: emit(self.save_requested))
        self.cancel_button.clicked.connect(lambda: emit(self.cancel_requested))
        self.customer.customer_chosen.connect(self.resume)

    def retranslate(self) -> None:
        lang = self._ctx.translations.language
        for row in self.rows:
            row.retranslate(lang)
        self.empty_label.setText(self.tr("Choose the survey of the cards above."))
        self.keys_label.setText(self.tr(
            "Enter: next field · Shift+Enter: new line in a text · Ctrl+Enter: save the card · "
            "Ctrl+Z on a blank card: undo the last saved one"))
        self.cancel_button.setText(self.tr("Cancel correction (Esc)"))
        self._show_mode()

    def _show_mode(self) -> None:
        if self._correcting is None:
            self.title.setText(self.tr("New card"))
            self.save_button.setText(self.tr("Sa&ve card"))
        else:
            self.title.setText(fill(self.tr("Correcting card %1"), self._correcting))
            self.save_button.setText(self.tr("Sa&ve changes"))
        self.cancel_button.setVisible(self._correcting is not None)

    # building

    def set_survey(self, survey: EntrySurvey | None) -> None:
        """Lay out a blank card for `survey` (None: no card)."""
        self.survey = survey
        self.rows, self._owner, self._chain, self._last_editor = [], {}, [], None
        self._correcting = None
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.pages.setCurrentWidget(self.scroll if survey and survey.questions
                                    else self.empty_label)
        if survey is None or not survey.questions:
            self.retranslate()
            return
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(TEXT, 1)
        grid.setVerticalSpacing(4)
        top = 0
        mark = not all(q.required for q in survey.questions)
        for number, question in enumerate(survey.questions, start=1):
            row = QuestionRow(question, number, grid, top, body, mark_required=mark)
            top += row.rows
            self.rows.append(row)
            for editor in row.field.editors():
                self._owner[editor] = row
                self._chain.append(editor)
                editor.installEventFilter(self)
        grid.setRowStretch(top, 1)
        self.scroll.setWidget(body)
        order = [self.customer.edit, *self._chain, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def set_correcting(self, number: int | None) -> None:
        self._correcting = number
        self._show_mode()

    def correcting(self) -> int | None:
        return self._correcting

    # the answers

    def answers(self) -> dict[str, Any]:
        values = {row.question.code: row.field.value() for row in self.rows}
        return {code: value for code, value in values.items() if value is not None}

    def is_blank(self) -> bool:
        return not self.answers() and self.customer.customer_id() is None

    def load(self, answers: dict[str, Any], customer_id: int | None, customer: str) -> None:
        self.clear()
        for row in self.rows:
            row.field.set_value(answers.get(row.question.code))
        self.customer.set_customer(customer_id, customer)

    def clear(self) -> None:
        for row in self.rows:
            row.field.clear()
            row.clear_error()
        self.customer.clear()
        self.card_error.hide()

    def check(self) -> bool:
        """Every field, then the card as a whole; the first problem gets the cursor."""
        for row in self.rows:
            row.field.settle()
        bad = [row for row in self.rows
               if row.stop_once() or not row.check(row.field.value(), required=True)]
        if bad:
            self._focus(bad[0].field.editors()[0])
            return False
        try:
            if self.survey is not None:
                check_card(self.survey, self.answers())  # e.g. a card with no answer at all
        except ValidationError as exc:
            self.show_error(exc.field, str(exc))
            return False
        self.card_error.hide()
        return True

    def show_error(self, code: str | None, message: str) -> None:
        """A save refused: the message under its question (or under the card)."""
        row = next((r for r in self.rows if r.question.code == code), None)
        if row is None:
            self.card_error.setText(message)
            self.card_error.show()
            return
        row.show_error(message)
        self._focus(row.field.editors()[0])

    def focus_first(self) -> None:
        if self._chain:
            self._focus(self._chain[0])

    # keys

    def _focus(self, editor: QWidget) -> None:
        editor.setFocus(Qt.FocusReason.TabFocusReason)  # a line edit selects what it holds
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def _advance(self, editor: QWidget, *, save_at_end: bool = True) -> bool:
        """Check the answer the cursor leaves; move on (or save) when it passes."""
        row = self._owner[editor]
        row.field.settle()
        value, done = row.field.check_value(editor)
        if row.stop_once() or not row.check(value, required=done):
            self._focus(editor)
            return False
        index = self._chain.index(editor)
        if index + 1 < len(self._chain):
            self._focus(self._chain[index + 1])
        elif save_at_end:
            emit(self.save_requested)
        return True

    def resume(self) -> None:
        """The cursor back where it was in the card (the first field of a blank one)."""
        editor = self._last_editor if not self.is_blank() else None
        editor = editor or (self._chain[0] if self._chain else None)
        if editor is not None:
            self._focus(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched not in self._owner:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(watched, event)
        if kind == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            # on a blank card Ctrl+Z is the batch's (undo the last card), not the field's
            return self.is_blank()
        if kind == QEvent.Type.FocusIn:
            self._last_editor = watched
            self.scroll.ensureWidgetVisible(watched, 40, 60)
        elif kind == QEvent.Type.FocusOut and event.reason() in _FOCUS_MOVED:
            row = self._owner[watched]  # left by Shift+Tab or the mouse: say what is wrong
            value, _done = row.field.check_value(watched)
            if value is not None and not row.has_error():  # an error shown stays till edited
                row.check(value, required=False)  # (and stops the next Enter there)
        return super().eventFilter(watched, event)

    def _key(self, editor: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in _ENTER:
            if mods & Qt.KeyboardModifier.ControlModifier:
                emit(self.save_requested)
            elif mods & Qt.KeyboardModifier.ShiftModifier and isinstance(editor, QPlainTextEdit):
                editor.insertPlainText("\n")
            else:
                self._advance(editor)
            return True
        if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            last = editor is self._chain[-1]
            passed = self._advance(editor, save_at_end=False)
            return not (last and passed)  # past the last field Tab goes on to the button
        if key == Qt.Key.Key_Escape and self._correcting is not None:
            emit(self.cancel_requested)
            return True
        return False
