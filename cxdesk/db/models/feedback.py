"""The feedback log: complaints book, online reviews, social mentions, calls, legal claims."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import FeedbackSource, FeedbackStatus, Sentiment


class FeedbackEntry(Base):
    __tablename__ = "feedback_entry"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR (rating BETWEEN 1 AND 5)", name="rating_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[FeedbackSource] = mapped_column(str_enum(FeedbackSource, "feedback_source"))
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    author: Mapped[str] = mapped_column(String(200), default="")  # as signed, e.g. a nickname
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(500), default="")
    rating: Mapped[int | None] = mapped_column(SmallInteger)  # 1..5 stars where the source has them
    sentiment: Mapped[Sentiment | None] = mapped_column(str_enum(Sentiment, "sentiment"))
    status: Mapped[FeedbackStatus] = mapped_column(
        str_enum(FeedbackStatus, "feedback_status"), default=FeedbackStatus.NEW
    )
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    answer: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = created_at_column()
