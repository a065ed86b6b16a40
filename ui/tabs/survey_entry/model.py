"""The cards saved in this batch as a Qt table: their number, key answers, comment, people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cxdesk.db.models import QuestionKind
from cxdesk.i18n import fill
from cxdesk.services.responses import ResponseForm
from cxdesk.services.search import excerpt
from cxdesk.services.survey_entry import EntryQuestion, EntrySurvey, key_questions
from ui.qtcompat import emit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COMMENT_LENGTH = 48


@dataclass
class SavedCard:
    """One card as it was saved: its response, what was typed, who it names."""

    response_id: int
    number: int  # in the batch, for good: a removed card's number is not reused by others
    form: ResponseForm  # answers as typed (raw), the batch's header at the time
    staff: str = ""
    customer: str = ""


class BatchModel(QAbstractTableModel):
    NUMBER = 0  # then one column per key question, then COMMENT, STAFF, CUSTOMER
    CARD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[SavedCard] = []
        self._survey: EntrySurvey | None = None
        self._keys: tuple[EntryQuestion, ...] = ()
        self._lang = "en"

    # the rows

    def set_survey(self, survey: EntrySurvey | None) -> None:
        """A new batch: no cards yet, the key answers of `survey` as columns."""
        self.beginResetModel()
        self._survey = survey
        self._keys = key_questions(survey) if survey else ()
        self._cards = []
        self.endResetModel()

    def cards(self) -> list[SavedCard]:
        return list(self._cards)

    def card(self, row: int) -> SavedCard:
        return self._cards[row]

    def add(self, card: SavedCard) -> int:
        row = len(self._cards)
        self.beginInsertRows(_ROOT, row, row)
        self._cards.append(card)
        self.endInsertRows()
        return row

    def replace(self, row: int, card: SavedCard) -> None:
        self._cards[row] = card
        emit(self.dataChanged, self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, row: int) -> SavedCard:
        self.beginRemoveRows(_ROOT, row, row)
        card = self._cards.pop(row)
        self.endRemoveRows()
        return card

    def next_number(self) -> int:
        """The number of the next card: after the highest one (an undone card's is free)."""
        return max((card.number for card in self._cards), default=0) + 1

    def row_of(self, response_id: int) -> int | None:
        return next((i for i, c in enumerate(self._cards) if c.response_id == response_id), None)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._cards:
            emit(self.dataChanged, self.index(0, 0),
                 self.index(len(self._cards) - 1, self.columnCount() - 1))

    # columns

    @property
    def comment_column(self) -> int:
        return 1 + len(self._keys)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys) + 4

    def _number_of(self, question: EntryQuestion) -> int:
        return self._survey.questions.index(question) + 1 if self._survey else 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        key = self._keys[section - 1] if 0 < section < self.comment_column else None
        if role == Qt.ItemDataRole.ToolTipRole and key is not None:
            return key.text_in(self._lang)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NUMBER:
            return self.tr("No.")
        if key is not None:
            return fill(self.tr("Q%1"), self._number_of(key))
        return (self.tr("Comment"), self.tr("Staff member"),
                self.tr("Customer"))[section - self.comment_column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card, column = self._cards[index.row()], index.column()
        if role == self.CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.TextAlignmentRole and column < self.comment_column:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == self.comment_column:
            return self._texts(card) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return str(card.number)
        if column < self.comment_column:
            key = self._keys[column - 1]
            return self._answer(key, card.form.answers.get(key.code))
        if column == self.comment_column:
            return excerpt(self._texts(card), COMMENT_LENGTH)
        return card.staff if column == self.comment_column + 1 else card.customer

    def _texts(self, card: SavedCard) -> str:
        questions = self._survey.questions if self._survey else ()
        texts = [str(card.form.answers.get(q.code) or "") for q in questions
                 if q.kind is QuestionKind.TEXT]
        return " / ".join(text.strip() for text in texts if text.strip())

    def _answer(self, question: EntryQuestion, value: Any) -> str:
        """An answer as typed, shortly: a score, yes/no, option numbers, E/P."""
        if value is None:
            return ""
        if question.kind is QuestionKind.YES_NO:
            return self.tr("yes") if value is True else self.tr("no") if value is False else ""
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTI):
            codes = question.option_codes()
            chosen = [value] if isinstance(value, str) else list(value)
            return ", ".join(str(codes.index(c) + 1) for c in chosen if c in codes)
        if question.kind is QuestionKind.SERVQUAL:
            return "{} / {}".format(*value)
        return str(value)
