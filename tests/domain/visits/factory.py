"""Small checklists, locations, staff and visits built straight from the models."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from cxdesk.db.database import Database
from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    JourneyStage,
    Location,
    Staff,
    Standard,
)
from cxdesk.services.visits import VisitStart, start_visit


def texts(ru: str, en: str | None = None) -> dict[str, str]:
    return {"ru": ru, "uk": ru, "en": en or ru}


# (section code, title, [(item code, kind, weight, critical, required, standard code)])
SPEC = [
    ("entry", "Вход", [
        ("greet", AnswerKind.YES_NO_NA, 2.0, True, True, "STD-GREET"),
        ("clean", AnswerKind.SCALE_1_5, 1.0, False, True, None),
        ("remark", AnswerKind.TEXT, 1.0, False, False, None),
    ]),
    ("pay", "Оплата", [
        ("fast", AnswerKind.YES_NO_NA, 1.0, False, True, None),
        ("cards", AnswerKind.YES_NO_NA, 1.0, False, False, None),
        ("overall", AnswerKind.SCALE_1_5, 3.0, False, True, None),
    ]),
]


@dataclass(frozen=True)
class World:
    template_id: int
    items: dict[str, int]  # "section.item" -> item id
    location_id: int
    other_location_id: int
    staff_ids: tuple[int, ...]


def make_checklist(db: Database, family: str = "test", version: int = 1,
                   spec: list | None = None, title_suffix: str = "") -> tuple[int, dict[str, int]]:
    with db.begin() as s:
        standard = s.scalar(select(Standard).where(Standard.code == "STD-GREET"))
        if standard is None:
            stage = JourneyStage(code="entry", position=1, name=texts("Вход в магазин"))
            s.add(stage)
            s.flush()
            standard = Standard(code="STD-GREET", stage_id=stage.id,
                                text=texts("Поприветствовать клиента в течение 10 секунд"))
            s.add(standard)
            s.flush()
        template = ChecklistTemplate(family=family, version=version,
                                     name=texts("Тайный покупатель"), builtin=False)
        for n, (code, title, items) in enumerate(spec or SPEC, start=1):
            section = ChecklistSection(position=n, code=code, title=texts(title + title_suffix))
            for m, (icode, kind, weight, critical, required, std) in enumerate(items, start=1):
                section.items.append(ChecklistItem(
                    position=m, code=icode, text=texts(f"Пункт «{icode}»"), kind=kind,
                    weight=weight, critical=critical, required=required,
                    standard_id=standard.id if std else None))
            template.sections.append(section)
        s.add(template)
        s.flush()
        ids = {f"{sec.code}.{item.code}": item.id
               for sec in template.sections for item in sec.items}
        return template.id, ids


def make_world(db: Database) -> World:
    template_id, items = make_checklist(db)
    with db.begin() as s:
        centre, podil = Location(name="Центр"), Location(name="Подол")
        s.add_all([centre, podil])
        s.flush()
        olga = Staff(name="Ольга Петренко", role="кассир", location_id=centre.id)
        ivan = Staff(name="Іван", role="продавец", location_id=centre.id)
        s.add_all([olga, ivan])
        s.flush()
        return World(template_id, items, centre.id, podil.id, (olga.id, ivan.id))


def new_visit(db: Database, world: World, shopper: str = "Анна",
              visited_at: datetime | None = None, location_id: int | None = None) -> int:
    return start_visit(db, VisitStart(
        template_id=world.template_id, location_id=location_id or world.location_id,
        shopper=shopper, visited_at=visited_at or datetime(2026, 5, 4, 11, 30),
        staff_ids=world.staff_ids))


def answer_all(db: Database, world: World, visit_id: int) -> None:
    from cxdesk.services.visits import save_answer

    it = world.items
    save_answer(db, visit_id, it["entry.greet"], choice="yes", comment="Улыбнулась, «добрый день»")
    save_answer(db, visit_id, it["entry.clean"], scale=4, comment="Пыль на полке")
    save_answer(db, visit_id, it["entry.remark"], text="Очередь — 3 человека; ціни видно")
    save_answer(db, visit_id, it["pay.fast"], choice="no", comment="Ждал 7 минут")
    save_answer(db, visit_id, it["pay.cards"], choice="na")
    save_answer(db, visit_id, it["pay.overall"], scale=3)


def jpeg(seed: int = 0, size: int = 2000) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(size) + bytes([seed])


def png(seed: int = 0, size: int = 3000) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + os.urandom(size) + bytes([seed])


TABLES = ("visit", "visit_answer", "visit_photo", "visit_staff", "checklist_template",
          "checklist_section", "checklist_item", "location", "staff", "standard",
          "journey_stage")


def counts(db: Database) -> dict[str, int]:
    from sqlalchemy import table

    with db.session() as s:
        return {name: s.scalar(select(func.count()).select_from(table(name)))
                for name in TABLES}
