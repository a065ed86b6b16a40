"""Frames of single-question answers: SOCO, "satisfied with speed", free text by role."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.models import Answer, Question, Response, Survey, SurveyKind
from cxdesk.db.queries.filters import Filters, apply_response_filters


def soco_answers(session: Session, filters: Filters) -> pd.DataFrame:
    """(person, item, score, reverse) of every SOCO questionnaire in the period.

    A person's latest questionnaire up to the end of the period counts (SOCO is filled
    once or twice a year, not every month), so a repeat does not double them.
    """
    query = (
        select(Response.id, Response.staff_id, Response.taken_at, Question.position,
               Answer.number, Question.reverse)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .join(Survey, Survey.id == Response.survey_id)
        .where(Survey.kind == SurveyKind.SOCO, Response.staff_id.is_not(None))
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
