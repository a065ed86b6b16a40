"""Rows the form-service tests share: a checklist with a submitted visit, a survey answered."""

from __future__ import annotations

from datetime import datetime

import pytest

from cxdesk.db.database import Database
from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Location,
    Visit,
    VisitAnswer,
    VisitStatus,
)

T = {"ru": "Текст", "uk": "Текст", "en": "Text"}


def add(db: Database, row) -> int:
    with db.begin() as session:
        session.add(row)
        session.flush()
        return row.id


def checklist_rows(family: str = "shop", standard_id: int | None = None) -> ChecklistTemplate:
    items = [
        ChecklistItem(position=1, code="greet", text={"ru": "Поздоровались", "en": "Greeted"},
                      kind=AnswerKind.YES_NO_NA, weight=2.0, critical=True,
                      standard_id=standard_id),
        ChecklistItem(position=2, code="clean", text={"uk": "Чисто", "en": "Clean"},
                      kind=AnswerKind.SCALE_1_5),
    ]
    return ChecklistTemplate(
        family=family, version=1, name={"ru": "Магазин", "en": "Shop"}, current=True,
        sections=[ChecklistSection(position=1, code="floor", title={"en": "Floor"}, items=items)],
    )


@pytest.fixture
def location_id(db: Database) -> int:
    return add(db, Location(name="Центральный"))


def submitted_visit(db: Database, template_id: int, location_id: int,
                    score: float = 75.0) -> int:
    """A submitted visit with its frozen score, its answers pointing at the items."""
    with db.begin() as session:
        template = session.get(ChecklistTemplate, template_id)
        items = [i for s in template.sections for i in s.items]
        visit = Visit(uid=f"v-{template_id}-{score}", template_id=template_id,
                      location_id=location_id, shopper="Анна", visited_at=datetime(2026, 5, 4, 11),
                      status=VisitStatus.SUBMITTED, score=score, passed=True,
                      submitted_at=datetime(2026, 5, 4, 12),
                      answers=[VisitAnswer(item_id=items[0].id, choice="no", comment="Молчали"),
                               VisitAnswer(item_id=items[1].id, scale=4)])
        session.add(visit)
        session.flush()
        return visit.id
