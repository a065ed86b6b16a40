"""The Service-requests page: on time per SLA by priority, how long each step takes, and
"on time per SLA" against "satisfied with the speed" month by month (seed 002's gap)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.models import Priority
from cxdesk.db.queries import logs, scores
from cxdesk.db.queries.filters import Filters
from cxdesk.insights._common import proportion

# upper bounds of the time bins in minutes; the last bin is everything longer
BIN_EDGES = (15.0, 30.0, 60.0, 120.0, 240.0, 480.0, 1440.0, 4320.0)
STEPS = ("register", "take", "resolve")  # requested → registered → taken → resolved
PRIORITY_ORDER = tuple(str(p) for p in Priority)


@dataclass(frozen=True)
class TimeBins(metrics.Result):
    """How many requests took each time band for one step; counts line up with BIN_EDGES
    plus one last bin for the longer ones."""

    step: str
    counts: tuple[int, ...]
    n: int


@dataclass(frozen=True)
class PriorityRow(metrics.Result):
    """One priority: on time, its target, and the median/90th percentile times."""

    priority: str
    n: int  # requests registered in the period
    on_time: metrics.OnTime
    to_take: metrics.Duration
    to_resolve: metrics.Duration
    target_minutes: float | None


@dataclass(frozen=True)
class RequestsInsights:
    filters: Filters
    sla: metrics.SlaResult  # overall on time, times, mix, satisfied with speed, gap
    on_time: metrics.Score  # sla.on_time as a % with its margin
    priorities: tuple[PriorityRow, ...]  # critical → low, those with requests
    monthly: metrics.SlaMonthly  # on time % and satisfied % by month
    bins: tuple[TimeBins, ...]  # one per step
    bin_edges: tuple[float, ...]
    open_requests: int  # not resolved yet
    now: datetime  # open requests are judged late against this moment


def speed_answers(hist: pd.DataFrame) -> pd.DataFrame:
    """"Satisfied with the speed" answers (1–5) out of a score histogram by month: one row
    per answer, dated on the first of its month (all that sla_by_month reads of the date)."""
    rows = hist.dropna(subset=["speed"])
    if rows.empty:
        return pd.DataFrame({"taken_at": pd.to_datetime(pd.Series([], dtype=object)),
                             "score": pd.Series([], dtype=float)})
    counts = rows["count"].astype(int).to_numpy()
    months = pd.to_datetime(rows["g0"].astype(str) + "-01").to_numpy()
    return pd.DataFrame({
        "taken_at": np.repeat(months, counts),
        "score": np.repeat(rows["speed"].astype(float).to_numpy(), counts),
    })


def _minutes(later: pd.Series, earlier: pd.Series) -> np.ndarray:
    return ((later - earlier).dt.total_seconds() / 60).dropna().to_numpy()


def time_bins(requests: pd.DataFrame) -> tuple[TimeBins, ...]:
    pairs = {
        "register": ("registered_at", "requested_at"),
        "take": ("taken_at", "registered_at"),
        "resolve": ("resolved_at", "registered_at"),
    }
    out = []
    edges = np.array([-np.inf, *BIN_EDGES, np.inf])
    for step in STEPS:
        later, earlier = pairs[step]
        minutes = _minutes(requests[later], requests[earlier])
        # right-closed bins: a request of exactly 15 minutes is in "up to 15"
        index = np.searchsorted(edges, minutes, side="left") - 1
        counts = np.bincount(index, minlength=len(edges) - 1)[: len(edges) - 1]
        out.append(TimeBins(step, tuple(int(c) for c in counts), len(minutes)))
    return tuple(out)


def _priorities(requests: pd.DataFrame, targets: dict[str, float],
                now: datetime) -> tuple[PriorityRow, ...]:
    present = set(requests["priority"])
    ordered = [p for p in PRIORITY_ORDER if p in present] + sorted(present - set(PRIORITY_ORDER))
    rows = []
    for priority in ordered:
        part = requests[requests["priority"] == priority]
        result = metrics.sla(part, targets, now=now)
        judged = next((o for o in result.by_priority if o.priority == priority),
                      metrics.OnTime(priority, None, 0, 0, 0, 0, targets.get(priority)))
        rows.append(PriorityRow(priority, len(part), judged, result.to_take, result.to_resolve,
                                targets.get(priority)))
    return tuple(rows)


def requests_insights(db: Database, filters: Filters,
                      now: datetime | None = None) -> RequestsInsights:
    """`now` (default: the current time) decides which open requests are already late."""
    moment = now or datetime.now()
    with db.session() as session:
        requests = logs.requests_frame(session, filters)
        targets = logs.sla_targets(session)
        hist = scores.score_histogram(session, filters, "month")
    speed = speed_answers(hist)
    sla = metrics.sla(requests, targets, speed["score"], now=moment)
    return RequestsInsights(
        filters=filters,
        sla=sla,
        on_time=proportion(sla.on_time.on_time, sla.on_time.n),
        priorities=_priorities(requests, targets, moment),
        monthly=metrics.sla_by_month(requests, targets, speed, now=moment),
        bins=time_bins(requests),
        bin_edges=BIN_EDGES,
        open_requests=int(requests["resolved_at"].isna().sum()),
        now=moment,
    )
