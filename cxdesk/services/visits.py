"""Mystery-shop visits: start, save every change at once as a draft, submit and lock.

Each function is one user action in one short transaction, so a crash, a closed lid or a
killed process loses at most the change being typed. The read side lives in `visit_detail`
and `visit_list`, photos in `visit_photos`; all of it is importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import ChecklistTemplate, Location, Staff, Visit, VisitAnswer, VisitStatus
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.metrics.mystery import VisitScore, visit_score
from cxdesk.services.visit_detail import (
    AnswerInfo,
    ItemInfo,
    PhotoInfo,
    SectionInfo,
    VisitDetail,
    draft_visit,
    get_visit,
    load_visit,
    photo_data,
    read_detail,
    visit_items_frame,
)
from cxdesk.services.visit_list import VisitRow, list_visits, open_drafts, shoppers
from cxdesk.services.visit_photos import MAX_PHOTO_BYTES, add_photo, detect_mime, remove_photo
from cxdesk.services.visit_rules import check_shopper, check_text, check_value, checklist_item


class UnansweredItemsError(ValidationError):
    """Submitting was refused: `item_ids` are the required items still unanswered."""

    def __init__(self, message: str, item_ids: tuple[int, ...]) -> None:
        super().__init__(message, "answers")
        self.item_ids = item_ids


@dataclass(frozen=True)
class VisitStart:
    template_id: int
    location_id: int
    shopper: str
    visited_at: datetime | None = None  # when the shop was visited; now if not given
    staff_ids: tuple[int, ...] = ()
    notes: str = ""


def _staff(session: Session, staff_ids: Iterable[int]) -> list[Staff]:
    people = []
    for staff_id in dict.fromkeys(staff_ids):
        person = session.get(Staff, staff_id)
        if person is None:
            raise NotFoundError(
                fill(translate("Visits", "Staff member #%1 does not exist"), staff_id)
            )
        people.append(person)
    return people


def start_visit(db: Database, start: VisitStart) -> int:
    """Create a draft visit and record its start time; returns its id."""
    shopper = check_shopper(start.shopper)
    notes = check_text(
        start.notes or "", translate("Visits", "Notes"), translate("Visits", "notes")
    )
    now = datetime.now()
    with db.begin() as session:
        if session.get(ChecklistTemplate, start.template_id) is None:
            raise NotFoundError(translate("Visits", "The checklist no longer exists"))
        if session.get(Location, start.location_id) is None:
            raise NotFoundError(translate("Visits", "The location no longer exists"))
        visit = Visit(
            uid=str(uuid4()),
            template_id=start.template_id,
            location_id=start.location_id,
            shopper=shopper,
            visited_at=start.visited_at or now,
            started_at=now,
            status=VisitStatus.DRAFT,
            notes=notes,
            updated_at=now,
            staff=_staff(session, start.staff_ids),
        )
        session.add(visit)
        session.flush()
        return visit.id


def update_visit(
    db: Database,
    visit_id: int,
    *,
    location_id: int | None = None,
    shopper: str | None = None,
    visited_at: datetime | None = None,
    notes: str | None = None,
) -> None:
    """Change the header of a draft; arguments left as None stay as they are."""
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        if location_id is not None:
            if session.get(Location, location_id) is None:
                raise NotFoundError(translate("Visits", "The location no longer exists"))
            visit.location_id = location_id
        if shopper is not None:
            visit.shopper = check_shopper(shopper)
        if visited_at is not None:
            visit.visited_at = visited_at
        if notes is not None:
            visit.notes = check_text(
                notes, translate("Visits", "Notes"), translate("Visits", "notes")
            )
        visit.updated_at = datetime.now()


def save_answer(
    db: Database,
    visit_id: int,
    item_id: int,
    *,
    choice: str | None = None,
    scale: int | None = None,
    text: str | None = None,
    comment: str | None = None,
) -> None:
    """Save one change to one item at once; arguments left as None keep their stored value."""
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        item = checklist_item(session, visit, item_id)
        key = f"{item.section.code}.{item.code}"
        value = None
        if choice is not None or scale is not None or text is not None:
            value = check_value(item.kind, key, choice=choice, scale=scale, text=text)
        if comment is not None:
            comment = check_text(comment, key, translate("Visits", "comment"))
        if value is None and comment is None:
            return
        now = datetime.now()
        answer = session.scalar(
            select(VisitAnswer).where(
                VisitAnswer.visit_id == visit_id, VisitAnswer.item_id == item_id
            )
        )
        if answer is None:
            answer = VisitAnswer(visit_id=visit_id, item_id=item_id, comment="")
            session.add(answer)
        if value is not None:
            answer.choice, answer.scale, answer.text = value.choice, value.scale, value.text
        if comment is not None:
            answer.comment = comment
        answer.updated_at = now
        visit.updated_at = now


def clear_answer(db: Database, visit_id: int, item_id: int) -> None:
    """Take back an item's answer; its comment and photos stay."""
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        checklist_item(session, visit, item_id)
        answer = session.scalar(
            select(VisitAnswer).where(
                VisitAnswer.visit_id == visit_id, VisitAnswer.item_id == item_id
            )
        )
        if answer is None:
            return
        now = datetime.now()
        if not answer.comment and not answer.photos:
            session.delete(answer)
        else:
            answer.choice = answer.scale = answer.text = None
            answer.updated_at = now
        visit.updated_at = now


def set_staff(db: Database, visit_id: int, staff_ids: Iterable[int]) -> None:
    """The staff members observed during the visit (replaces the previous list)."""
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        visit.staff = _staff(session, staff_ids)
        visit.updated_at = datetime.now()


def finish_visit(db: Database, visit_id: int, at: datetime | None = None) -> None:
    """Record when the shopper left the shop (the visit stays a draft)."""
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        visit.ended_at = at or datetime.now()
        visit.updated_at = datetime.now()


def submit_visit(db: Database, visit_id: int) -> VisitScore:
    """Check every required item is answered, freeze the score and lock the visit."""
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        detail = read_detail(session, visit_id)
        missing = detail.unanswered_required
        if missing:
            shown = ", ".join(item.number for item in missing[:20])
            more = "" if len(missing) <= 20 else " …"
            raise UnansweredItemsError(
                fill(
                    translate(
                        "Visits", "Answer every required item before submitting; not answered: %1%2"
                    ),
                    shown,
                    more,
                ),
                tuple(item.id for item in missing),
            )
        result = visit_score(visit_items_frame(detail))
        now = datetime.now()
        visit.score = result.value
        visit.passed = bool(result.passed)
        visit.status = VisitStatus.SUBMITTED
        visit.submitted_at = now
        visit.ended_at = visit.ended_at or now
        visit.updated_at = now
        return result


def delete_visit(db: Database, visit_id: int) -> None:
    """Delete a visit with its answers and photos (a discarded draft, a wrong import)."""
    with db.begin() as session:
        session.delete(get_visit(session, visit_id))


__all__ = [
    "MAX_PHOTO_BYTES",
    "AnswerInfo",
    "ItemInfo",
    "PhotoInfo",
    "SectionInfo",
    "UnansweredItemsError",
    "VisitDetail",
    "VisitRow",
    "VisitStart",
    "add_photo",
    "clear_answer",
    "delete_visit",
    "detect_mime",
    "finish_visit",
    "list_visits",
    "load_visit",
    "open_drafts",
    "photo_data",
    "remove_photo",
    "save_answer",
    "set_staff",
    "shoppers",
    "start_visit",
    "submit_visit",
    "update_visit",
    "visit_items_frame",
]
