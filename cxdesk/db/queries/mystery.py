"""Frames of checked items from submitted mystery-shop visits, for scores and compliance."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    Standard,
    Visit,
    VisitAnswer,
    VisitStatus,
    visit_staff,
)
from cxdesk.db.queries.filters import Filters

ITEM_COLUMNS = [
    "visit", "location", "visited_at", "section", "item", "weight", "kind", "answer",
    "critical", "required", "standard", "comment",
]


def _visit_filter(query, filters: Filters):
    query = query.where(Visit.status == VisitStatus.SUBMITTED)
    if filters.start is not None:
        query = query.where(Visit.visited_at >= filters.start)
    if filters.end is not None:
        query = query.where(Visit.visited_at < filters.end)
    if filters.location_ids:
        query = query.where(Visit.location_id.in_(filters.location_ids))
    if filters.staff_ids:
        observed = select(visit_staff.c.visit_id).where(
            visit_staff.c.staff_id.in_(filters.staff_ids)
        )
        query = query.where(Visit.id.in_(observed))
    return query


def visit_items(session: Session, filters: Filters) -> pd.DataFrame:
    """One row per item of every submitted visit in the filter, answered or not.

    `answer` is 'yes'/'no'/'na', a 1–5 number, or the text, as `metrics.visit_score` reads it.
    Sections and standards are keyed by code so versions of one template roll up together.
    """
    query = (
        select(
            Visit.id, Visit.location_id, Visit.visited_at, ChecklistSection.code,
            ChecklistItem.code, ChecklistItem.weight, ChecklistItem.kind, VisitAnswer.choice,
            VisitAnswer.scale, VisitAnswer.text, ChecklistItem.critical, ChecklistItem.required,
            Standard.code, VisitAnswer.comment,
        )
        .select_from(Visit)
        .join(ChecklistSection, ChecklistSection.template_id == Visit.template_id)
        .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
        .outerjoin(
            VisitAnswer,
            (VisitAnswer.visit_id == Visit.id) & (VisitAnswer.item_id == ChecklistItem.id),
        )
        .outerjoin(Standard, Standard.id == ChecklistItem.standard_id)
        .order_by(Visit.id, ChecklistSection.position, ChecklistItem.position)
    )
    rows = session.execute(_visit_filter(query, filters)).all()
    records = []
    for (visit, location, visited_at, section, item, weight, kind, choice, scale, text,
         critical, required, standard, comment) in rows:
        answer = choice if choice is not None else scale if scale is not None else text
        records.append((visit, location, visited_at, section, item, weight, str(kind), answer,
                        critical, required, standard, comment or ""))
    return pd.DataFrame.from_records(records, columns=ITEM_COLUMNS)


def visit_staff_frame(session: Session, filters: Filters) -> pd.DataFrame:
    """(visit, staff) pairs of the submitted visits in the filter: who was observed."""
    query = select(visit_staff.c.visit_id, visit_staff.c.staff_id).join(
        Visit, Visit.id == visit_staff.c.visit_id
    )
    rows = session.execute(_visit_filter(query, filters)).all()
    return pd.DataFrame(rows, columns=["visit", "staff"])
