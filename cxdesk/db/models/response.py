"""Survey responses and their answers; a response is saved whole or not at all."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import Channel


class Response(Base):
    """One filled survey. For staff and SOCO surveys `staff_id` is the respondent;
    for customer surveys it is the employee who served the customer."""

    __tablename__ = "response"
    __table_args__ = (
        # covers the score histogram: a year of a million responses is read from the index
        # alone, whatever the filter adds (survey, location, staff, channel)
        Index(
            "ix_response_scores", "taken_at", "survey_id", "location_id", "nps", "csat", "ces",
            "speed", "staff_id", "channel",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(
        ForeignKey("survey.id", ondelete="RESTRICT"), index=True
    )
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[Channel] = mapped_column(str_enum(Channel, "channel"), default=Channel.IN_STORE)
    batch: Mapped[str | None] = mapped_column(String(64), index=True)  # one typing session
    # The headline scores copied from the answers when the response is recorded, so the
    # metrics of a million responses are one scan of one table (the answers stay the truth).
    nps: Mapped[int | None] = mapped_column(SmallInteger)
    csat: Mapped[int | None] = mapped_column(SmallInteger)
    ces: Mapped[int | None] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = created_at_column()
    # declared last: migration 0002 appended it, and the two schemas must match column for column
    speed: Mapped[int | None] = mapped_column(SmallInteger)  # "satisfied with the speed", 1–5

    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class Answer(Base):
    """One answer: a number (scores, yes=1/no=0, numbers), a text, chosen option codes,
    or for SERVQUAL the expectation in `number2` and the perception in `number`."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[float | None] = mapped_column(Float)
    number2: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(Text)
    choices: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))

    response: Mapped[Response] = relationship(back_populates="answers")
