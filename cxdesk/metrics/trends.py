"""Any score function by period or by group, and a figure compared with the previous period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result
from .nps import NpsDifference, NpsResult, nps_difference

FREQS = {"week": "W-SUN", "month": "M", "quarter": "Q"}  # ISO weeks end on Sunday

ScoreFn = Callable[[Any], Result]


@dataclass(frozen=True)
class Point(Result):
    """One period or group and the score function's result for it; `n` = the result's n."""

    label: str
    key: Any
    result: Result
    n: int


@dataclass(frozen=True)
class Trend(Result):
    points: tuple[Point, ...]
    n: int  # rows that went in

    def values(self) -> list[float | None]:
        return [getattr(p.result, "value", None) for p in self.points]


@dataclass(frozen=True)
class Comparison(Result):
    """`change` = current − previous value; `significance` only for NPS (nps_difference,
    previous → current); `significant` None where no test applies."""

    current: float | None
    previous: float | None
    change: float | None
    significant: bool | None
    significance: NpsDifference | None
    n: int  # the current figure's n


def _label(period: pd.Period, freq: str) -> str:
    if freq == "week":
        year, week, _ = period.start_time.isocalendar()
        return f"{year}-W{week:02d}"
    return str(period)  # "2024-03", "2024Q1"


def _input(rows: pd.DataFrame, value_col: str | None) -> Any:
    # a score function of a whole frame (servqual, visit_score …) gets the rows themselves
    return rows if value_col is None else rows[value_col]


def by_period(
    frame: pd.DataFrame,
    score_fn: ScoreFn,
    freq: str = "month",
    date_col: str = "taken_at",
    value_col: str | None = "score",
    fill: bool = True,
) -> Trend:
    """Apply `score_fn` per week, month or quarter of `date_col`, in time order.

    `score_fn` maps the period's `value_col` Series (or its rows when `value_col` is None) to
    a result, e.g. `by_period(answers, nps)` or `by_period(answers, lambda s: ces(s, (1, 5)))`.
    With `fill`, periods without rows between the first and the last appear with the result
    of an empty input (value None), so a chart shows the gap. Weeks are ISO weeks ("2024-W09").
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}")
    stamps = pd.to_datetime(frame[date_col])
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)  # Period has no time zone; keep the local date
    periods = stamps.dt.to_period(FREQS[freq])
    present = sorted(periods.dropna().unique())
    if fill and present:
        wanted = list(pd.period_range(present[0], present[-1], freq=FREQS[freq]))
    else:
        wanted = present
    points = []
    for period in wanted:
        result = score_fn(_input(frame[periods == period], value_col))
        points.append(Point(_label(period, freq), period, result, result.n))
    return Trend(tuple(points), int(periods.notna().sum()))


def by_group(
    frame: pd.DataFrame,
    score_fn: ScoreFn,
    group_col: str,
    value_col: str | None = "score",
) -> Trend:
    """Apply `score_fn` per value of `group_col` (location, staff, channel, segment …).

    Groups come sorted by their key; rows without a group form a group with key None.
    """
    points = []
    for key, rows in frame.groupby(group_col, sort=True, dropna=False):
        key = None if pd.isna(key) else key
        result = score_fn(_input(rows, value_col))
        points.append(Point("—" if key is None else str(key), key, result, result.n))
    return Trend(tuple(points), len(frame))


def with_previous(current: Result, previous: Result) -> Comparison:
    """Compare a figure with the same figure for the previous period."""
    now = getattr(current, "value", None)
    before = getattr(previous, "value", None)
    change = None if now is None or before is None else now - before
    test = None
    if isinstance(current, NpsResult) and isinstance(previous, NpsResult):
        test = nps_difference(previous, current)
    significant = None if test is None else test.significant
    return Comparison(now, before, change, significant, test, current.n)
