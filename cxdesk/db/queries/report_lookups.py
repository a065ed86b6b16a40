"""The SELECTs the report data needs beyond the other query modules: survey families,
staff info, detractor contacts and "improve" answers (names and checklist texts: labels).

Each returns plain rows or a frame; the report modules themselves never see a session.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from cxdesk.db.models import (
    Answer,
    Customer,
    Location,
    Question,
    Response,
    Staff,
    Survey,
    SurveyKind,
)
from cxdesk.db.queries.filters import Filters, apply_response_filters
from cxdesk.errors import NotFoundError
from cxdesk.i18n import fill, translate

DETRACTOR_MAX = 6  # the top of the detractor band on both NPS scales (0–10 and 1–10)
NOT_CUSTOMER_SURVEYS = (SurveyKind.STAFF, SurveyKind.SOCO)
DETRACTOR_COLUMNS = ["response", "taken_at", "location", "score", "name", "phone", "comment"]


def customer_families(session: Session) -> tuple[str, ...]:
    """The survey families customers answer (staff and SOCO questionnaires left out).

    Narrowing a filter to them also lets the score histogram use its covering index."""
    rows = session.scalars(
        select(Survey.family).where(Survey.kind.not_in(NOT_CUSTOMER_SURVEYS)).distinct()
    ).all()
    return tuple(sorted(rows))


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    role: str
    location: str


def staff_info(session: Session, staff_id: int) -> StaffInfo:
    row = session.execute(
        select(Staff.id, Staff.name, Staff.role, Location.name)
        .outerjoin(Location, Location.id == Staff.location_id)
        .where(Staff.id == staff_id)
    ).first()
    if row is None:
        raise NotFoundError(fill(translate("Reports", "Staff member #%1 does not exist"),
                                 staff_id))
    return StaffInfo(row[0], row[1], row[2] or "", row[3] or "")


def detractor_contacts(session: Session, filters: Filters, limit: int) -> pd.DataFrame:
    """The newest `limit` detractor responses that name a customer, newest first.

    `name` and `phone` are filled only for a customer who consented and was not erased:
    the rule is applied in SQL, so personal data of the others never leaves the database.
    `comment` joins the response's "why" and "improve" answers."""
    if session.scalar(select(Customer.id).limit(1)) is None:
        return pd.DataFrame(columns=DETRACTOR_COLUMNS)  # no customers: nobody to call back
    allowed = and_(Customer.consent.is_(True), Customer.erased_at.is_(None))
    query = (
        select(Response.id, Response.taken_at, Response.location_id, Response.nps,
               case((allowed, Customer.name), else_=None),
               case((allowed, Customer.phone), else_=None))
        .join(Customer, Customer.id == Response.customer_id)
        .where(Response.nps <= DETRACTOR_MAX)
        .order_by(Response.taken_at.desc(), Response.id.desc())
        .limit(limit)
    )
    rows = session.execute(apply_response_filters(query, filters)).all()
    comments: dict[int, list[str]] = {}
    ids = [row[0] for row in rows]
    if ids:
        texts = session.execute(
            select(Answer.response_id, Answer.text)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.response_id.in_(ids), Question.role.in_(("why", "improve")),
                   Answer.text.is_not(None))
            .order_by(Answer.response_id, Question.position)
        ).all()
        for response_id, text in texts:
            if text and text.strip():
                comments.setdefault(response_id, []).append(text.strip())
    records = [(*row, " — ".join(comments.get(row[0], []))) for row in rows]
    return pd.DataFrame.from_records(records, columns=DETRACTOR_COLUMNS)


def improve_counts(session: Session, filters: Filters) -> pd.DataFrame:
    """(text, count) of the "what should we improve" answers in the filter, counted in SQL:
    the same words typed by many customers travel once."""
    questions = select(Question.id).where(Question.role == "improve")
    # responses as a subquery: SQLite then walks the few answers by response, not a join
    responses = apply_response_filters(select(Response.id), filters)
    query = (
        select(Answer.text, func.count())
        .where(Answer.question_id.in_(questions), Answer.text.is_not(None),
               Answer.response_id.in_(responses))
        .group_by(Answer.text)
    )
    rows = session.execute(query).all()
    return pd.DataFrame(rows, columns=["text", "count"])

