"""Mystery-shopper checklist templates: versions, sections and weighted items."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import AnswerKind


class ChecklistTemplate(Base):
    """One version of a checklist; visits point at the version they were made with."""

    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("family", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(default=1)
    name: Mapped[dict[str, Any]]
    description: Mapped[dict[str, Any]] = mapped_column(default=dict)
    builtin: Mapped[bool] = mapped_column(default=False)
    current: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = created_at_column()

    sections: Mapped[list[ChecklistSection]] = relationship(
        back_populates="template",
        order_by="ChecklistSection.position",
        cascade="all, delete-orphan",
    )


class ChecklistSection(Base):
    __tablename__ = "checklist_section"
    __table_args__ = (UniqueConstraint("template_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE")
    )
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(64))
    title: Mapped[dict[str, Any]]

    template: Mapped[ChecklistTemplate] = relationship(back_populates="sections")
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="section", order_by="ChecklistItem.position", cascade="all, delete-orphan"
    )


class ChecklistItem(Base):
    __tablename__ = "checklist_item"
    __table_args__ = (
        UniqueConstraint("section_id", "code"),
        CheckConstraint("weight > 0", name="weight_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_section.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(64))
    text: Mapped[dict[str, Any]]
    hint: Mapped[dict[str, Any]] = mapped_column(default=dict)
    kind: Mapped[AnswerKind] = mapped_column(str_enum(AnswerKind, "answer_kind"))
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    critical: Mapped[bool] = mapped_column(default=False)
    required: Mapped[bool] = mapped_column(default=True)
    standard_id: Mapped[int | None] = mapped_column(
        ForeignKey("standard.id", ondelete="SET NULL"), index=True
    )

    section: Mapped[ChecklistSection] = relationship(back_populates="items")
