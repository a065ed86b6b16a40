"""record_response: every question type checked, the response saved whole or not at all."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from cxdesk.db.database import open_database
from cxdesk.db.models import Answer, Location, Question, QuestionKind, Response, Survey, SurveyKind
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.services.responses import (
    ResponseForm,
    answers_of,
    delete_response,
    record_response,
    update_response,
)

T = {"ru": "т", "uk": "т", "en": "t"}


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "r.db")
    yield database
    database.dispose()


@pytest.fixture
def survey_id(db):
    questions = [
        Question(position=1, code="nps", kind=QuestionKind.NPS, text=T, scale_min=0, scale_max=10,
                 role="nps"),
        Question(position=2, code="csat", kind=QuestionKind.CSAT, text=T, scale_min=1,
                 scale_max=5, role="csat", required=False),
        Question(position=3, code="ces", kind=QuestionKind.CES, text=T, scale_min=1, scale_max=7,
                 required=False),
        Question(position=4, code="bought", kind=QuestionKind.YES_NO, text=T, required=False),
        Question(position=5, code="freq", kind=QuestionKind.SINGLE, text=T, required=False,
                 options=[{"code": "first", "text": T}, {"code": "often", "text": T}]),
        Question(position=6, code="what", kind=QuestionKind.MULTI, text=T, required=False,
                 options=[{"code": "a", "text": T}, {"code": "b", "text": T},
                          {"code": "c", "text": T}]),
        Question(position=7, code="improve", kind=QuestionKind.TEXT, text=T, required=False),
        Question(position=8, code="wait", kind=QuestionKind.NUMBER, text=T, required=False,
                 scale_min=0, scale_max=240),
        Question(position=9, code="sq", kind=QuestionKind.SERVQUAL, text=T, required=False,
                 scale_min=1, scale_max=7, dimension="tangibles"),
        Question(position=10, code="rate", kind=QuestionKind.RATING, text=T, required=False,
                 scale_min=1, scale_max=10),
    ]
    with db.begin() as s:
        s.add(Location(name="Центр"))
        survey = Survey(family="t", kind=SurveyKind.CUSTOM, name=T, questions=questions)
        s.add(survey)
        s.flush()
        return survey.id


def _form(survey_id, **answers):
    return ResponseForm(survey_id=survey_id, taken_at=datetime(2026, 5, 4, 12), answers=answers,
                        location_id=1)


def _count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_every_question_type_is_stored(db, survey_id):
    rid = record_response(db, _form(
        survey_id, nps="10", csat=4, ces="6", bought="да", freq="often", what=["a", "c"],
        improve="Очереди на кассе\nЦіни", wait="7,5", sq=(6, 4), rate=8,
    ))
    stored = answers_of(db, rid)
    assert stored == {
        "nps": 10.0, "csat": 4.0, "ces": 6.0, "bought": 1.0, "freq": ["often"],
        "what": ["a", "c"], "improve": "Очереди на кассе\nЦіни", "wait": 7.5, "sq": (6.0, 4.0),
        "rate": 8.0,
    }
    with db.session() as s:
        response = s.get(Response, rid)
        # the headline copies follow the roles; ces has no role but its kind decides
        assert (response.nps, response.csat, response.ces) == (10, 4, 6)


@pytest.mark.parametrize(
    ("answers", "field", "fragment"),
    [
        ({"nps": "11"}, "nps", "outside the scale 0–10"),
        ({"nps": "-1"}, "nps", "outside the scale"),
        ({"nps": "abc"}, "nps", "is not a number"),
        ({"nps": "7.5"}, "nps", "whole number"),
        ({"nps": 5, "csat": 0}, "csat", "outside the scale 1–5"),
        ({"nps": 5, "bought": "maybe"}, "bought", "yes or no"),
        ({"nps": 5, "freq": ["first", "often"]}, "freq", "one option"),
        ({"nps": 5, "what": ["z"]}, "what", "unknown option z"),
        ({"nps": 5, "sq": 5}, "sq", "expectation and the perception"),
        ({"nps": 5, "sq": (8, 1)}, "sq", "outside the scale 1–7"),
        ({"nps": 5, "wait": 1000}, "wait", "outside the scale"),
        ({"csat": 5}, "nps", "required"),
        ({"nps": 5, "nope": 1}, "nope", "Unknown question"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_written(db, survey_id, answers, field, fragment):
    with pytest.raises(ValidationError) as caught:
        record_response(db, _form(survey_id, **answers))
    assert caught.value.field == field
    assert fragment in str(caught.value)
    assert _count(db, Response) == 0
    assert _count(db, Answer) == 0


def test_missing_references_are_refused(db, survey_id):
    form = _form(survey_id, nps=9)
    form.staff_id = 999
    with pytest.raises(NotFoundError):
        record_response(db, form)
    with pytest.raises(NotFoundError):
        record_response(db, _form(survey_id + 100, nps=9))
    assert _count(db, Response) == 0


def test_a_corrected_card_replaces_its_answers(db, survey_id):
    rid = record_response(db, _form(survey_id, nps=3, improve="грязно"))
    update_response(db, rid, _form(survey_id, nps=9, csat=5))
    assert answers_of(db, rid) == {"nps": 9.0, "csat": 5.0}
    with db.session() as s:
        assert (s.get(Response, rid).nps, s.get(Response, rid).csat) == (9, 5)
    # a bad correction leaves the previous version intact
    with pytest.raises(ValidationError):
        update_response(db, rid, _form(survey_id, nps=12))
    assert answers_of(db, rid) == {"nps": 9.0, "csat": 5.0}


def test_delete_removes_the_answers_too(db, survey_id):
    rid = record_response(db, _form(survey_id, nps=9, improve="x"))
    delete_response(db, rid)
    assert _count(db, Response) == 0
    assert _count(db, Answer) == 0
    with pytest.raises(NotFoundError):
        delete_response(db, rid)
