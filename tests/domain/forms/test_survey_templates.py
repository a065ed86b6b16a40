"""Survey templates: a version with responses stays as it was, edits make a new version."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from cxdesk.db.models import Answer, Question, Response, SamplePlan, Survey
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.services.survey_templates import (
    current_survey_id,
    delete_survey,
    duplicate_survey,
    get_survey,
    list_surveys,
    load_survey_form,
    save_survey,
    set_survey_active,
)
from cxdesk.templates import I18n, OptionTemplate, QuestionTemplate, SurveyTemplate
from tests.domain.forms.conftest import add


def ru(text: str) -> I18n:
    return I18n(text, "", "")


def exit_survey() -> SurveyTemplate:
    return SurveyTemplate(key="", kind="exit", name=ru("Опрос на ВЫХОДЕ"), description=ru(""),
                          questions=(
        QuestionTemplate("nps", "nps", ru("Порекомендуете нас?"), scale=(0, 10), role="nps"),
        QuestionTemplate("often", "single", ru("Как часто бываете?"), options=(
            OptionTemplate("first", ru("Впервые")), OptionTemplate("week", ru("Каждую неделю")))),
        QuestionTemplate("improve", "text", ru("Что улучшить?"), required=False, role="improve"),
    ))


def _answer(db, survey_id: int) -> int:
    with db.begin() as session:
        nps = session.query(Question).filter_by(survey_id=survey_id, code="nps").one()
        response = Response(survey_id=survey_id, taken_at=datetime(2026, 5, 2, 10), nps=9,
                            answers=[Answer(question_id=nps.id, number=9)])
        session.add(response)
        session.flush()
        return response.id


def test_new_survey_then_edit_in_place_while_unanswered(db) -> None:
    survey = save_survey(db, None, exit_survey())
    row = get_survey(db, survey)
    assert (row.family, row.version, row.question_count, row.response_count) == (
        "opros_na_vykhode", 1, 3, 0)
    form = load_survey_form(db, survey)
    assert form.questions[1].options[1].text == ru("Каждую неделю")
    edited = replace(form, questions=form.questions[:1] + form.questions[2:])
    assert save_survey(db, row.family, edited) == survey  # no responses: the same version
    row = get_survey(db, survey)
    assert (row.version, row.question_count, row.versions) == (1, 2, 1)
    assert [r.id for r in list_surveys(db, "выходе")] == [survey]
    assert [r.id for r in list_surveys(db, "ОПРОС")] == [survey]


def test_edit_of_an_answered_survey_makes_a_new_version(db) -> None:
    old = save_survey(db, None, exit_survey())
    family = get_survey(db, old).family
    response = _answer(db, old)
    form = load_survey_form(db, old)
    nps = replace(form.questions[0], text=ru("Насколько вероятно, что порекомендуете?"))
    new = save_survey(db, family, replace(form, questions=(nps, *form.questions[1:])))
    assert new != old
    assert current_survey_id(db, family) == new
    with db.session() as session:
        assert session.get(Response, response).survey_id == old
        assert session.get(Survey, old).current is False
        assert session.get(Survey, old).questions[0].text == {"ru": "Порекомендуете нас?"}
        assert session.get(Survey, new).version == 2
    rows = list_surveys(db)
    assert [(r.id, r.response_count, r.family_response_count, r.versions) for r in rows] == [
        (new, 0, 1, 2)]


def test_bad_survey_is_refused_and_nothing_changes(db) -> None:
    survey = save_survey(db, None, exit_survey())
    family = get_survey(db, survey).family
    form = load_survey_form(db, survey)
    bad_scale = replace(form.questions[0], scale=(1, 5))
    with pytest.raises(ValidationError) as err:
        save_survey(db, family, replace(form, questions=(bad_scale, *form.questions[1:])))
    assert err.value.field == "nps" and "scale" in str(err.value)
    one_option = replace(form.questions[1], options=form.questions[1].options[:1])
    with pytest.raises(ValidationError) as err:
        save_survey(db, family, replace(form, questions=(form.questions[0], one_option)))
    assert err.value.field == "often"
    with pytest.raises(ValidationError) as err:
        save_survey(db, family, replace(form, name=ru("  ")))
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        save_survey(db, None, replace(form, key="Опрос"))
    assert err.value.field == "key"
    with pytest.raises(ValidationError) as err:
        save_survey(db, None, form)  # its key is taken by the family it was loaded from
    assert err.value.field == "key"
    assert load_survey_form(db, survey) == form
    assert len(list_surveys(db)) == 1


def test_duplicate_archive_and_delete(db) -> None:
    survey = save_survey(db, None, exit_survey())
    family = get_survey(db, survey).family
    _answer(db, survey)
    copy = duplicate_survey(db, survey)
    row = get_survey(db, copy)
    assert row.family == f"{family}_copy" and row.name == {"ru": "Опрос на ВЫХОДЕ (копия)"}
    with pytest.raises(InUseError) as err:
        delete_survey(db, family)
    assert "1 response" in str(err.value) and "Archive" in str(err.value)
    set_survey_active(db, family, False)
    assert [r.id for r in list_surveys(db, include_archived=False)] == [copy]
    add(db, SamplePlan(survey_family=row.family, starts_on=datetime(2026, 5, 1).date(),
                       ends_on=datetime(2026, 5, 5).date(), target=25))
    with pytest.raises(InUseError) as err:
        delete_survey(db, row.family)
    assert "1 sample plan" in str(err.value)
    with db.begin() as session:
        session.query(SamplePlan).delete()
    delete_survey(db, row.family)
    with pytest.raises(NotFoundError):
        current_survey_id(db, row.family)
