"""Service requests with their timestamps, and the SLA target for each priority."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import Priority


class SlaTarget(Base):
    __tablename__ = "sla_target"
    __table_args__ = (
        CheckConstraint(
            "register_minutes > 0 AND take_minutes > 0 AND resolve_minutes > 0",
            name="targets_positive",
        ),
    )

    priority: Mapped[Priority] = mapped_column(str_enum(Priority, "sla_priority"), primary_key=True)
    register_minutes: Mapped[int]
    take_minutes: Mapped[int]
    resolve_minutes: Mapped[int]


class ServiceRequest(Base):
    __tablename__ = "service_request"
    __table_args__ = (
        CheckConstraint("taken_at IS NULL OR taken_at >= registered_at", name="taken_after_reg"),
        CheckConstraint(
            "resolved_at IS NULL OR resolved_at >= registered_at", name="resolved_after_reg"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    priority: Mapped[Priority] = mapped_column(
        str_enum(Priority, "priority"), default=Priority.NORMAL
    )
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime | None] = mapped_column(DateTime)  # when the customer asked
    registered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = created_at_column()
