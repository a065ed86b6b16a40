"""The schema itself refuses bad rows, and a refused write leaves nothing behind."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    Answer,
    AnswerKind,
    ChecklistItem,
    Customer,
    FeedbackEntry,
    FeedbackSource,
    Question,
    QuestionKind,
    Response,
    ServiceRequest,
    VisitAnswer,
)
from tests.domain.db.rows import Rows, build_all, table_counts, when

FK = r"FOREIGN KEY constraint failed|violates foreign key constraint"


def unique(name: str, sqlite_columns: str) -> str:
    return rf"UNIQUE constraint failed: {sqlite_columns}|unique constraint \"{name}\""


def check(name: str) -> str:
    return rf"CHECK constraint failed: {name}|check constraint \"{name}\""


def _two_answers(session: Session, r: Rows) -> None:
    session.add(Answer(response_id=r["response"].id, question_id=r["q_nps"].id, number=3.0))


def _visit_answer_twice(session: Session, r: Rows) -> None:
    session.add(VisitAnswer(visit_id=r["visit"].id, item_id=r["item"].id, choice="no"))


def _missing_survey(session: Session, r: Rows) -> None:
    session.add(Response(survey_id=r["survey"].id + 999, taken_at=when(20)))


def _missing_question(session: Session, r: Rows) -> None:
    # a whole new response whose second answer points nowhere: nothing of it may stay
    response = Response(survey_id=r["survey"].id, taken_at=when(20))
    response.answers = [
        Answer(question_id=r["q_nps"].id, number=10.0),
        Answer(question_id=r["q_nps"].id + 999, number=1.0),
    ]
    session.add(response)


def _consent_without_date(session: Session, r: Rows) -> None:
    session.add(Customer(name="Без дати", consent=True, consent_at=None))


def _date_without_consent(session: Session, r: Rows) -> None:
    session.add(Customer(name="Без згоди", consent=False, consent_at=when(20)))


def _zero_weight(session: Session, r: Rows) -> None:
    session.add(ChecklistItem(section_id=r["section"].id, position=2, code="zero",
                              text={"uk": "Нуль"}, kind=AnswerKind.TEXT, weight=0.0))


def _rating_six(session: Session, r: Rows) -> None:
    session.add(FeedbackEntry(source=FeedbackSource.CALL, received_at=when(20), text="Шість",
                              rating=6))


def _fax_channel(session: Session, r: Rows) -> None:
    session.add(Response(survey_id=r["survey"].id, taken_at=when(20), channel="fax"))


def _fax_channel_in_sql(session: Session, r: Rows) -> None:
    # past the ORM's validation: the CHECK in the database must still refuse it
    session.execute(
        text("INSERT INTO response (survey_id, taken_at, channel) VALUES (:s, :t, 'fax')"),
        {"s": r["survey"].id, "t": when(20)},
    )


def _scale_reversed(session: Session, r: Rows) -> None:
    session.add(Question(survey_id=r["survey"].id, position=99, code="bad",
                         kind=QuestionKind.RATING, text={"uk": "Шкала"}, scale_min=5, scale_max=5))


def _resolved_before_registered(session: Session, r: Rows) -> None:
    session.add(ServiceRequest(registered_at=when(20),
                               resolved_at=when(20) - timedelta(minutes=1)))


CASES: list[tuple[str, Callable[[Session, Rows], None], type[Exception], str]] = [
    ("two answers to one question", _two_answers, IntegrityError,
     unique("uq_answer_response_id_question_id", "answer.response_id, answer.question_id")),
    ("a visit item answered twice", _visit_answer_twice, IntegrityError,
     unique("uq_visit_answer_visit_id_item_id", "visit_answer.visit_id, visit_answer.item_id")),
    ("a response to a missing survey", _missing_survey, IntegrityError, FK),
    ("an answer to a missing question", _missing_question, IntegrityError, FK),
    ("consent without a date", _consent_without_date, IntegrityError,
     check("ck_customer_consent_dated")),
    ("a consent date without consent", _date_without_consent, IntegrityError,
     check("ck_customer_consent_dated")),
    ("a checklist item of weight 0", _zero_weight, IntegrityError,
     check("ck_checklist_item_weight_positive")),
    ("a feedback rating of 6", _rating_six, IntegrityError,
     check("ck_feedback_entry_rating_range")),
    ("channel 'fax'", _fax_channel, StatementError, r"'fax' is not among the defined enum values"),
    ("channel 'fax' in plain SQL", _fax_channel_in_sql, IntegrityError,
     check("ck_response_channel")),
    ("a scale with min = max", _scale_reversed, IntegrityError, check("ck_question_scale_order")),
    ("resolved before registered", _resolved_before_registered, IntegrityError,
     check("ck_service_request_resolved_after_reg")),
]


@pytest.mark.parametrize(("case", "write", "error", "pattern"), CASES, ids=[c[0] for c in CASES])
def test_bad_rows_are_refused_and_leave_nothing_behind(
    migrated: Database, case: str, write: Callable[[Session, Rows], None],
    error: type[Exception], pattern: str,
) -> None:
    with migrated.begin() as session:
        rows = build_all(session)
    with migrated.session() as session:
        before = table_counts(session)
        with pytest.raises(error) as caught:
            write(session, rows)
            session.commit()
        assert re.search(pattern, str(caught.value)), str(caught.value)
        session.rollback()
        assert table_counts(session) == before, case
    with migrated.session() as session:  # and seen from a fresh session too
        assert table_counts(session) == before, case


def test_foreign_keys_are_enforced_on_every_connection(migrated: Database) -> None:
    """Not just the first: the pool hands out several connections; each must check keys."""
    connections: list[Any] = [migrated.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            with pytest.raises(IntegrityError):
                conn.execute(text("INSERT INTO staff (name, role, location_id, active) "
                                  "VALUES ('Ніхто', '', 424242, true)"))
            conn.rollback()
    finally:
        for conn in connections:
            conn.close()
