"""Mystery-shop visits: a filled checklist, saved as a draft on every change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    LargeBinary,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import VisitStatus
from cxdesk.db.models.org import Staff

visit_staff = Table(
    "visit_staff",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True),
)


class Visit(Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)  # survives export and import
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="RESTRICT"), index=True
    )
    location_id: Mapped[int] = mapped_column(
        ForeignKey("location.id", ondelete="RESTRICT"), index=True
    )
    shopper: Mapped[str] = mapped_column(String(200))
    visited_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[VisitStatus] = mapped_column(
        str_enum(VisitStatus, "visit_status"), default=VisitStatus.DRAFT
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # frozen when the visit is submitted
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None]
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = created_at_column()
    created_at: Mapped[datetime] = created_at_column()

    staff: Mapped[list[Staff]] = relationship(secondary=visit_staff)
    answers: Mapped[list[VisitAnswer]] = relationship(
        back_populates="visit", cascade="all, delete-orphan"
    )


class VisitAnswer(Base):
    """One checked item: 'yes'/'no'/'na', a 1–5 score, or a text; with a comment."""

    __tablename__ = "visit_answer"
    __table_args__ = (UniqueConstraint("visit_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="RESTRICT"), index=True
    )
    choice: Mapped[str | None] = mapped_column(String(8))  # yes | no | na
    scale: Mapped[int | None] = mapped_column(SmallInteger)
    text: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = created_at_column()

    visit: Mapped[Visit] = relationship(back_populates="answers")
    photos: Mapped[list[VisitPhoto]] = relationship(
        back_populates="answer", cascade="all, delete-orphan", order_by="VisitPhoto.id"
    )


class VisitPhoto(Base):
    """A photo stored in the database, so one file (or one visit export) holds everything."""

    __tablename__ = "visit_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(
        ForeignKey("visit_answer.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = created_at_column()

    answer: Mapped[VisitAnswer] = relationship(back_populates="photos")
