"""The Surveys page's data: NPS distribution, score per question, breakdowns by staff and
channel, trends, the detractors to call back, improvement themes, SERVQUAL and drivers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.models import Answer, Customer, Location, Question, Response, Staff
from cxdesk.db.queries import scores
from cxdesk.db.queries.filters import Filters, apply_response_filters
from cxdesk.services.analysis import indexed, run_parallel, survey_families
from cxdesk.services.analysis_periods import period_keys
from cxdesk.services.analysis_questions import (
    DriversData,
    QuestionScore,
    ServqualData,
    key_drivers,
    question_scores,
    servqual_gaps,
)
from cxdesk.services.figures import GroupFigures, _breakdown, _counts, _survey_scores

DETRACTOR_MAX = 6  # the top of the detractor band on both NPS scales (0–10 and 1–10)
DETRACTORS_LISTED = 200  # the newest ones; the total is counted


@dataclass(frozen=True)
class Detractor:
    """A detractor's answer to call back. `name` and `phone` are None unless the customer
    consented to keeping their data (and was not erased): the rule is applied in SQL."""

    response: int
    taken_at: datetime
    location: str
    staff: str
    channel: str
    score: int
    comment: str
    name: str | None
    phone: str | None


@dataclass(frozen=True)
class SurveyBreakdowns:
    filters: Filters
    nps: metrics.NpsResult
    csat: metrics.CsatResult
    ces: metrics.CesResult
    distribution: tuple[int, ...]  # answers per NPS score 0…10
    questions: tuple[QuestionScore, ...]
    staff: tuple[GroupFigures, ...]
    channels: tuple[GroupFigures, ...]
    detractors: tuple[Detractor, ...]  # newest first, at most DETRACTORS_LISTED
    detractors_total: int
    themes: metrics.ThemesResult
    servqual: ServqualData | None
    drivers: DriversData | None


def survey_breakdowns(db: Database, filters: Filters) -> SurveyBreakdowns:
    """Everything of the Surveys page but the trend (see `survey_trend`)."""
    given, filters = filters, indexed(filters, survey_families(db))  # same rows, faster
    got = run_parallel({
        "scores": lambda: _read(db, lambda s: _headline(s, filters)),
        "groups": lambda: _read(db, lambda s: (_groups(s, filters, "staff"),
                                               _groups(s, filters, "channel"))),
        "questions": lambda: _read(db, lambda s: _questions(s, filters)),
        "voice": lambda: _read(db, lambda s: (detractors(s, filters),
                                              improvement_themes(s, filters))),
    })
    (nps, csat, ces), distribution = got["scores"]
    staff, channels = got["groups"]
    questions, servqual, drivers = got["questions"]
    (listed, total), themes = got["voice"]
    return SurveyBreakdowns(given, nps, csat, ces, distribution, questions, staff, channels,
                            listed, total, themes, servqual, drivers)


def _read(db: Database, job):
    with db.session() as session:
        return job(session)


def _headline(session: Session, filters: Filters):
    hist = scores.score_histogram(session, filters)
    counts = _counts(hist, "nps")
    distribution = tuple(counts.get(score, 0) for score in range(11))
    return _survey_scores(hist, scores.ces_scales(session)), distribution


def _groups(session: Session, filters: Filters, by: str) -> tuple[GroupFigures, ...]:
    return _breakdown(session, filters, by, scores.ces_scales(session))


def _questions(session: Session, filters: Filters):
    per_question = question_scores(session, filters)
    return (per_question, servqual_gaps(session, filters),
            key_drivers(session, filters, per_question))


def survey_trend(db: Database, filters: Filters, freq: str = "month",
                 today: date | None = None) -> tuple[GroupFigures, ...]:
    """NPS, CSAT and CES per week, month or quarter of the period up to today, every
    bucket shown (an empty one with value None)."""
    with db.session() as session:
        narrowed = indexed(filters, survey_families(db))
        groups = {g.key: g for g in _groups(session, narrowed, freq)}
    today = today or date.today()
    first = filters.date_from or _first_day(groups, freq)
    last = min(filters.date_to, today) if filters.date_to else today
    if first is None:
        return ()
    empty = (metrics.nps_from_counts({}), metrics.csat_from_counts({}),
             metrics.ces_from_counts({}))
    return tuple(groups.get(key) or GroupFigures(key, key, *empty)
                 for key in period_keys(first, last, freq))


def _first_day(groups: dict, freq: str) -> date | None:
    keys = sorted(k for k in groups if k is not None)
    if not keys:
        return None
    first = keys[0]
    if freq == "quarter":
        year, quarter = first.split("-Q")
        return date(int(year), (int(quarter) - 1) * 3 + 1, 1)
    return date.fromisoformat(first if freq == "week" else f"{first}-01")


def detractors(session: Session, filters: Filters, limit: int = DETRACTORS_LISTED
               ) -> tuple[tuple[Detractor, ...], int]:
    """The newest detractors of the filter with their comments, and how many there are."""
    allowed = and_(Customer.consent.is_(True), Customer.erased_at.is_(None))
    query = (
        select(Response.id, Response.taken_at, Location.name, Staff.name, Response.channel,
               Response.nps, case((allowed, Customer.name), else_=None),
               case((allowed, Customer.phone), else_=None))
        .select_from(Response)
        .outerjoin(Location, Location.id == Response.location_id)
        .outerjoin(Staff, Staff.id == Response.staff_id)
        .outerjoin(Customer, Customer.id == Response.customer_id)
        .where(Response.nps <= DETRACTOR_MAX)
        .order_by(Response.taken_at.desc(), Response.id.desc())
        .limit(limit)
    )
    rows = session.execute(apply_response_filters(query, filters)).all()
    total = session.scalar(apply_response_filters(
        select(func.count()).select_from(Response).where(Response.nps <= DETRACTOR_MAX),
        filters))
    comments: dict[int, list[str]] = {}
    if rows:
        texts = session.execute(
            select(Answer.response_id, Answer.text)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.response_id.in_([row[0] for row in rows]),
                   Question.role.in_(("why", "improve")), Answer.text.is_not(None))
            .order_by(Answer.response_id, Question.position)
        ).all()
        for response_id, text in texts:
            if text and text.strip():
                comments.setdefault(response_id, []).append(text.strip())
    listed = tuple(
        Detractor(rid, taken_at, location or "", staff or "", str(channel), int(score),
                  " — ".join(comments.get(rid, [])), name or None, phone or None)
        for rid, taken_at, location, staff, channel, score, name, phone in rows
    )
    return listed, int(total or 0)


def improvement_themes(session: Session, filters: Filters) -> metrics.ThemesResult:
    """The "what should we improve" answers of the filter grouped by theme. Equal answers are
    counted in SQL and read once, so a million answers cost a few thousand reads."""
    questions = select(Question.id).where(Question.role == "improve")
    responses = apply_response_filters(select(Response.id), filters)
    rows = session.execute(
        select(Answer.text, func.count())
        .where(Answer.question_id.in_(questions), Answer.text.is_not(None),
               Answer.response_id.in_(responses))
        .group_by(Answer.text)
    ).all()
    return weighted_themes(pd.DataFrame(rows, columns=["text", "count"]))


def weighted_themes(counts: pd.DataFrame) -> metrics.ThemesResult:
    """`metrics.improvement_themes` over (text, count) rows: each distinct answer counts as
    many times as it was given."""
    totals: dict[tuple[str, bool], int] = {}
    examples: dict[tuple[str, bool], list[str]] = {}
    answers = items = 0
    for text, count in counts.itertuples(index=False):
        one = metrics.improvement_themes([text])
        if not one.n:
            continue
        answers += int(count)
        items += int(count) * one.items
        for theme in one.themes:
            key = (theme.theme, theme.builtin)
            totals[key] = totals.get(key, 0) + int(count)
            shown = examples.setdefault(key, [])
            seen = {e.casefold() for e in shown}
            shown.extend(e for e in theme.examples if e.casefold() not in seen)
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0][0]))
    themes = tuple(metrics.Theme(theme, n, builtin, tuple(examples[theme, builtin][:3]))
                   for (theme, builtin), n in ordered)
    return metrics.ThemesResult(themes, answers, items)
