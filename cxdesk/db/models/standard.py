"""The service standard: journey stages, roles, observable standards and hard-case scenarios."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cxdesk.db.base import Base, created_at_column


class JourneyStage(Base):
    __tablename__ = "journey_stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int]
    name: Mapped[dict[str, Any]]
    description: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = created_at_column()

    standards: Mapped[list[Standard]] = relationship(back_populates="stage")


class Role(Base):
    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = created_at_column()


class StageRole(Base):
    """What one role does at one stage of the journey."""

    __tablename__ = "stage_role"
    __table_args__ = (UniqueConstraint("stage_id", "role_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("journey_stage.id", ondelete="CASCADE"))
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    duties: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Standard(Base):
    """An observable behaviour that must happen at a stage, done by a role."""

    __tablename__ = "standard"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    stage_id: Mapped[int] = mapped_column(
        ForeignKey("journey_stage.id", ondelete="RESTRICT"), index=True
    )
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="RESTRICT"))
    text: Mapped[dict[str, Any]]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = created_at_column()

    stage: Mapped[JourneyStage] = relationship(back_populates="standards")
    role: Mapped[Role | None] = relationship()


class Scenario(Base):
    """A hard case (risk, force majeure) and what to do about it."""

    __tablename__ = "scenario"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("journey_stage.id", ondelete="SET NULL")
    )
    title: Mapped[dict[str, Any]]
    risk: Mapped[dict[str, Any]] = mapped_column(default=dict)
    action: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = created_at_column()
