"""The demo data tells the stories it was made for, and keeps the app's own rules."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta

import pandas as pd
import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cxdesk.db.models import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    Customer,
    FeedbackEntry,
    FeedbackSource,
    ImprovementAction,
    Location,
    Priority,
    Response,
    SalesFigure,
    ServiceRequest,
    Staff,
    Survey,
    Visit,
    VisitAnswer,
    VisitStatus,
)
from cxdesk.metrics.mystery import visit_score
from cxdesk.services.answers import AnswerValue
from cxdesk.services.responses import headline_scores

from .conftest import TODAY


def _nps(scores) -> float:
    scores = list(scores)
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    return 100 * (promoters - detractors) / len(scores)


def test_headline_scores_are_the_answers(demo):
    with demo[0].session() as session:
        surveys = {
            s.id: s for s in session.scalars(select(Survey).options(selectinload(Survey.questions)))
        }
        answers = defaultdict(dict)
        for a in session.scalars(select(Answer)):
            answers[a.response_id][a.question_id] = AnswerValue(a.number, a.number2, a.text,
                                                                a.choices)
        responses = session.scalars(select(Response)).all()
    assert len(responses) > 5000
    for r in responses:
        expected = headline_scores(surveys[r.survey_id].questions, answers[r.id])
        assert (r.nps, r.csat, r.ces) == (expected["nps"], expected["csat"], expected["ces"])
    assert {s.family for s in surveys.values() if any(r.survey_id == s.id for r in responses)} \
        == {"exit", "nps", "csat", "ces", "servqual", "soco", "staff"}


def _exit_frame(demo) -> pd.DataFrame:
    with demo[0].session() as session:
        rows = session.execute(
            select(Location.name, Response.taken_at, Response.nps, Response.csat)
            .join(Location, Location.id == Response.location_id)
            .join(Survey, Survey.id == Response.survey_id)
            .where(Survey.family == "exit")
        ).all()
    return pd.DataFrame(rows, columns=["shop", "taken_at", "nps", "csat"])


def test_shops_differ_as_designed(demo):
    frame = _exit_frame(demo)
    nps = frame.groupby("shop")["nps"].apply(_nps)
    assert nps["Центр"] > nps["Лівий берег"] > nps["ТЦ Океан"]
    assert 35 <= nps["Центр"] <= 55
    assert 5 <= nps["Лівий берег"] <= 25
    assert -15 <= nps["ТЦ Океан"] <= 5
    csat = frame.groupby("shop")["csat"].mean()
    assert csat["Центр"] > csat["Лівий берег"] > csat["ТЦ Океан"]


def test_the_weak_shop_improves_over_the_year(demo):
    frame = _exit_frame(demo)
    weak = frame[frame["shop"] == "ТЦ Океан"]
    start = weak["taken_at"].min()
    first = weak[weak["taken_at"] < start + timedelta(days=90)]["nps"]
    last = weak[weak["taken_at"] > weak["taken_at"].max() - timedelta(days=90)]["nps"]
    assert _nps(last) - _nps(first) >= 15


def test_fewer_cards_on_sundays_and_nothing_after_yesterday(demo):
    frame = _exit_frame(demo)
    by_day = frame["taken_at"].dt.day_of_week.value_counts()
    assert by_day[6] < 0.7 * by_day[[0, 1, 2, 3, 4]].mean()
    assert frame["taken_at"].max().date() < TODAY


def test_visits_answer_every_item_and_keep_their_score(demo):
    with demo[0].session() as session:
        items = session.execute(
            select(ChecklistItem, ChecklistSection.code)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
        ).all()
        visits = session.scalars(select(Visit).options(selectinload(Visit.answers),
                                                        selectinload(Visit.staff))).all()
    assert Counter(v.status for v in visits) == {VisitStatus.SUBMITTED: 30, VisitStatus.DRAFT: 1}
    failed = 0
    for visit in visits:
        assert visit.staff
        if visit.status is VisitStatus.DRAFT:
            assert visit.score is None and visit.passed is None
            continue
        answered = {a.item_id: a for a in visit.answers}
        assert set(answered) == {item.id for item, _ in items}
        assert visit.started_at < visit.ended_at <= visit.submitted_at
        frame = pd.DataFrame([
            {"section": section, "item": item.code, "weight": item.weight, "kind": item.kind,
             "critical": item.critical, "required": item.required,
             "answer": _answer(answered[item.id])}
            for item, section in items
        ])
        result = visit_score(frame)
        assert visit.score == pytest.approx(result.value)
        assert visit.passed == result.passed
        failed += not visit.passed
        for answer in visit.answers:
            if answer.choice == "no":
                assert answer.comment
    assert failed == 2


def _answer(answer: VisitAnswer):
    return answer.choice or answer.scale or answer.text


def test_every_employee_has_a_soco_self_assessment(demo):
    with demo[0].session() as session:
        staff = session.scalars(select(Staff.id)).all()
        rows = session.execute(
            select(Response.staff_id, Response.id)
            .join(Survey, Survey.id == Response.survey_id)
            .where(Survey.family == "soco")
        ).all()
        answers = Counter(session.scalars(
            select(Answer.response_id).where(Answer.response_id.in_([r for _, r in rows]))))
    assert sorted(s for s, _ in rows) == sorted(staff)
    assert set(answers.values()) == {24}


def test_service_requests_mix_and_open_ones(demo):
    with demo[0].session() as session:
        requests = session.scalars(select(ServiceRequest)).all()
    mix = Counter(r.priority for r in requests)
    assert mix[Priority.NORMAL] > mix[Priority.HIGH] > mix[Priority.CRITICAL] > 0
    assert any(r.resolved_at is None for r in requests)
    assert sum(r.resolved_at is not None for r in requests) > 150
    assert any(r.customer_id for r in requests)


def test_feedback_of_every_source_mostly_answered(demo):
    with demo[0].session() as session:
        entries = session.scalars(select(FeedbackEntry)).all()
    assert {e.source for e in entries} == set(FeedbackSource)
    negative = [e for e in entries if e.sentiment == "negative"]
    answered = [e for e in negative if e.answered_at is not None]
    assert 0.6 < len(answered) / len(negative) < 1
    assert all(e.answered_at > e.received_at and e.answer for e in answered)


def test_customers_sales_and_actions(demo):
    with demo[0].session() as session:
        customers = session.scalars(select(Customer)).all()
        sales = session.scalars(select(SalesFigure)).all()
        actions = session.scalars(select(ImprovementAction)).all()
    consent = sum(c.consent for c in customers) / len(customers)
    assert 0.6 < consent < 0.8
    assert all((c.consent_at is not None) == c.consent for c in customers)
    assert any(ch in "іїєґ" for c in customers for ch in c.name)
    assert any(ch in "ыэъё" for c in customers for ch in c.name)
    assert all(c.phone is None or c.phone.startswith("+380 ") for c in customers)
    shops = [s for s in sales if s.customer_id is None]
    assert len({s.period_start for s in shops}) == 24
    by_customer = defaultdict(float)
    for s in sales:
        if s.customer_id is not None:
            by_customer[s.customer_id] += s.revenue
    assert len(by_customer) == 60
    top = sorted(by_customer.values(), reverse=True)
    assert sum(top[:12]) / sum(top) > 0.5  # Pareto-like: the top 20% bring most
    assert any(a.answer_id for a in actions)
    assert any(a.visit_answer_id for a in actions)
    assert any(a.feedback_id for a in actions)
    assert len({a.status for a in actions}) >= 3
