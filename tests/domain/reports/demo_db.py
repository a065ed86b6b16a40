"""The demo database the report tests read, plus a few hostile and private rows."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PIL import Image as PILImage
from sqlalchemy import select

from cxdesk.db.database import Database, open_database
from cxdesk.db.models import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Customer,
    Location,
    Question,
    Response,
    Staff,
    Survey,
    VisitAnswer,
    VisitPhoto,
)
from cxdesk.services.visits import VisitStart, finish_visit, save_answer, start_visit, submit_visit
from tests.demo_fixture import DEMO_TODAY, copy_demo

TODAY = DEMO_TODAY
PERIOD = (date(2026, 1, 1), date(2026, 6, 30))
HOSTILE_CUSTOMER = "<b>&x"
HOSTILE_STAFF = '<font color="[[[1]]]">'
SECRET_CUSTOMER = "Секретна Клієнтка"
SECRET_PHONE = "+380 44 000 00 02"
ERASED_CUSTOMER = "Стерта Клієнтка"
LONG_COMMENT = ("Чекали дуже довго, каса не працювала & <b>нікого</b> не було. " * 80)[:5000]
LOCATIONS = ("Лівий берег", "ТЦ Океан", "Центр")
PHOTOS = 6  # good photos on the hostile visit's long-comment item


@dataclass(frozen=True)
class Demo:
    path: Path
    hostile_staff_id: int
    hostile_visit_id: int


def build_demo(tmp_path_factory, name: str, template: Path) -> Demo:
    """A year of demo data (a copy of the session's `demo_template`: seed 1, up to
    2026-06-30) and the test's own rows."""
    path = copy_demo(template, tmp_path_factory.mktemp(name), "d.db")
    db = open_database(path)
    try:
        staff_id = _add_detractors(db)
        visit_id = _add_visit(db, staff_id)
    finally:
        db.dispose()
    return Demo(path, staff_id, visit_id)


def _add_detractors(db: Database) -> int:
    """Three detractors on the last day: one consented (hostile name, 5,000-character
    comment), one without consent, one erased; served by a staff member with a hostile name."""
    with db.begin() as session:
        shop = session.scalar(select(Location).where(Location.name == "Центр"))
        survey = session.scalar(select(Survey).where(Survey.family == "exit"))
        why = session.scalar(select(Question).where(Question.survey_id == survey.id,
                                                    Question.role == "why"))
        staff = Staff(name=HOSTILE_STAFF, role="Продавець", location_id=shop.id)
        consented = datetime(2026, 1, 5, 10, 0)
        people = [
            Customer(name=HOSTILE_CUSTOMER, phone="+380 44 000 00 01", consent=True,
                     consent_at=consented),
            Customer(name=SECRET_CUSTOMER, phone=SECRET_PHONE, consent=False),
            Customer(name=ERASED_CUSTOMER, phone="+380 44 000 00 03", consent=True,
                     consent_at=consented, erased_at=datetime(2026, 6, 1)),
        ]
        session.add_all([staff, *people])
        session.flush()
        for minute, person in enumerate(people):
            response = Response(survey_id=survey.id, taken_at=datetime(2026, 6, 30, 20, minute),
                                location_id=shop.id, staff_id=staff.id, customer_id=person.id,
                                nps=1, csat=1)
            session.add(response)
            session.flush()
            session.add(Answer(response_id=response.id, question_id=why.id,
                               text=LONG_COMMENT if minute == 0 else "Погано"))
        return staff.id


def _add_visit(db: Database, staff_id: int) -> int:
    """A submitted visit observing the hostile staff member, with a long comment and a
    photo whose bytes are not an image."""
    with db.session() as session:
        template = session.scalar(select(ChecklistTemplate).where(
            ChecklistTemplate.builtin.is_(True), ChecklistTemplate.current.is_(True)))
        shop = session.scalar(select(Location.id).where(Location.name == "Центр"))
        items = session.execute(
            select(ChecklistItem.id, ChecklistItem.kind)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
            .where(ChecklistSection.template_id == template.id)
            .order_by(ChecklistSection.position, ChecklistItem.position)).all()
    visit_id = start_visit(db, VisitStart(template.id, shop, "Тест Покупець",
                                          datetime(2026, 6, 29, 12, 0), (staff_id,)))
    for index, (item_id, kind) in enumerate(items):
        if kind == "scale_1_5":
            save_answer(db, visit_id, item_id, scale=4)
        elif kind == "text":
            save_answer(db, visit_id, item_id, text="Усе гаразд <i>&amp;</i>")
        else:
            save_answer(db, visit_id, item_id, choice="no" if index == 3 else "yes",
                        comment=LONG_COMMENT if index == 3 else None)
    finish_visit(db, visit_id, datetime(2026, 6, 29, 12, 40))
    submit_visit(db, visit_id)
    with db.begin() as session:
        answer = session.scalar(select(VisitAnswer).where(VisitAnswer.visit_id == visit_id)
                                .order_by(VisitAnswer.id).offset(3))
        session.add(VisitPhoto(answer_id=answer.id, filename="broken<1>.png", mime="image/png",
                               sha256="0" * 64, data=b"\x89PNG\r\n\x1a\nnot really a png"))
        for number in range(PHOTOS):  # with the long comment: a row taller than a page
            session.add(VisitPhoto(answer_id=answer.id, filename=f"photo{number}.jpg",
                                   mime="image/jpeg", sha256=f"{number}" * 64,
                                   data=_jpeg(number)))
    return visit_id


def _jpeg(number: int) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (1200, 900), (40 * number, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def squash(text: str) -> str:
    return "".join(text.split())
