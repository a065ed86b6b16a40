"""The entry form's survey: plain questions, checked field by field as the save checks them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxdesk.db.models import QuestionKind
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.services.builtin import install_builtins
from cxdesk.services.responses import ResponseForm, answers_of, record_response
from cxdesk.services.survey_entry import (
    card_moment,
    check_card,
    check_field,
    key_questions,
    load_entry_survey,
    new_batch_key,
)
from cxdesk.services.survey_templates import current_survey_id


@pytest.fixture
def exit_survey(db):
    install_builtins(db)
    return load_entry_survey(db, current_survey_id(db, "exit"))


def test_loads_the_questions_in_card_order(exit_survey):
    codes = [q.code for q in exit_survey.questions]
    assert codes == ["frequency", "bought_today", "why_today", "wait_minutes", "speed", "csat",
                     "nps", "improve"]
    nps = exit_survey.question("nps")
    assert (nps.kind, nps.scale_min, nps.scale_max, nps.required) == (QuestionKind.NPS, 0, 10,
                                                                       True)
    assert nps.text_in("uk").startswith("Наскільки ймовірно")
    assert nps.label_in("max", "ru") == "Очень вероятно"
    assert exit_survey.question("frequency").option_texts("en")[0] == "First time"
    assert exit_survey.question("wait_minutes").unit_in("uk") == "хв"
    assert exit_survey.name_in("ru") == "Опрос на выходе"
    assert exit_survey.question("nope") is None


def test_a_missing_language_falls_back_to_english_then_russian(exit_survey):
    from dataclasses import replace

    nps = exit_survey.question("nps")
    assert replace(nps, text={"ru": "Вопрос", "en": "Question"}).text_in("uk") == "Question"
    assert replace(nps, text={"ru": "Вопрос", "uk": "Питання"}).text_in("en") == "Вопрос"


def test_unknown_survey(db):
    with pytest.raises(NotFoundError):
        load_entry_survey(db, 999)


@pytest.mark.parametrize(
    ("code", "value", "fragment"),
    [
        ("nps", "11", "outside the scale 0–10"),
        ("nps", "x", "is not a number"),
        ("csat", "0", "outside the scale 1–5"),
        ("bought_today", "maybe", "yes or no"),
        ("frequency", "7", "unknown option 7"),
        ("wait_minutes", "500", "outside the scale 0–180"),
        ("nps", "", "an answer is required"),
    ],
)
def test_check_field_refuses_what_the_save_would(exit_survey, code, value, fragment):
    with pytest.raises(ValidationError) as caught:
        check_field(exit_survey.question(code), value)
    assert caught.value.field == code
    assert fragment in str(caught.value)


def test_check_field_can_leave_the_required_rule_for_later(exit_survey):
    assert check_field(exit_survey.question("nps"), "", required=False).empty
    assert check_field(exit_survey.question("nps"), "10").number == 10
    assert check_field(exit_survey.question("wait_minutes"), "7,5").number == 7.5
    assert check_field(exit_survey.question("improve"), "Очереди\nЦіни").text == "Очереди\nЦіни"


def test_check_card_uses_the_rules_of_the_save(db, exit_survey):
    with pytest.raises(ValidationError) as caught:
        check_card(exit_survey, {"csat": 4})
    assert caught.value.field == "nps"
    answers = {"nps": "9", "frequency": "weekly", "bought_today": True, "improve": "Касса"}
    check_card(exit_survey, answers)
    form = ResponseForm(exit_survey.id, card_moment(date(2026, 6, 30)), answers)
    stored = answers_of(db, record_response(db, form))
    assert stored == {"nps": 9.0, "frequency": ["weekly"], "bought_today": 1.0,
                      "improve": "Касса"}


def test_servqual_pairs_and_key_questions(db):
    install_builtins(db)
    servqual = load_entry_survey(db, current_survey_id(db, "servqual"))
    first = servqual.questions[0]
    assert first.kind is QuestionKind.SERVQUAL and (first.scale_min, first.scale_max) == (1, 7)
    assert check_field(first, ("6", "4")).number == 4  # the perception; number2: expectation
    with pytest.raises(ValidationError, match="expectation and the perception"):
        check_field(first, "6")
    assert len(key_questions(servqual)) == 4


def test_key_questions_prefer_scores_in_card_order(exit_survey):
    assert [q.code for q in key_questions(exit_survey)] == ["wait_minutes", "speed", "csat",
                                                           "nps"]
    assert [q.code for q in key_questions(exit_survey, 2)] == ["speed", "csat"]


def test_card_moment_and_batch_key():
    assert card_moment(date(2026, 6, 30)) == datetime(2026, 6, 30, 12, 0)
    assert new_batch_key(datetime(2026, 6, 30, 18, 5, 9, 12)) == "entry-20260630-180509.000012"
