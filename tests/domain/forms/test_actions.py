"""Improvement actions: typed in, or made from a visit item, a survey answer or feedback."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxdesk.db.models import (
    ActionSource,
    ActionStatus,
    Answer,
    Question,
    QuestionKind,
    Response,
    Survey,
    SurveyKind,
    VisitAnswer,
)
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.services.actions import (
    ActionForm,
    action_from_feedback,
    action_from_survey_answer,
    action_from_visit_answer,
    create_action,
    delete_action,
    get_action,
    list_actions,
    set_action_status,
    update_action,
)
from cxdesk.services.feedback import FeedbackForm, create_feedback
from cxdesk.services.org import StaffForm, create_staff
from tests.domain.forms.conftest import add, checklist_rows, submitted_visit

LONG = ("Сделайте больше касс, в субботу очередь на полчаса, люди уходят не купив, а ещё "
        "поставьте кондиционер")


def _survey_answer(db, location_id: int) -> int:
    question = Question(position=1, code="improve", kind=QuestionKind.TEXT, role="improve",
                        text={"ru": "Что улучшить?"}, required=False)
    survey = add(db, Survey(family="exit", kind=SurveyKind.EXIT, name={"ru": "Выход"},
                            questions=[question]))
    with db.begin() as session:
        answer = Answer(question_id=session.get(Survey, survey).questions[0].id, text=LONG)
        session.add(Response(survey_id=survey, taken_at=datetime(2026, 5, 3, 18),
                             location_id=location_id, answers=[answer]))
        session.flush()
        return answer.id


def test_manual_action_create_edit_done(db, location_id) -> None:
    owner = create_staff(db, StaffForm("Петренко"))
    action = create_action(db, ActionForm("  Повесить  ценники ", theme="Зал", owner_id=owner,
                                          due_date=date(2026, 6, 1), location_id=location_id))
    row = get_action(db, action)
    assert (row.title, row.owner_name, row.location_name, row.source) == (
        "Повесить ценники", "Петренко", "Центральный", ActionSource.MANUAL)
    assert row.source_text == "Added by hand" and row.overdue(date(2026, 6, 2))
    update_action(db, action, ActionForm("Повесить ценники", status=ActionStatus.DONE))
    done = get_action(db, action)
    assert done.done_at is not None and done.owner_id is None
    assert not done.overdue(date(2027, 1, 1))
    set_action_status(db, action, ActionStatus.IN_PROGRESS)
    assert get_action(db, action).done_at is None
    for form, field in ((ActionForm(" "), "title"), (ActionForm("x" * 301), "title"),
                        (ActionForm("ok", theme="t" * 101), "theme")):
        with pytest.raises(ValidationError) as err:
            update_action(db, action, form)
        assert err.value.field == field
    with pytest.raises(NotFoundError):
        update_action(db, action, ActionForm("ok", owner_id=999))
    assert get_action(db, action).title == "Повесить ценники"
    delete_action(db, action)
    assert list_actions(db) == []


def test_actions_from_their_sources(db, location_id) -> None:
    template = add(db, checklist_rows())
    visit = submitted_visit(db, template, location_id)
    with db.session() as session:
        failed = session.query(VisitAnswer).filter_by(visit_id=visit, choice="no").one().id
    from_visit = get_action(db, action_from_visit_answer(db, failed, lang="ru"), lang="ru")
    assert (from_visit.title, from_visit.theme, from_visit.location_id) == (
        "Поздоровались", "Floor", location_id)
    assert "Answer: no" in from_visit.description and "Молчали" in from_visit.description
    assert from_visit.source_text == "Mystery-shop visit of 2026-05-04: “Поздоровались”"

    from_answer = get_action(db, action_from_survey_answer(db, _survey_answer(db, location_id)))
    assert from_answer.title.endswith("…") and len(from_answer.title) <= 80
    assert LONG.startswith(from_answer.title[:-1]) and from_answer.description == LONG
    assert (from_answer.theme, from_answer.location_id) == ("waiting", location_id)
    assert from_answer.source_text == "Survey answer of 2026-05-03 to “Что улучшить?”"

    entry = create_feedback(db, FeedbackForm(received_at=datetime(2026, 5, 5), rating=2,
                                             text="Грязно у входа", location_id=location_id))
    from_feedback = get_action(db, action_from_feedback(db, entry))
    assert (from_feedback.title, from_feedback.source) == ("Грязно у входа",
                                                           ActionSource.FEEDBACK)
    assert [r.id for r in list_actions(db, "ГРЯЗНО")] == [from_feedback.id]
    assert [r.id for r in list_actions(db, "поздоровались")] == [from_visit.id]
    assert len(list_actions(db, location_id=location_id)) == 3
    with pytest.raises(NotFoundError):
        action_from_feedback(db, 999)
