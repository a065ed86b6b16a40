"""The feedback log as a table: one row per entry, the negative unanswered ones marked with
how long they have waited."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from cxdesk.db.database import Database
from cxdesk.db.models import FeedbackSource, FeedbackStatus, Sentiment
from cxdesk.i18n import fill
from cxdesk.services import feedback
from cxdesk.services.feedback import FeedbackRow
from ui.dialogs.feedback_dialog import stars
from ui.enum_labels import enum_items, feedback_status_label, sentiment_label, source_label
from ui.formatting import format_date, format_datetime, sort_key
from ui.qtmodels.record_rows import ALERT_BACKGROUND, ALERT_TEXT, Column, RecordRowsModel


@dataclass(frozen=True)
class FeedbackItem:
    entry: FeedbackRow
    age_hours: float | None  # set while a negative entry waits for its answer

    @property
    def id(self) -> int:
        return self.entry.id


def load_items(db: Database, search: str, status: FeedbackStatus | None,
               source: FeedbackSource | None) -> list[FeedbackItem]:
    """The entries a search and the filters find, each with its wait when it needs an answer
    (runs off the GUI thread)."""
    rows = feedback.list_feedback(db, search, status=status, source=source)
    waiting = {u.entry.id: u.age_hours for u in feedback.unanswered_negative(db)}
    return [FeedbackItem(row, waiting.get(row.id)) for row in rows]


class FeedbackModel(RecordRowsModel):
    RECEIVED, SOURCE, RATING, TEXT, CUSTOMER, LOCATION, STATUS, ANSWERED = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Received"), lambda i: format_date(i.entry.received_at),
                   sort=lambda i: sort_key(i.entry.received_at),
                   tooltip=lambda i: format_datetime(i.entry.received_at), width=11),
            Column(lambda: self.tr("Source"), lambda i: source_label(i.entry.source),
                   samples=lambda: [label for _s, label in enum_items(FeedbackSource)],
                   width=12),
            Column(lambda: self.tr("Rating"), self._rating,
                   sort=lambda i: float(i.entry.rating or 0),
                   tooltip=lambda i: sentiment_label(i.entry.sentiment) or None,
                   samples=lambda: [label for _s, label in enum_items(Sentiment)], width=7),
            Column(lambda: self.tr("Feedback"), lambda i: i.entry.excerpt,
                   tooltip=lambda i: i.entry.text, width=0),
            Column(lambda: self.tr("Customer"), lambda i: i.entry.customer_name or i.entry.author,
                   width=14),
            Column(lambda: self.tr("Location"), lambda i: i.entry.location_name, width=11),
            Column(lambda: self.tr("Status"), self._status, sort=self._status_key,
                   color=lambda i: ALERT_TEXT if i.age_hours is not None else None,
                   bold=lambda i: i.age_hours is not None, width=12,
                   samples=lambda: [fill(self.tr("No answer for %1"), self.age_text(24 * 30))]),
            Column(lambda: self.tr("Answered by"), lambda i: i.entry.answered_by_name,
                   tooltip=self._answered_tooltip, width=14),
        ], parent, background=lambda i: ALERT_BACKGROUND if i.age_hours is not None else None)

    @staticmethod
    def _rating(item: FeedbackItem) -> str:
        if item.entry.rating is not None:
            return stars(item.entry.rating)
        return sentiment_label(item.entry.sentiment)

    def age_text(self, hours: float) -> str:
        """How long an entry has waited: "5 hours", "3 days"."""
        if hours < 1:
            return self.tr("less than an hour")
        if hours < 24:
            return self.tr("%n hours", "", int(hours))
        return self.tr("%n days", "", int(hours // 24))

    def _status(self, item: FeedbackItem) -> str:
        if item.age_hours is not None:
            return fill(self.tr("No answer for %1"), self.age_text(item.age_hours))
        return feedback_status_label(item.entry.status)

    @staticmethod
    def _status_key(item: FeedbackItem) -> str:
        # the longest waiting first when sorted ascending, then by status
        if item.age_hours is not None:
            return f"0 {100000 - min(item.age_hours, 99999):012.3f}"
        order = list(FeedbackStatus).index(FeedbackStatus(item.entry.status))
        return f"{order + 1}"

    def _answered_tooltip(self, item: FeedbackItem) -> str | None:
        if item.entry.answered_at is None:
            return None
        return fill(self.tr("Answered on %1"), format_datetime(item.entry.answered_at))

