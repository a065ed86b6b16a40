"""Customers, with consent to keep their personal data and their loyalty type."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import LoyaltyType


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        # consent and its date go together: no date without consent, no consent without a date
        CheckConstraint("(consent_at IS NULL) = (NOT consent)", name="consent_dated"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # casefolded name + phone + e-mail: SQLite's LOWER() knows no Cyrillic, so search uses this
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    segment: Mapped[str] = mapped_column(String(100), default="")
    consent: Mapped[bool] = mapped_column(default=False)
    consent_at: Mapped[datetime | None] = mapped_column(DateTime)
    loyalty: Mapped[LoyaltyType] = mapped_column(
        str_enum(LoyaltyType, "loyalty"), default=LoyaltyType.UNKNOWN
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = created_at_column()
