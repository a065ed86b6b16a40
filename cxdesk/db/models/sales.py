"""Sales figures per period, optionally per product or customer, and sample plans."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.db.base import Base, created_at_column


class SalesFigure(Base):
    __tablename__ = "sales_figure"
    __table_args__ = (
        CheckConstraint("revenue >= 0", name="revenue_not_negative"),
        Index("ix_sales_figure_period", "period_start", "location_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)  # first day of the month
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    product: Mapped[str | None] = mapped_column(String(200))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    revenue: Mapped[float] = mapped_column(Float)
    quantity: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = created_at_column()


class SamplePlan(Base):
    """A target number of conversations ("5 customers a day for 5 days") for a survey."""

    __tablename__ = "sample_plan"
    __table_args__ = (CheckConstraint("target > 0", name="target_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_family: Mapped[str] = mapped_column(String(64))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    target: Mapped[int]
    created_at: Mapped[datetime] = created_at_column()


class AppSetting(Base):
    """Small key/value settings stored with the data (business name, …)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000), default="")
