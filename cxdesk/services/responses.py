"""Record, correct and delete survey responses: each one whole or not at all."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import Answer, Channel, Customer, Location, Question, Response, Staff, Survey
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.answers import AnswerValue, check_answer

HEADLINE_ROLES = ("nps", "csat", "ces", "speed")


@dataclass
class ResponseForm:
    survey_id: int
    taken_at: datetime
    answers: Mapping[str, Any]  # question code -> raw value
    location_id: int | None = None
    staff_id: int | None = None
    customer_id: int | None = None
    channel: Channel = Channel.IN_STORE
    batch: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def check_answers(survey: Survey, raw: Mapping[str, Any]) -> dict[int, AnswerValue]:
    """Every answer checked against its question; required questions present."""
    by_code = {q.code: q for q in survey.questions}
    unknown = [code for code in raw if code not in by_code]
    if unknown:
        raise ValidationError(
            fill(translate("Responses", "Unknown question %1"), unknown[0]), unknown[0]
        )
    checked: dict[int, AnswerValue] = {}
    for question in survey.questions:
        value = check_answer(question, raw.get(question.code))
        if value.empty:
            if question.required:
                raise ValidationError(
                    fill(translate("Responses", "%1: an answer is required"), question.code),
                    question.code,
                )
            continue
        checked[question.id] = value
    if not checked:
        raise ValidationError(translate("Responses", "The response has no answers"))
    return checked


def headline_scores(questions: list[Question], checked: Mapping[int, AnswerValue]) -> dict:
    """The NPS/CSAT/CES scores of a response, copied onto it for fast metrics."""
    scores: dict[str, int | None] = dict.fromkeys(HEADLINE_ROLES)
    for question in questions:
        role = question.role or (question.kind if question.kind in HEADLINE_ROLES else None)
        if role in HEADLINE_ROLES and scores[role] is None and question.id in checked:
            number = checked[question.id].number
            scores[role] = int(number) if number is not None else None
    return scores


def _check_refs(session: Session, form: ResponseForm) -> Survey:
    survey = session.get(Survey, form.survey_id)
    if survey is None:
        raise NotFoundError(translate("Responses", "The survey no longer exists"))
    if form.location_id is not None and session.get(Location, form.location_id) is None:
        raise NotFoundError(translate("Responses", "The location no longer exists"))
    if form.staff_id is not None and session.get(Staff, form.staff_id) is None:
        raise NotFoundError(translate("Responses", "The staff member no longer exists"))
    if form.customer_id is not None and session.get(Customer, form.customer_id) is None:
        raise NotFoundError(translate("Responses", "The customer no longer exists"))
    return survey


def _fill(response: Response, survey: Survey, checked: dict[int, AnswerValue]) -> None:
    response.answers = [
        Answer(
            question_id=qid,
            number=value.number,
            number2=value.number2,
            text=value.text,
            choices=value.choices,
        )
        for qid, value in checked.items()
    ]
    for role, score in headline_scores(survey.questions, checked).items():
        setattr(response, role, score)


def record_response(db: Database, form: ResponseForm) -> int:
    """Check everything, then write the response and its answers in one transaction."""
    with db.begin() as session:
        survey = _check_refs(session, form)
        checked = check_answers(survey, form.answers)
        response = Response(
            survey_id=survey.id,
            taken_at=form.taken_at,
            location_id=form.location_id,
            staff_id=form.staff_id,
            customer_id=form.customer_id,
            channel=Channel(form.channel),
            batch=form.batch,
        )
        _fill(response, survey, checked)
        session.add(response)
        session.flush()
        return response.id


def update_response(db: Database, response_id: int, form: ResponseForm) -> None:
    """Replace a response's answers and header (a corrected card)."""
    with db.begin() as session:
        response = session.get(Response, response_id)
        if response is None:
            raise NotFoundError(translate("Responses", "The response no longer exists"))
        survey = _check_refs(session, form)
        checked = check_answers(survey, form.answers)
        response.answers.clear()
        session.flush()  # the unique (response, question) pair must be free before re-adding
        response.survey_id = survey.id
        response.taken_at = form.taken_at
        response.location_id = form.location_id
        response.staff_id = form.staff_id
        response.customer_id = form.customer_id
        response.channel = Channel(form.channel)
        _fill(response, survey, checked)


def delete_response(db: Database, response_id: int) -> None:
    with db.begin() as session:
        response = session.get(Response, response_id)
        if response is None:
            raise NotFoundError(translate("Responses", "The response no longer exists"))
        session.delete(response)


def answers_of(db: Database, response_id: int) -> dict[str, Any]:
    """The stored answers of a response keyed by question code (for correcting a card)."""
    with db.session() as session:
        rows = session.execute(
            select(Question, Answer)
            .join(Answer, Answer.question_id == Question.id)
            .where(Answer.response_id == response_id)
        ).all()
    result: dict[str, Any] = {}
    for question, answer in rows:
        if answer.choices is not None:
            result[question.code] = answer.choices
        elif answer.text is not None:
            result[question.code] = answer.text
        elif answer.number2 is not None:
            result[question.code] = (answer.number2, answer.number)
        else:
            result[question.code] = answer.number
    return result
