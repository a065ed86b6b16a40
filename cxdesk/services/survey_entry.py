"""A survey as the entry form reads it: plain questions, checked one field at a time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, cast

from cxdesk.db.database import Database
from cxdesk.db.models import Question, QuestionKind, Survey
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.answers import AnswerValue, check_answer
from cxdesk.services.responses import check_answers
from cxdesk.services.search import localized

SCORES = (QuestionKind.NPS, QuestionKind.CSAT, QuestionKind.CES, QuestionKind.RATING)
# which answers tell the cards of a batch apart in its list: scores first, then the rest
_KEY_RANK = {kind: 0 for kind in SCORES} | {
    QuestionKind.NUMBER: 1, QuestionKind.SERVQUAL: 1, QuestionKind.YES_NO: 2,
    QuestionKind.SINGLE: 2, QuestionKind.MULTI: 3,
}
CARD_TIME = time(12, 0)  # a paper card gives the day only: noon keeps it inside that day


@dataclass(frozen=True, eq=False)
class EntryQuestion:
    """One question with every attribute `check_answer` reads, free of any session."""

    id: int
    position: int
    code: str
    kind: QuestionKind
    text: dict[str, str]
    required: bool
    scale_min: int | None
    scale_max: int | None
    labels: dict[str, Any]  # {"min": {lang: text}, "max": {lang: text}} or {}
    options: tuple[dict[str, Any], ...]  # as stored: {"code": ..., "text": {lang: text}}
    unit: dict[str, str]
    role: str | None
    dimension: str | None

    def text_in(self, lang: str) -> str:
        """The question in `lang`, else English, else Russian (else Ukrainian)."""
        return localized(self.text, lang)

    def option_texts(self, lang: str) -> list[str]:
        return [localized(option.get("text"), lang) or option["code"] for option in self.options]

    def option_codes(self) -> list[str]:
        return [option["code"] for option in self.options]

    def label_in(self, end: str, lang: str) -> str:
        """The text of the scale's "min" or "max" end, or ""."""
        return localized((self.labels or {}).get(end), lang)

    def unit_in(self, lang: str) -> str:
        return localized(self.unit, lang)


@dataclass(frozen=True, eq=False)
class EntrySurvey:
    id: int
    family: str
    kind: str
    name: dict[str, str]
    questions: tuple[EntryQuestion, ...]

    def name_in(self, lang: str) -> str:
        return localized(self.name, lang) or self.family

    def question(self, code: str) -> EntryQuestion | None:
        return next((q for q in self.questions if q.code == code), None)


def _entry_question(q: Question) -> EntryQuestion:
    return EntryQuestion(
        id=q.id, position=q.position, code=q.code, kind=QuestionKind(q.kind),
        text=dict(q.text or {}), required=q.required, scale_min=q.scale_min,
        scale_max=q.scale_max, labels=dict(q.labels or {}),
        options=tuple(dict(option) for option in q.options or ()), unit=dict(q.unit or {}),
        role=q.role, dimension=q.dimension,
    )


def load_entry_survey(db: Database, survey_id: int) -> EntrySurvey:
    """A survey version and its questions in order, to be read outside any session."""
    with db.session() as session:
        survey = session.get(Survey, survey_id)
        if survey is None:
            raise NotFoundError(translate("Responses", "The survey no longer exists"))
        return EntrySurvey(survey.id, survey.family, str(survey.kind), dict(survey.name or {}),
                           tuple(_entry_question(q) for q in survey.questions))


def check_field(question: EntryQuestion, value: Any, *, required: bool = True) -> AnswerValue:
    """One answer checked as `record_response` will check it; with `required`, a blank answer
    to a required question is refused too, with the message the save would give."""
    checked = check_answer(cast(Question, question), value)  # reads only what EntryQuestion has
    if required and checked.empty and question.required:
        raise ValidationError(
            fill(translate("Responses", "%1: an answer is required"), question.code),
            question.code,
        )
    return checked


def check_card(survey: EntrySurvey, answers: Mapping[str, Any]) -> None:
    """The whole card checked by the very rules of `record_response`, before anything is sent."""
    check_answers(cast(Survey, survey), answers)  # it reads .questions, .code, .id, .required


def key_questions(survey: EntrySurvey, limit: int = 4) -> tuple[EntryQuestion, ...]:
    """The answers that tell the cards of a batch apart: scores before choices, in card order."""
    ranked = sorted((q for q in survey.questions if q.kind in _KEY_RANK),
                    key=lambda q: (_KEY_RANK[q.kind], q.position))
    return tuple(sorted(ranked[:limit], key=lambda q: q.position))


def card_moment(day: date) -> datetime:
    """When a card typed for `day` was taken."""
    return datetime.combine(day, CARD_TIME)


def new_batch_key(now: datetime) -> str:
    """The `Response.batch` of one typing session (two batches a second apart stay apart)."""
    return f"entry-{now:%Y%m%d-%H%M%S.%f}"
