"""The feedback log: complaints, reviews, mentions and calls, and closing the loop on them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    Customer,
    FeedbackEntry,
    FeedbackSource,
    FeedbackStatus,
    ImprovementAction,
    Location,
    Sentiment,
    Staff,
)
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import fill, plural, translate
from cxdesk.services.org import count_where
from cxdesk.services.search import excerpt, matches, one_line, terms

TEXT_MAX = 20000
AUTHOR_MAX = 200
URL_MAX = 500
FUTURE_SLACK = timedelta(days=1)  # clocks and time zones differ; a week ahead is a typo


@dataclass
class FeedbackForm:
    source: FeedbackSource = FeedbackSource.COMPLAINTS_BOOK
    received_at: datetime | None = None
    text: str = ""
    rating: int | None = None  # 1–5 stars where the source has them
    sentiment: Sentiment | None = None  # None: from the rating (1–2, 3, 4–5)
    status: FeedbackStatus = FeedbackStatus.NEW
    customer_id: int | None = None
    location_id: int | None = None
    author: str = ""
    url: str = ""
    answer: str = ""
    answered_by_id: int | None = None
    answered_at: datetime | None = None  # now when the status is answered and it is empty


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    source: FeedbackSource
    received_at: datetime
    text: str
    rating: int | None
    sentiment: Sentiment | None
    status: FeedbackStatus
    customer_id: int | None
    customer_name: str
    location_id: int | None
    location_name: str
    author: str
    url: str
    answer: str
    answered_by_id: int | None
    answered_by_name: str
    answered_at: datetime | None

    @property
    def excerpt(self) -> str:
        return excerpt(self.text)

    def form(self) -> FeedbackForm:
        return FeedbackForm(
            self.source, self.received_at, self.text, self.rating, self.sentiment, self.status,
            self.customer_id, self.location_id, self.author, self.url, self.answer,
            self.answered_by_id, self.answered_at)


@dataclass(frozen=True)
class UnansweredRow:
    entry: FeedbackRow
    age_hours: float


def sentiment_of(rating: int | None) -> Sentiment | None:
    """1–2 stars negative, 3 neutral, 4–5 positive; None without a rating."""
    if rating is None:
        return None
    if rating <= 2:
        return Sentiment.NEGATIVE
    return Sentiment.NEUTRAL if rating == 3 else Sentiment.POSITIVE


def _choice(kind: Any, value: object, field: str) -> Any:
    try:
        return kind(value)
    except ValueError as exc:
        raise ValidationError(translate("Feedback", "Choose a value from the list."),
                              field) from exc


def validate_feedback(form: FeedbackForm, now: datetime | None = None) -> FeedbackForm:
    """The form trimmed and completed, or ValidationError naming the first wrong field."""
    now = now or datetime.now()
    source = _choice(FeedbackSource, form.source, "source")
    status = _choice(FeedbackStatus, form.status, "status")
    sentiment = _choice(Sentiment, form.sentiment, "sentiment") if form.sentiment else None
    if form.received_at is None:
        raise ValidationError(translate("Feedback", "Enter when it was received."),
                              "received_at")
    if form.received_at > now + FUTURE_SLACK:
        raise ValidationError(translate("Feedback", "The date received is in the future."),
                              "received_at")
    text = (form.text or "").strip()
    if not text:
        raise ValidationError(translate("Feedback", "Enter the text of the feedback."), "text")
    for value, limit, name in ((text, TEXT_MAX, "text"), (form.author, AUTHOR_MAX, "author"),
                               (form.url, URL_MAX, "url"), (form.answer, TEXT_MAX, "answer")):
        if len((value or "").strip()) > limit:
            raise ValidationError(fill(translate(
                "Feedback", "The text is too long (at most %1 characters)."), limit), name)
    rating = form.rating
    if rating is not None and (isinstance(rating, bool) or rating not in range(1, 6)):
        raise ValidationError(translate("Feedback", "The rating must be 1 to 5 stars."), "rating")
    answered_at = form.answered_at
    if status == FeedbackStatus.ANSWERED and answered_at is None:
        answered_at = now.replace(microsecond=0)
    if answered_at is not None and answered_at < form.received_at:
        raise ValidationError(translate(
            "Feedback", "The answer cannot be earlier than the feedback."), "answered_at")
    return replace(
        form, source=source, status=status, text=text, rating=rating,
        sentiment=sentiment or sentiment_of(rating), author=one_line(form.author),
        url=(form.url or "").strip(), answer=(form.answer or "").strip(), answered_at=answered_at)


def _check_refs(session: Session, form: FeedbackForm) -> None:
    for model, key in ((Customer, form.customer_id), (Location, form.location_id),
                       (Staff, form.answered_by_id)):
        if key is not None and session.get(model, key) is None:
            raise NotFoundError(fill(translate("Feedback", "Record %1 no longer exists."), key))


def _entry(session: Session, entry_id: int) -> FeedbackEntry:
    entry = session.get(FeedbackEntry, entry_id)
    if entry is None:
        raise NotFoundError(fill(translate("Feedback", "Feedback entry %1 does not exist."),
                                 entry_id))
    return entry


def _apply(entry: FeedbackEntry, form: FeedbackForm) -> None:
    for name in ("source", "received_at", "text", "rating", "sentiment", "status", "customer_id",
                 "location_id", "author", "url", "answer", "answered_by_id", "answered_at"):
        setattr(entry, name, getattr(form, name))


def _rows(session: Session, entries: list[FeedbackEntry]) -> list[FeedbackRow]:
    names: dict[type, dict[int | None, str]] = {
        model: dict(session.execute(select(model.id, model.name)).all())
        for model in (Customer, Location, Staff)
    }
    return [
        FeedbackRow(
            e.id, e.source, e.received_at, e.text, e.rating, e.sentiment, e.status,
            e.customer_id, names[Customer].get(e.customer_id, ""), e.location_id,
            names[Location].get(e.location_id, ""), e.author, e.url, e.answer,
            e.answered_by_id, names[Staff].get(e.answered_by_id, ""), e.answered_at)
        for e in entries
    ]


def list_feedback(db: Database, search: str = "", status: FeedbackStatus | None = None,
                  source: FeedbackSource | None = None, location_id: int | None = None,
                  sentiment: Sentiment | None = None) -> list[FeedbackRow]:
    """Entries newest first; `search` matches text, author, answer, customer and location."""
    query = select(FeedbackEntry).order_by(FeedbackEntry.received_at.desc(),
                                           FeedbackEntry.id.desc())
    for column, value in ((FeedbackEntry.status, status), (FeedbackEntry.source, source),
                          (FeedbackEntry.location_id, location_id),
                          (FeedbackEntry.sentiment, sentiment)):
        if value is not None:
            query = query.where(column == value)
    words = terms(search)
    with db.session() as session:
        rows = _rows(session, list(session.scalars(query)))
    return [r for r in rows if matches(words, r.text, r.author, r.answer, r.customer_name,
                                       r.location_name, r.url)]


def get_feedback(db: Database, entry_id: int) -> FeedbackRow:
    with db.session() as session:
        return _rows(session, [_entry(session, entry_id)])[0]


def create_feedback(db: Database, form: FeedbackForm) -> int:
    clean = validate_feedback(form)
    with db.begin() as session:
        _check_refs(session, clean)
        entry = FeedbackEntry()
        _apply(entry, clean)
        session.add(entry)
        session.flush()
        return entry.id


def update_feedback(db: Database, entry_id: int, form: FeedbackForm) -> None:
    clean = validate_feedback(form)
    with db.begin() as session:
        entry = _entry(session, entry_id)
        _check_refs(session, clean)
        _apply(entry, clean)


def answer_entry(db: Database, entry_id: int, text: str, staff_id: int | None,
                 at: datetime | None = None) -> None:
    """Record the answer given: status answered, who answered and when (now by default)."""
    with db.begin() as session:
        entry = _entry(session, entry_id)
        form = replace(_form_of(session, entry), answer=text, answered_by_id=staff_id,
                       answered_at=at or datetime.now().replace(microsecond=0),
                       status=FeedbackStatus.ANSWERED)
        clean = validate_feedback(form)
        if not clean.answer:
            raise ValidationError(translate("Feedback", "Enter the answer given."), "answer")
        _check_refs(session, clean)
        _apply(entry, clean)


def _form_of(session: Session, entry: FeedbackEntry) -> FeedbackForm:
    return _rows(session, [entry])[0].form()


def set_feedback_status(db: Database, entry_id: int, status: FeedbackStatus) -> None:
    """Close (or reopen) an entry without changing its answer."""
    with db.begin() as session:
        _entry(session, entry_id).status = FeedbackStatus(status)


def delete_feedback(db: Database, entry_id: int) -> None:
    """Delete an entry no improvement action came from; otherwise refuse."""
    with db.begin() as session:
        entry = _entry(session, entry_id)
        n = count_where(session, ImprovementAction.feedback_id, entry_id)
        if n:
            raise InUseError(fill(translate(
                "Feedback", "“%1” cannot be deleted: it is the source of %2."),
                excerpt(entry.text, 40),
                plural(translate("Feedback", "%n improvement action|%n improvement actions"), n)))
        session.delete(entry)


def unanswered_negative(db: Database, now: datetime | None = None) -> list[UnansweredRow]:
    """Negative entries still new (no answer), oldest first, with their age in hours."""
    now = now or datetime.now()
    rows = list_feedback(db, status=FeedbackStatus.NEW, sentiment=Sentiment.NEGATIVE)
    return [UnansweredRow(r, max(0.0, (now - r.received_at).total_seconds() / 3600))
            for r in sorted(rows, key=lambda r: (r.received_at, r.id))]
