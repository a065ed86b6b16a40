"""The visit list: drafts and submitted visits with their scores and progress, filtered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Location,
    Visit,
    VisitAnswer,
    VisitStatus,
)
from cxdesk.metrics.mystery import visit_score
from cxdesk.services.visit_detail import AnswerInfo, SectionInfo, items_frame, template_sections

CHUNK = 500  # ids per IN (…) clause


@dataclass(frozen=True)
class VisitRow:
    id: int
    uid: str
    visited_at: datetime
    location_id: int
    location_name: str
    shopper: str
    template_id: int
    template_family: str
    template_version: int
    template_name: dict[str, str]
    status: str
    score: float | None  # frozen when submitted, running while a draft
    passed: bool | None
    answered: int
    total: int
    started_at: datetime | None
    ended_at: datetime | None
    submitted_at: datetime | None
    updated_at: datetime | None

    @property
    def submitted(self) -> bool:
        return self.status == VisitStatus.SUBMITTED


def _bound(value: date | datetime, *, end: bool) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value + timedelta(days=1) if end else value, time.min)


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[n : n + CHUNK] for n in range(0, len(ids), CHUNK)]


def _answered(session: Session, ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    has_value = or_(
        VisitAnswer.choice.is_not(None),
        VisitAnswer.scale.is_not(None),
        VisitAnswer.text.is_not(None),
    )
    for chunk in _chunks(ids):
        counts.update(
            session.execute(
                select(VisitAnswer.visit_id, func.count())
                .where(VisitAnswer.visit_id.in_(chunk), has_value)
                .group_by(VisitAnswer.visit_id)
            ).all()
        )
    return counts


def _totals(session: Session, template_ids: set[int]) -> dict[int, int]:
    return dict(
        session.execute(
            select(ChecklistSection.template_id, func.count(ChecklistItem.id))
            .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
            .where(ChecklistSection.template_id.in_(template_ids))
            .group_by(ChecklistSection.template_id)
        ).all()
    )


def _running(session: Session, drafts: list[Visit]) -> dict[int, tuple[float | None, bool]]:
    """Draft scores computed from their answers, as the checklist screen shows them."""
    sections: dict[int, tuple[SectionInfo, ...]] = {}
    answers: dict[int, list[AnswerInfo]] = {}
    for chunk in _chunks([v.id for v in drafts]):
        for row in session.execute(
            select(
                VisitAnswer.visit_id,
                VisitAnswer.item_id,
                VisitAnswer.choice,
                VisitAnswer.scale,
                VisitAnswer.text,
            ).where(VisitAnswer.visit_id.in_(chunk))
        ):
            answers.setdefault(row.visit_id, []).append(
                AnswerInfo(row.item_id, row.choice, row.scale, row.text, "", (), None)
            )
    scores = {}
    for visit in drafts:
        if visit.template_id not in sections:
            sections[visit.template_id] = template_sections(session, visit.template_id)
        frame = items_frame(visit.id, sections[visit.template_id], tuple(answers.get(visit.id, ())))
        result = visit_score(frame)
        scores[visit.id] = (result.value, bool(result.passed))
    return scores


def list_visits(
    db: Database,
    location_id: int | None = None,
    shopper: str | None = None,
    date_from: date | datetime | None = None,
    date_to: date | datetime | None = None,
    status: VisitStatus | str | None = None,
) -> list[VisitRow]:
    """Visits newest first; `date_to` as a date includes that whole day; the shopper's name
    matches regardless of case."""
    query = (
        select(Visit, Location.name, ChecklistTemplate)
        .join(Location, Location.id == Visit.location_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Visit.template_id)
        .order_by(Visit.visited_at.desc(), Visit.id.desc())
    )
    if location_id is not None:
        query = query.where(Visit.location_id == location_id)
    if date_from is not None:
        query = query.where(Visit.visited_at >= _bound(date_from, end=False))
    if date_to is not None:
        bound = _bound(date_to, end=True)
        query = query.where(
            Visit.visited_at < bound
            if not isinstance(date_to, datetime)
            else Visit.visited_at <= bound
        )
    if status is not None:
        query = query.where(Visit.status == VisitStatus(status))
    with db.session() as session:
        rows = session.execute(query).all()
        if shopper is not None and shopper.strip():
            # in Python: SQLite's lower() and LIKE fold ASCII only, not Cyrillic
            wanted = shopper.strip().casefold()
            rows = [r for r in rows if r[0].shopper.strip().casefold() == wanted]
        answered = _answered(session, [r[0].id for r in rows])
        totals = _totals(session, {r[0].template_id for r in rows}) if rows else {}
        running = _running(session, [r[0] for r in rows if r[0].status is VisitStatus.DRAFT])
    result = []
    for visit, location_name, template in rows:
        score, passed = running.get(visit.id, (visit.score, visit.passed))
        result.append(
            VisitRow(
                id=visit.id,
                uid=visit.uid,
                visited_at=visit.visited_at,
                location_id=visit.location_id,
                location_name=location_name,
                shopper=visit.shopper,
                template_id=template.id,
                template_family=template.family,
                template_version=template.version,
                template_name=dict(template.name),
                status=str(visit.status),
                score=score,
                passed=passed,
                answered=answered.get(visit.id, 0),
                total=totals.get(template.id, 0),
                started_at=visit.started_at,
                ended_at=visit.ended_at,
                submitted_at=visit.submitted_at,
                updated_at=visit.updated_at,
            )
        )
    return result


def open_drafts(db: Database) -> list[VisitRow]:
    """Unfinished visits, the most recently changed first: what to resume at start-up."""
    drafts = list_visits(db, status=VisitStatus.DRAFT)
    return sorted(drafts, key=lambda r: (r.updated_at or datetime.min, r.id), reverse=True)


def shoppers(db: Database) -> list[str]:
    """The shoppers' names seen in visits, for the list's filter."""
    with db.session() as session:
        names = session.scalars(select(Visit.shopper).distinct()).all()
    return sorted({n.strip() for n in names}, key=lambda n: (n.casefold(), n))
