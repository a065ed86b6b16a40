"""The joint histogram of the headline scores: one scan of `response` feeds NPS, CSAT, CES
and satisfaction with speed."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cxdesk.db.models import Customer, Question, Response
from cxdesk.db.queries.filters import Filters, apply_response_filters
from cxdesk.db.queries.periods import FREQS, period_key

GROUPS = ("location", "staff", "channel", "survey", "segment", *FREQS)
SCORE_COLUMNS = ("nps", "csat", "ces", "speed")


def _group_column(session: Session, by: str):
    if by == "location":
        return Response.location_id
    if by == "staff":
        return Response.staff_id
    if by == "channel":
        return Response.channel
    if by == "survey":
        return Response.survey_id
    if by == "segment":
        return Customer.segment
    return period_key(session, Response.taken_at, by)


def group_names(by: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """`by` as a tuple of breakdown names: None → (), "month" → ("month",)."""
    if by is None:
        return ()
    names = (by,) if isinstance(by, str) else tuple(by)
    for name in names:
        if name not in GROUPS:
            raise ValueError(f"unknown breakdown {name!r}")
    return names


def score_histogram(
    session: Session, filters: Filters, by: str | tuple[str, ...] | None = None
) -> pd.DataFrame:
    """Rows (g0?, g1?, survey_id, nps, csat, ces, speed, count): responses per score combination.

    Grouping by the three scores together costs one pass over the table however many figures
    are asked for; the marginals (NPS counts, CSAT counts …) are sums over this frame.
    """
    groups = group_names(by)
    keys = [_group_column(session, name).label(f"g{i}") for i, name in enumerate(groups)]
    columns = [*keys, Response.survey_id, *(getattr(Response, c) for c in SCORE_COLUMNS)]
    query = select(*columns, func.count().label("count")).select_from(Response)
    if "segment" in groups:
        query = query.join(Customer, Customer.id == Response.customer_id)
    query = apply_response_filters(query, filters)
    query = query.where(
        or_(*(getattr(Response, c).is_not(None) for c in SCORE_COLUMNS))
    ).group_by(*columns)
    rows = session.execute(query).all()
    names = [f"g{i}" for i in range(len(groups))] + ["survey_id", *SCORE_COLUMNS, "count"]
    return pd.DataFrame(rows, columns=names)


def ces_scales(session: Session) -> dict[int, tuple[int, int]]:
    """survey_id -> the (min, max) scale of its CES question, since 1–5 and 1–7 never mix."""
    rows = session.execute(
        select(Question.survey_id, Question.scale_min, Question.scale_max).where(
            (Question.role == "ces") | (Question.kind == "ces")
        )
    ).all()
    scales: dict[int, tuple[int, int]] = {}
    for survey_id, lo, hi in rows:
        scales.setdefault(survey_id, (lo or 1, hi or 7))
    return scales


def nps_scales(session: Session) -> dict[int, tuple[int, int]]:
    rows = session.execute(
        select(Question.survey_id, Question.scale_min, Question.scale_max).where(
            (Question.role == "nps") | (Question.kind == "nps")
        )
    ).all()
    scales: dict[int, tuple[int, int]] = {}
    for survey_id, lo, hi in rows:
        scales.setdefault(survey_id, (lo if lo is not None else 0, hi or 10))
    return scales


def marginal(hist: pd.DataFrame, column: str, keys: list[str] | None = None) -> pd.DataFrame:
    """Counts per value of one score (and of `keys`), from the joint histogram."""
    part = hist.dropna(subset=[column])
    return part.groupby([*(keys or []), column], dropna=False)["count"].sum().reset_index()
