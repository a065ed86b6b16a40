"""One row of every table, with the values it was made from, for round-trip and constraint tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from cxdesk.db.base import Base
from cxdesk.db.models import (
    ActionSource,
    ActionStatus,
    Answer,
    AnswerKind,
    AppSetting,
    Channel,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Customer,
    FeedbackEntry,
    FeedbackSource,
    FeedbackStatus,
    ImprovementAction,
    JourneyStage,
    Location,
    LoyaltyType,
    Priority,
    Question,
    QuestionKind,
    Response,
    Role,
    SalesFigure,
    SamplePlan,
    Scenario,
    Sentiment,
    ServiceRequest,
    SlaTarget,
    Staff,
    StageRole,
    Standard,
    Survey,
    SurveyKind,
    Visit,
    VisitAnswer,
    VisitPhoto,
    VisitStatus,
)

# every Ukrainian-only letter, Russian ё/ы/э, an apostrophe and an emoji
UK = "Ґанок, єнот, ірис, їжак — м'ята 🙂"
RU = "Ёлка, сыр, эхо, ъ"
PHOTO = bytes(range(256)) * 4 + b"\x00\xff\x00"  # NUL bytes and every byte value


def i18n(tag: str) -> dict[str, Any]:
    return {"uk": f"{tag}: {UK}", "ru": f"{tag}: {RU}", "en": tag}


def when(day: int, micro: int = 0) -> datetime:
    return datetime(2026, 3, day, 9, 15, 30, micro)


@dataclass
class Rows:
    """The objects made, by name, and for each the column values it was made with."""

    objects: dict[str, Any] = field(default_factory=dict)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, session: Session, key: str, cls: type, /, *, extra: dict[str, Any] | None = None,
            **values: Any) -> Any:
        obj = cls(**values, **(extra or {}))
        session.add(obj)
        session.flush()  # fills the generated keys that the next rows point to
        self.objects[key] = obj
        self.values[key] = values
        return obj

    def __getitem__(self, name: str) -> Any:
        return self.objects[name]

    def fill_keys(self) -> None:
        """After the flush, record the generated primary keys with the values."""
        for name, obj in self.objects.items():
            for column in inspect(type(obj)).primary_key:
                self.values[name][column.key] = getattr(obj, column.key)


def build_all(session: Session) -> Rows:
    """Create one row of every table (the caller commits)."""
    r = Rows()
    r.add(session, "location", Location, name=f"Київ — {UK}", address="вул. Хрещатик, 1",
          active=True, created_at=when(1, 1))
    r.add(session, "staff", Staff, name="Ґрета Їжакевич", role="касирка",
          location_id=r["location"].id, active=False, created_at=when(1, 2))
    r.add(session, "customer", Customer, name="Євгенія Іваненко", search_key="євгенія іваненко",
          phone="+380441234567", email="ye@example.com", segment="постійні", consent=True,
          consent_at=when(2, 999_999), loyalty=LoyaltyType.DEDICATED, notes=RU, erased_at=None,
          created_at=when(2, 3))
    r.add(session, "survey", Survey, family="exit", version=2, kind=SurveyKind.SERVQUAL,
          name=i18n("Опитування"), description=i18n("Опис"), builtin=True, current=False,
          active=True, created_at=when(3))
    survey_id = r["survey"].id
    common: dict[str, Any] = {
        "survey_id": survey_id, "required": True, "scale_min": None, "scale_max": None,
        "labels": {}, "options": [], "dimension": None, "reverse": False, "role": None,
        "unit": {},
    }
    options = [{"code": "a", "text": i18n("А")}, {"code": "b", "text": i18n("Б")},
               {"code": "c", "text": i18n("В")}]
    specials: dict[QuestionKind, dict[str, Any]] = {
        QuestionKind.NPS: {"scale_min": 0, "scale_max": 10, "role": "nps",
                           "labels": {"min": i18n("ніколи"), "max": i18n("завжди")}},
        QuestionKind.CSAT: {"scale_min": 1, "scale_max": 5, "role": "csat"},
        QuestionKind.CES: {"scale_min": 1, "scale_max": 7, "role": "ces"},
        QuestionKind.RATING: {"scale_min": 1, "scale_max": 5, "reverse": True},
        QuestionKind.SINGLE: {"options": options},
        QuestionKind.MULTI: {"options": options, "required": False},
        QuestionKind.NUMBER: {"unit": i18n("грн")},
        QuestionKind.SERVQUAL: {"scale_min": 1, "scale_max": 7, "dimension": "reliability"},
    }
    for position, kind in enumerate(QuestionKind, start=1):
        values = {**common, **specials.get(kind, {})}
        r.add(session, f"q_{kind.value}", Question, position=position, code=f"q_{kind.value}",
              kind=kind, text=i18n(f"Питання {kind.value}"), **values)
    r.add(session, "response", Response, survey_id=survey_id, taken_at=when(4, 123_456),
          location_id=r["location"].id, staff_id=r["staff"].id,
          customer_id=r["customer"].id, channel=Channel.PHONE, batch="партія-1", nps=9,
          csat=4, ces=2, speed=5, created_at=when(4, 7))
    answers: dict[QuestionKind, dict[str, Any]] = {
        QuestionKind.NPS: {"number": 9.0},
        QuestionKind.CSAT: {"number": 4.0},
        QuestionKind.CES: {"number": 2.0},
        QuestionKind.RATING: {"number": 3.0},
        QuestionKind.YES_NO: {"number": 1.0},
        QuestionKind.SINGLE: {"choices": ["b"]},
        QuestionKind.MULTI: {"choices": ["a", "c"]},
        QuestionKind.TEXT: {"text": f"Відгук: {UK}"},
        QuestionKind.NUMBER: {"number": 1234.5678},
        QuestionKind.SERVQUAL: {"number": 5.0, "number2": 6.5},  # perception, expectation
    }
    for kind, answer in answers.items():
        values = {"number": None, "number2": None, "text": None, "choices": None, **answer}
        r.add(session, f"a_{kind.value}", Answer, response_id=r["response"].id,
              question_id=r[f"q_{kind.value}"].id, **values)

    r.add(session, "stage", JourneyStage, code="greeting", position=1, name=i18n("Зустріч"),
          description=i18n("Етап"), created_at=when(5))
    r.add(session, "role", Role, code="cashier", name=i18n("Касир"), created_at=when(5, 1))
    r.add(session, "stage_role", StageRole, stage_id=r["stage"].id, role_id=r["role"].id,
          duties=i18n("Привітатися"))
    r.add(session, "standard", Standard, code="greet-5s", stage_id=r["stage"].id,
          role_id=r["role"].id, text=i18n("Привітатися за 5 секунд"), active=True,
          created_at=when(5, 2))
    r.add(session, "scenario", Scenario, code="power-cut", stage_id=r["stage"].id,
          title=i18n("Немає світла"), risk=i18n("Ризик"), action=i18n("Дія"),
          created_at=when(5, 3))
    r.add(session, "template", ChecklistTemplate, family="shop", version=3, name=i18n("Чекліст"),
          description=i18n("Опис"), builtin=False, current=True, created_at=when(6))
    r.add(session, "section", ChecklistSection, template_id=r["template"].id, position=1,
          code="entry", title=i18n("Вхід"))
    r.add(session, "item", ChecklistItem, section_id=r["section"].id, position=1, code="greet",
          text=i18n("Привітали?"), hint=i18n("Підказка"), kind=AnswerKind.YES_NO_NA, weight=1.5,
          critical=True, required=False, standard_id=r["standard"].id)
    r.add(session, "visit", Visit, extra={"staff": [r["staff"]]},
          uid="0b7c1f7e-3c1a-4d55-9a3e-6f1d2b9c8e01", template_id=r["template"].id,
          location_id=r["location"].id, shopper="Таємний Їжак", visited_at=when(7, 1),
          started_at=when(7, 2), ended_at=when(7, 3), status=VisitStatus.SUBMITTED,
          notes=UK, score=87.5, passed=True, submitted_at=when(7, 4), updated_at=when(7, 5),
          created_at=when(7, 6))
    r.add(session, "visit_answer", VisitAnswer, visit_id=r["visit"].id, item_id=r["item"].id,
          choice="yes", scale=None, text=None, comment=f"Коментар: {UK}", updated_at=when(7, 7))
    r.add(session, "photo", VisitPhoto, answer_id=r["visit_answer"].id, filename="фото-ґанку.jpg",
          mime="image/jpeg", sha256="ab" * 32, data=PHOTO, created_at=when(7, 8))
    r.add(session, "feedback", FeedbackEntry, source=FeedbackSource.ONLINE_REVIEW,
          received_at=when(8, 1), location_id=r["location"].id, customer_id=r["customer"].id,
          author="Їжачок", text=f"Скарга: {UK}", url="https://example.com/відгук", rating=2,
          sentiment=Sentiment.NEGATIVE, status=FeedbackStatus.ANSWERED,
          answered_by_id=r["staff"].id, answered_at=when(8, 2), answer="Вибачте",
          created_at=when(8))
    r.add(session, "sla", SlaTarget, priority=Priority.CRITICAL, register_minutes=5,
          take_minutes=15, resolve_minutes=240)
    r.add(session, "request", ServiceRequest, priority=Priority.HIGH,
          customer_id=r["customer"].id, location_id=r["location"].id, description=UK,
          requested_at=when(9, 1), registered_at=when(9, 2), taken_at=when(9, 3),
          resolved_at=when(10, 4), created_at=when(9, 5))
    r.add(session, "action", ImprovementAction, title="Швидше привітання",
          description=UK, theme="привітання", source=ActionSource.SURVEY_ANSWER,
          answer_id=r["a_text"].id, visit_answer_id=r["visit_answer"].id,
          feedback_id=r["feedback"].id, location_id=r["location"].id, owner_id=r["staff"].id,
          due_date=date(2026, 4, 30), status=ActionStatus.IN_PROGRESS, done_at=None,
          created_at=when(11))
    r.add(session, "sales", SalesFigure, period_start=date(2026, 3, 1),
          location_id=r["location"].id, product="Кава «Ґанок»", customer_id=r["customer"].id,
          revenue=12345.67, quantity=89.0, created_at=when(12))
    r.add(session, "plan", SamplePlan, survey_family="exit", location_id=r["location"].id,
          starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6), target=25, created_at=when(12, 1))
    r.add(session, "setting", AppSetting, key="business_name", value="Кав'ярня «Ґанок» їжа є")
    r.fill_keys()
    return r


def table_counts(session: Session) -> dict[str, int]:
    return {
        name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in Base.metadata.tables.items()
    }
