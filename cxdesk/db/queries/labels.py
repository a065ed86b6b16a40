"""Names for the keys the analysis frames carry: locations, staff, checklist texts, shoppers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Location,
    Staff,
    Visit,
)

CHUNK = 500  # ids per IN (...): far below every dialect's limit on bound parameters

STAFF_COLUMNS = ["staff", "name", "role", "location", "active"]


def location_names(session: Session) -> dict[int, str]:
    return {row[0]: row[1] for row in session.execute(select(Location.id, Location.name))}


def staff_frame(session: Session) -> pd.DataFrame:
    """Everyone on the staff list: id, name, role, location id (None: the whole chain)."""
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.role, Staff.location_id, Staff.active)
        .order_by(Staff.name, Staff.id)
    ).all()
    return pd.DataFrame(rows, columns=STAFF_COLUMNS)


def checklist_texts(session: Session) -> tuple[dict[str, Any], dict[tuple[str, str], Any]]:
    """Section titles by section code and item texts by (section code, item code), the
    newest template version winning (visit frames key sections and items by code)."""
    sections: dict[str, Any] = {}
    items: dict[tuple[str, str], Any] = {}
    rows = session.execute(
        select(ChecklistSection.code, ChecklistSection.title, ChecklistItem.code,
               ChecklistItem.text)
        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistSection.template_id)
        .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
        .order_by(ChecklistTemplate.current, ChecklistTemplate.version, ChecklistTemplate.id)
    ).all()
    for section, title, item, text in rows:
        sections[section] = dict(title or {})
        items[section, item] = dict(text or {})
    return sections, items


def visit_shoppers(session: Session, visit_ids: Iterable[int]) -> dict[int, str]:
    """Who made each of the given visits."""
    ids = sorted({int(v) for v in visit_ids})
    found: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = session.execute(select(Visit.id, Visit.shopper).where(Visit.id.in_(chunk)))
        found.update({visit: shopper for visit, shopper in rows})
    return found
