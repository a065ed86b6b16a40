"""Frames of single-question answers: SOCO, "satisfied with speed", free text by role."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.models import Answer, Question, Response, Survey, SurveyKind
from cxdesk.db.queries.filters import Filters, apply_response_filters


def soco_answers(session: Session, filters: Filters) -> pd.DataFrame:
    """(person, item, score, reverse) of every SOCO questionnaire in the period.

    A person's latest questionnaire up to the end of the period counts (SOCO is filled
    once or twice a year, not every month), so a repeat does not double them.
    """
    # start from the few SOCO responses (index on survey_id), never from the answer table
    soco_surveys = select(Survey.id).where(Survey.kind == SurveyKind.SOCO)
    query = (
        select(Response.id, Response.staff_id, Response.taken_at, Question.position,
               Answer.number, Question.reverse)
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(Response.survey_id.in_(soco_surveys), Response.staff_id.is_not(None))
    )
    period_only = Filters(date_to=filters.date_to, staff_ids=filters.staff_ids)
    rows = session.execute(apply_response_filters(query, period_only)).all()
    frame = pd.DataFrame(rows, columns=["response", "person", "taken_at", "item", "score",
                                        "reverse"])
    if frame.empty:
        return frame[["person", "item", "score", "reverse"]]
    latest = frame.groupby("person")["taken_at"].transform("max")
    frame = frame[frame["taken_at"] == latest]
    latest_response = frame.groupby("person")["response"].transform("max")
    frame = frame[frame["response"] == latest_response]
    return frame[["person", "item", "score", "reverse"]].reset_index(drop=True)


def role_histogram(session: Session, filters: Filters, role: str) -> pd.Series:
    """How many answers each score got, over the questions playing `role` in the filter:
    counted in SQL, so a million answers never travel to Python."""
    questions = select(Question.id).where(Question.role == role)
    query = (
        select(Answer.number, func.count())
        .select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .where(Answer.question_id.in_(questions), Answer.number.is_not(None))
        .group_by(Answer.number)
    )
    rows = session.execute(apply_response_filters(query, filters)).all()
    return pd.Series({number: count for number, count in rows}, dtype="int64")


def role_answers(session: Session, filters: Filters, role: str) -> pd.DataFrame:
    """Answers to the questions playing `role` ('speed', 'improve', 'why' …) in the filter."""
    query = (
        select(Response.id, Response.taken_at, Response.location_id, Response.staff_id,
               Response.customer_id, Answer.number, Answer.text)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.role == role)
    )
    rows = session.execute(apply_response_filters(query, filters)).all()
    return pd.DataFrame(rows, columns=["response", "taken_at", "location", "staff", "customer",
                                       "score", "text"])
