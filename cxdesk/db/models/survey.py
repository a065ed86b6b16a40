"""Survey templates and their typed questions; an edited template becomes a new version."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cxdesk.db.base import Base, created_at_column, str_enum
from cxdesk.db.models.enums import QuestionKind, SurveyKind


class Survey(Base):
    """One version of a survey template; `family` ties the versions of one survey together."""

    __tablename__ = "survey"
    __table_args__ = (
        UniqueConstraint("family", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(default=1)
    kind: Mapped[SurveyKind] = mapped_column(str_enum(SurveyKind, "survey_kind"))
    name: Mapped[dict[str, Any]]  # {"ru": ..., "uk": ..., "en": ...}
    description: Mapped[dict[str, Any]] = mapped_column(default=dict)
    builtin: Mapped[bool] = mapped_column(default=False)
    current: Mapped[bool] = mapped_column(default=True)  # the version new responses use
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = created_at_column()

    questions: Mapped[list[Question]] = relationship(
        back_populates="survey", order_by="Question.position", cascade="all, delete-orphan"
    )


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (
        UniqueConstraint("survey_id", "code"),
        UniqueConstraint("survey_id", "position"),
        CheckConstraint(
            "scale_min IS NULL OR scale_max IS NULL OR scale_min < scale_max", name="scale_order"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[QuestionKind] = mapped_column(str_enum(QuestionKind, "question_kind"))
    text: Mapped[dict[str, Any]]
    required: Mapped[bool] = mapped_column(default=True)
    scale_min: Mapped[int | None]
    scale_max: Mapped[int | None]
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)  # end labels of a scale
    options: Mapped[list[Any]] = mapped_column(default=list)  # [{"code", "text": {...}}]
    dimension: Mapped[str | None] = mapped_column(String(32))  # SERVQUAL dimension
    reverse: Mapped[bool] = mapped_column(default=False)  # SOCO selling-oriented item
    role: Mapped[str | None] = mapped_column(String(16))  # nps|csat|ces|improve|speed|overall|why
    unit: Mapped[dict[str, Any]] = mapped_column(default=dict)

    survey: Mapped[Survey] = relationship(back_populates="questions")
