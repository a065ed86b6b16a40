"""Per-question figures of the surveys in a filter: score per question, SERVQUAL gaps and the
key drivers (importance × performance)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from cxdesk import metrics
from cxdesk.db.models import Answer, Question, QuestionKind, Response, Survey, SurveyKind
from cxdesk.db.queries.filters import Filters, apply_response_filters
from cxdesk.metrics._common import LOW_N, Z95
from cxdesk.metrics.drivers import MIN_PAIRS

SCORED = (QuestionKind.NPS, QuestionKind.CSAT, QuestionKind.CES, QuestionKind.RATING,
          QuestionKind.YES_NO, QuestionKind.NUMBER, QuestionKind.SERVQUAL)
# what a driver analysis explains, best first; and the kinds that can explain it
TARGET_ROLES = ("overall", "nps", "csat")
ATTRIBUTE_KINDS = (QuestionKind.CSAT, QuestionKind.CES, QuestionKind.RATING,
                   QuestionKind.SERVQUAL)
NOT_CUSTOMER_SURVEYS = (SurveyKind.STAFF, SurveyKind.SOCO)  # staff answer these
DRIVER_SAMPLE = 20_000  # the newest responses a driver analysis reads: r is stable long before


@dataclass(frozen=True)
class QuestionScore:
    """One question of one survey family over the filter (its versions pooled by code).
    `mean` is the mean answer (SERVQUAL: the perception; yes/no: the share of yes, 0–1);
    `top2` the % of answers in the top two points of a scale (yes/no: % yes)."""

    family: str
    code: str
    position: int
    kind: str
    role: str | None
    text: dict[str, Any]
    scale: tuple[int, int] | None
    mean: float | None
    moe: float | None
    top2: float | None
    expectation: float | None
    n: int

    @property
    def low_n(self) -> bool:
        return self.n < LOW_N


def _question_rows(session: Session) -> pd.DataFrame:
    """Every scored question, newest version last: family, code, kind, text, scale."""
    rows = session.execute(
        select(Question.id, Survey.family, Survey.version, Question.code, Question.position,
               Question.kind, Question.role, Question.text, Question.scale_min,
               Question.scale_max, Question.dimension)
        .join(Survey, Survey.id == Question.survey_id)
        .where(Question.kind.in_(SCORED), Survey.kind.not_in(NOT_CUSTOMER_SURVEYS))
        .order_by(Survey.family, Survey.version)
    ).all()
    return pd.DataFrame(rows, columns=["question", "family", "version", "code", "position",
                                       "kind", "role", "text", "low", "high", "dimension"])


def question_scores(session: Session, filters: Filters) -> tuple[QuestionScore, ...]:
    """Mean, 95% margin, top-2-box share and n of every scored question of the customer
    surveys (staff and SOCO questionnaires left out), summed in SQL."""
    questions = _question_rows(session)
    if questions.empty:
        return ()
    top = case((Answer.number >= Question.scale_max - 1, 1), else_=0)
    query = (
        select(Answer.question_id, func.count(Answer.number), func.sum(Answer.number),
               func.sum(Answer.number * Answer.number), func.sum(top),
               func.sum(Answer.number2), func.count(Answer.number2))
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.kind.in_(SCORED), Answer.number.is_not(None))
        .group_by(Answer.question_id)
    )
    sums = pd.DataFrame(session.execute(apply_response_filters(query, filters)).all(),
                        columns=["question", "n", "sum", "sumsq", "top", "sum2", "n2"])
    if sums.empty:
        return ()
    merged = sums.merge(questions, on="question")
    totals = merged.groupby(["family", "code"])[["n", "sum", "sumsq", "top", "sum2", "n2"]].sum()
    newest = questions.drop_duplicates(["family", "code"], keep="last").set_index(
        ["family", "code"])
    out = []
    for (family, code), row in totals.iterrows():
        info = newest.loc[(family, code)]
        out.append(_score(family, code, info, row))
    return tuple(sorted(out, key=lambda q: (q.family, q.position)))


def _score(family: str, code: str, info: pd.Series, row: pd.Series) -> QuestionScore:
    n = int(row["n"])
    mean = float(row["sum"]) / n
    moe = None
    if n > 1:
        variance = max(0.0, (float(row["sumsq"]) - n * mean * mean) / (n - 1))
        moe = Z95 * math.sqrt(variance / n)
    kind = str(info["kind"])
    scale = None
    if not pd.isna(info["low"]) and not pd.isna(info["high"]):
        scale = (int(info["low"]), int(info["high"]))
    top2 = None
    if kind == QuestionKind.YES_NO:
        top2 = 100.0 * mean
    elif scale is not None and kind != QuestionKind.NUMBER:
        top2 = 100.0 * float(row["top"]) / n
    n2 = int(row["n2"])
    return QuestionScore(
        family=family, code=code, position=int(info["position"]), kind=kind,
        role=None if pd.isna(info["role"]) else str(info["role"]), text=dict(info["text"] or {}),
        scale=scale, mean=mean, moe=moe, top2=top2,
        expectation=float(row["sum2"]) / n2 if n2 else None, n=n,
    )


@dataclass(frozen=True)
class ServqualData:
    result: metrics.ServqualResult  # items in questionnaire order
    texts: dict[str, dict[str, Any]]  # item code -> its statement in each language
    positions: dict[str, int]  # item code -> its number in the questionnaire


def servqual_gaps(session: Session, filters: Filters) -> ServqualData | None:
    """SERVQUAL gaps of the expectation/perception pairs answered in the filter, or None
    when no SERVQUAL survey was answered."""
    query = (
        select(Question.code, Question.dimension, Answer.number2, Answer.number)
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.kind == QuestionKind.SERVQUAL, Question.dimension.is_not(None))
    )
    rows = session.execute(apply_response_filters(query, filters)).all()
    if not rows:
        return None
    texts, positions = {}, {}
    for code, text, position in session.execute(
        select(Question.code, Question.text, Question.position)
        .join(Survey, Survey.id == Question.survey_id)
        .where(Question.kind == QuestionKind.SERVQUAL).order_by(Survey.version)
    ).all():
        texts[code], positions[code] = dict(text or {}), position  # the newest version wins
    frame = pd.DataFrame(rows, columns=["item", "dimension", "expectation", "perception"])
    frame = frame.sort_values("item", key=lambda codes: codes.map(positions), kind="stable")
    return ServqualData(metrics.servqual(frame), texts, positions)


@dataclass(frozen=True)
class DriversData:
    family: str
    target: str  # the target question's code
    result: metrics.DriversResult
    texts: dict[str, dict[str, Any]]  # question code -> its text in each language
    positions: dict[str, int]  # question code -> its number in the questionnaire


def _target(scores: list[QuestionScore]) -> QuestionScore | None:
    for role in TARGET_ROLES:
        for score in scores:
            if score.role == role and score.n >= MIN_PAIRS:
                return score
    return None


def driver_choice(scores: tuple[QuestionScore, ...], filters: Filters
                  ) -> tuple[str, QuestionScore, list[QuestionScore]] | None:
    """The survey family a driver analysis explains: the one the filter names, else the one
    with the most attributes (then the most answers); its target and attributes."""
    families: dict[str, list[QuestionScore]] = {}
    for score in scores:
        families.setdefault(score.family, []).append(score)
    choices = []
    for family, mine in families.items():
        target = _target(mine)
        if target is None:
            continue
        attributes = [s for s in mine if s is not target and s.kind in ATTRIBUTE_KINDS
                      and s.n >= MIN_PAIRS]
        if len(attributes) >= 2:
            choices.append((family in filters.survey_families, len(attributes), target.n,
                            family, target, attributes))
    if not choices:
        return None
    *_, family, target, attributes = max(choices, key=lambda c: c[:3])
    return family, target, attributes


def key_drivers(session: Session, filters: Filters, scores: tuple[QuestionScore, ...]
                ) -> DriversData | None:
    """Importance (correlation with the target) × performance (mean) of the chosen survey's
    attributes, over its newest DRIVER_SAMPLE responses in the filter."""
    chosen = driver_choice(scores, filters)
    if chosen is None:
        return None
    family, target, attributes = chosen
    codes = [target.code] + [a.code for a in attributes]
    responses = apply_response_filters(
        select(Response.id).join(Survey, Survey.id == Response.survey_id)
        .where(Survey.family == family), filters,
    ).order_by(Response.taken_at.desc()).limit(DRIVER_SAMPLE)
    rows = session.execute(
        select(Answer.response_id, Question.code, Answer.number)
        .join(Question, Question.id == Answer.question_id)
        .where(Answer.response_id.in_(responses), Question.code.in_(codes),
               Answer.number.is_not(None))
    ).all()
    frame = pd.DataFrame(rows, columns=["response", "code", "number"])
    wide = frame.pivot_table(index="response", columns="code", values="number", aggfunc="first")
    wide = wide.reindex(columns=codes)
    result = metrics.drivers(wide, target.code, [a.code for a in attributes])
    asked = [target, *attributes]
    return DriversData(family, target.code, result, {s.code: s.text for s in asked},
                       {s.code: s.position for s in asked})
