"""One visit as the GUI and the PDF report see it: header, checklist, answers, running score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Location,
    Standard,
    Visit,
    VisitAnswer,
    VisitPhoto,
    VisitStatus,
)
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.metrics.mystery import VisitScore, visit_score


def get_visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(fill(translate("Visits", "Visit #%1 does not exist"), visit_id))
    return visit


def draft_visit(session: Session, visit_id: int) -> Visit:
    """The visit, if it can still be changed; a submitted visit is locked."""
    visit = get_visit(session, visit_id)
    if visit.status is not VisitStatus.DRAFT:
        raise ValidationError(
            fill(
                translate("Visits", "Visit #%1 is submitted and can no longer be changed"), visit_id
            )
        )
    return visit


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    filename: str
    mime: str
    sha256: str
    size: int


@dataclass(frozen=True)
class AnswerInfo:
    item_id: int
    choice: str | None
    scale: int | None
    text: str | None
    comment: str
    photos: tuple[PhotoInfo, ...]
    updated_at: datetime | None

    @property
    def value(self) -> str | int | None:
        """What the metrics read: 'yes'/'no'/'na', 1–5, a text, or None."""
        if self.choice is not None:
            return self.choice
        if self.scale is not None:
            return self.scale
        return self.text or None

    @property
    def answered(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class ItemInfo:
    id: int
    key: str  # "section.item" codes: stable across databases and exports
    number: str  # "2.3" as the checklist shows it
    code: str
    text: dict[str, str]
    hint: dict[str, str]
    kind: str
    weight: float
    critical: bool
    required: bool
    standard_code: str | None
    standard_text: dict[str, str] | None


@dataclass(frozen=True)
class SectionInfo:
    id: int
    code: str
    title: dict[str, str]
    items: tuple[ItemInfo, ...]


@dataclass(frozen=True)
class VisitDetail:
    id: int
    uid: str
    template_id: int
    template_family: str
    template_version: int
    template_name: dict[str, str]
    location_id: int
    location_name: str
    shopper: str
    visited_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    status: str
    notes: str
    score: float | None  # frozen at submission; None for a draft
    passed: bool | None
    submitted_at: datetime | None
    updated_at: datetime | None
    staff: tuple[tuple[int, str], ...]  # (id, name)
    sections: tuple[SectionInfo, ...]
    answers: tuple[AnswerInfo, ...]
    running_score: VisitScore

    @property
    def submitted(self) -> bool:
        return self.status == VisitStatus.SUBMITTED

    @property
    def items(self) -> tuple[ItemInfo, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def answer(self, item_id: int) -> AnswerInfo | None:
        return next((a for a in self.answers if a.item_id == item_id), None)

    @property
    def answered(self) -> int:
        return sum(a.answered for a in self.answers)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def unanswered_required(self) -> tuple[ItemInfo, ...]:
        done = {a.item_id for a in self.answers if a.answered}
        return tuple(i for i in self.items if i.required and i.id not in done)

    @property
    def resume_item_id(self) -> int | None:
        """Where to carry on: the first unanswered item after the last one touched."""
        items = self.items
        done = {a.item_id for a in self.answers if a.answered}
        touched = [a for a in self.answers if a.updated_at is not None]
        start = 0
        if touched:
            last = max(touched, key=lambda a: a.updated_at or datetime.min).item_id
            start = next((n for n, i in enumerate(items) if i.id == last), 0)
        order = items[start:] + items[:start]
        return next((i.id for i in order if i.id not in done), None)


def template_sections(session: Session, template_id: int) -> tuple[SectionInfo, ...]:
    rows = session.execute(
        select(ChecklistSection, ChecklistItem, Standard)
        .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
        .outerjoin(Standard, Standard.id == ChecklistItem.standard_id)
        .where(ChecklistSection.template_id == template_id)
        .order_by(
            ChecklistSection.position, ChecklistSection.id, ChecklistItem.position, ChecklistItem.id
        )
    ).all()
    grouped: dict[int, tuple[ChecklistSection, list[ItemInfo]]] = {}
    for section, item, standard in rows:
        _, items = grouped.setdefault(section.id, (section, []))
        items.append(
            ItemInfo(
                id=item.id,
                key=f"{section.code}.{item.code}",
                number=f"{len(grouped)}.{len(items) + 1}",
                code=item.code,
                text=dict(item.text),
                hint=dict(item.hint or {}),
                kind=str(item.kind),
                weight=float(item.weight),
                critical=bool(item.critical),
                required=bool(item.required),
                standard_code=standard.code if standard else None,
                standard_text=dict(standard.text) if standard else None,
            )
        )
    return tuple(
        SectionInfo(s.id, s.code, dict(s.title), tuple(items)) for s, items in grouped.values()
    )


def _answers(session: Session, visit_id: int) -> tuple[AnswerInfo, ...]:
    answers = session.scalars(
        select(VisitAnswer).where(VisitAnswer.visit_id == visit_id).order_by(VisitAnswer.id)
    ).all()
    photos: dict[int, list[PhotoInfo]] = {}
    rows = session.execute(  # the bytes stay in the database until a thumbnail asks for them
        select(
            VisitPhoto.id,
            VisitPhoto.answer_id,
            VisitPhoto.filename,
            VisitPhoto.mime,
            VisitPhoto.sha256,
            func.length(VisitPhoto.data),
        )
        .join(VisitAnswer, VisitAnswer.id == VisitPhoto.answer_id)
        .where(VisitAnswer.visit_id == visit_id)
        .order_by(VisitPhoto.id)
    ).all()
    for pid, answer_id, filename, mime, sha, size in rows:
        photos.setdefault(answer_id, []).append(PhotoInfo(pid, filename, mime, sha, int(size)))
    return tuple(
        AnswerInfo(
            a.item_id,
            a.choice,
            a.scale,
            a.text,
            a.comment or "",
            tuple(photos.get(a.id, ())),
            a.updated_at,
        )
        for a in answers
    )


def items_frame(
    visit_id: int, sections: tuple[SectionInfo, ...], answers: tuple[AnswerInfo, ...]
) -> pd.DataFrame:
    by_item = {a.item_id: a.value for a in answers}
    rows: list[dict[str, Any]] = [
        {
            "visit": visit_id,
            "section": section.code,
            "item": item.key,
            "item_id": item.id,
            "weight": item.weight,
            "kind": item.kind,
            "answer": by_item.get(item.id),
            "critical": item.critical,
            "required": item.required,
            "standard": item.standard_code,
        }
        for section in sections
        for item in section.items
    ]
    columns = [
        "visit",
        "section",
        "item",
        "item_id",
        "weight",
        "kind",
        "answer",
        "critical",
        "required",
        "standard",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame["answer"] = frame["answer"].astype(object)
    return frame


def visit_items_frame(detail: VisitDetail) -> pd.DataFrame:
    """The frame `cxdesk.metrics.mystery.visit_score` takes, one row per checklist item."""
    return items_frame(detail.id, detail.sections, detail.answers)


def read_detail(session: Session, visit_id: int) -> VisitDetail:
    visit = get_visit(session, visit_id)
    template = session.get_one(ChecklistTemplate, visit.template_id)
    location = session.get_one(Location, visit.location_id)
    sections = template_sections(session, template.id)
    answers = _answers(session, visit.id)
    return VisitDetail(
        id=visit.id,
        uid=visit.uid,
        template_id=template.id,
        template_family=template.family,
        template_version=template.version,
        template_name=dict(template.name),
        location_id=location.id,
        location_name=location.name,
        shopper=visit.shopper,
        visited_at=visit.visited_at,
        started_at=visit.started_at,
        ended_at=visit.ended_at,
        status=str(visit.status),
        notes=visit.notes or "",
        score=visit.score,
        passed=visit.passed,
        submitted_at=visit.submitted_at,
        updated_at=visit.updated_at,
        staff=tuple(sorted((s.id, s.name) for s in visit.staff)),
        sections=sections,
        answers=answers,
        running_score=visit_score(items_frame(visit.id, sections, answers)),
    )


def load_visit(db: Database, visit_id: int) -> VisitDetail:
    """Everything about one visit, read in one go (photos without their bytes)."""
    with db.session() as session:
        return read_detail(session, visit_id)


def photo_data(db: Database, photo_id: int) -> bytes:
    """The stored bytes of one photo, for a thumbnail or the report."""
    with db.session() as session:
        data = session.scalar(select(VisitPhoto.data).where(VisitPhoto.id == photo_id))
    if data is None:
        raise NotFoundError(translate("Visits", "The photo no longer exists"))
    return data
