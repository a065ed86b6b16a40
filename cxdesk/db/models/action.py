"""Improvement actions, linked to the answer, visit item or complaint they came from."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import ActionSource, ActionStatus


class ImprovementAction(Base):
    __tablename__ = "improvement_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[ActionSource] = mapped_column(
        str_enum(ActionSource, "action_source"), default=ActionSource.MANUAL
    )
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("answer.id", ondelete="SET NULL"))
    visit_answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit_answer.id", ondelete="SET NULL")
    )
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_entry.id", ondelete="SET NULL")
    )
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus, "action_status"), default=ActionStatus.OPEN
    )
    done_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = created_at_column()
