"""Service requests against their SLA: times, % on time per priority, and the speed gap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result, median_quantile, naive_now, naive_times, pct
from .csat import CsatResult, csat

STAMPS = ("requested_at", "registered_at", "taken_at", "resolved_at")


@dataclass(frozen=True)
class Duration(Result):
    """Median and 90th percentile of a time, in minutes, over `n` requests that have both ends."""

    median: float | None
    p90: float | None
    n: int


@dataclass(frozen=True)
class OnTime(Result):
    """% resolved within target over `n` judged requests: the resolved ones, and the open ones
    already past target (`open_late`, included in `late`); open ones within target are left
    out. `late` = resolved late + `open_late`."""

    priority: Any  # None for all priorities together
    value: float | None
    n: int
    on_time: int
    late: int
    open_late: int
    target_minutes: float | None = None


@dataclass(frozen=True)
class PriorityShare(Result):
    priority: Any
    n: int
    pct: float | None


@dataclass(frozen=True)
class SlaResult(Result):
    """The SLA picture. `gap` = on-time % − % satisfied with speed: the insight of seed 002 is
    that a team can be "on time" by its SLA while customers still find it slow."""

    n: int
    to_register: Duration
    to_take: Duration
    to_resolve: Duration
    on_time: OnTime
    by_priority: tuple[OnTime, ...]
    mix: tuple[PriorityShare, ...]
    satisfied: CsatResult | None
    gap: float | None
    untargeted: tuple[Any, ...]  # priorities with no target: not judged on time

    @property
    def value(self) -> float | None:
        return self.on_time.value

    _extras = ("value",)


@dataclass(frozen=True)
class SlaMonth(Result):
    """One month of the "on time vs satisfied with speed" chart; `n` = judged requests."""

    period: str
    on_time_pct: float | None
    n: int
    satisfied_pct: float | None
    satisfied_n: int
    gap: float | None


@dataclass(frozen=True)
class SlaMonthly(Result):
    months: tuple[SlaMonth, ...]
    n: int


def target_minutes(targets: Mapping[Any, Any]) -> dict[Any, float]:
    """{priority: minutes} from timedeltas or plain minutes; a target must be positive."""
    out = {}
    for priority, target in targets.items():
        minutes = target.total_seconds() / 60 if isinstance(target, dt.timedelta) else float(target)
        if not minutes > 0:
            raise ValueError(f"SLA target for {priority!r} must be positive")
        out[priority] = minutes
    return out


def _stamps(requests: pd.DataFrame) -> pd.DataFrame:
    if "priority" not in requests.columns or "registered_at" not in requests.columns:
        raise ValueError("requests need 'priority' and 'registered_at' columns")
    data = pd.DataFrame({"priority": requests["priority"]}, index=requests.index)
    aware = False
    for column in STAMPS:
        raw = requests[column] if column in requests.columns else pd.Series(pd.NaT, requests.index)
        data[column], was_aware = naive_times(raw)
        aware = aware or was_aware
    data.attrs["aware"] = aware
    return data


def _now(data: pd.DataFrame, now: Any) -> pd.Timestamp:
    return naive_now(now, data.attrs.get("aware", False))


def _minutes(later: pd.Series, earlier: pd.Series) -> pd.Series:
    return ((later - earlier).dt.total_seconds() / 60).dropna()


def _duration(later: pd.Series, earlier: pd.Series) -> Duration:
    minutes = _minutes(later, earlier)
    median, p90 = median_quantile(minutes, 0.9)
    return Duration(median, p90, len(minutes))


def _judge(data: pd.DataFrame, targets: dict[Any, float], now: pd.Timestamp) -> pd.Series:
    """Per request: 'on_time', 'late', 'open_late' or None (not judged)."""
    target = data["priority"].map(targets).astype(float)
    spent = (data["resolved_at"] - data["registered_at"]).dt.total_seconds() / 60
    age = (now - data["registered_at"]).dt.total_seconds() / 60
    resolved = data["resolved_at"].notna() & data["registered_at"].notna()
    still_open = data["resolved_at"].isna() & data["registered_at"].notna()
    status = pd.Series(None, index=data.index, dtype=object)
    status[resolved & (spent <= target)] = "on_time"
    status[resolved & (spent > target)] = "late"
    status[still_open & (age > target)] = "open_late"
    return status


def _on_time(status: pd.Series, priority: Any, target: float | None) -> OnTime:
    on_time = int((status == "on_time").sum())
    late = int((status == "late").sum())
    open_late = int((status == "open_late").sum())
    n = on_time + late + open_late
    return OnTime(priority, pct(on_time, n), n, on_time, late + open_late, open_late, target)


def sla(
    requests: pd.DataFrame,
    targets: Mapping[Any, Any],
    speed_satisfaction: pd.Series | None = None,
    now: Any = None,
) -> SlaResult:
    """SLA figures of requests with `priority`, `requested_at`, `registered_at`, `taken_at`,
    `resolved_at` (missing times are NaT). `targets` {priority: timedelta or minutes} is the
    resolve target, counted from registration. `now` (default: the current time) decides
    which open requests are already late. `speed_satisfaction` holds 1–5 answers to
    "satisfied with the speed"; 4–5 count as satisfied. Time-zone-aware times are compared
    in UTC; naive ones are taken as they are."""
    data = _stamps(requests)
    minutes = target_minutes(targets)
    status = _judge(data, minutes, _now(data, now))
    priorities = list(pd.unique(data["priority"].dropna()))
    by_priority = tuple(
        _on_time(status[data["priority"] == p], p, minutes[p]) for p in priorities if p in minutes
    )
    counts = data["priority"].value_counts(sort=True)
    mix = tuple(PriorityShare(p, int(c), pct(int(c), len(data))) for p, c in counts.items())
    overall = _on_time(status, None, None)
    satisfied = None if speed_satisfaction is None else csat(speed_satisfaction)
    gap = None
    if satisfied is not None and satisfied.value is not None and overall.value is not None:
        gap = overall.value - satisfied.value
    return SlaResult(
        n=len(data),
        to_register=_duration(data["registered_at"], data["requested_at"]),
        to_take=_duration(data["taken_at"], data["registered_at"]),
        to_resolve=_duration(data["resolved_at"], data["registered_at"]),
        on_time=overall,
        by_priority=by_priority,
        mix=mix,
        satisfied=satisfied,
        gap=gap,
        untargeted=tuple(p for p in priorities if p not in minutes),
    )


def sla_by_month(
    requests: pd.DataFrame,
    targets: Mapping[Any, Any],
    speed_answers: pd.DataFrame | None,
    now: Any = None,
    value_col: str = "score",
) -> SlaMonthly:
    """Per calendar month: on-time % (requests by month of registration) next to the % of
    speed answers (`taken_at`, `score` 1–5) that are 4–5, and their gap."""
    data = _stamps(requests)
    status = _judge(data, target_minutes(targets), _now(data, now))
    req_month = _month(requests["registered_at"])
    if speed_answers is None or speed_answers.empty:
        speed_answers = pd.DataFrame({"taken_at": pd.to_datetime([]), value_col: []})
    ans_month = _month(speed_answers["taken_at"])
    periods = sorted(set(req_month.dropna()) | set(ans_month.dropna()))
    months = []
    for period in periods:
        judged = _on_time(status[req_month == period], None, None)
        speed = csat(speed_answers[value_col][(ans_month == period).to_numpy()])
        gap = None
        if judged.value is not None and speed.value is not None:
            gap = judged.value - speed.value
        months.append(SlaMonth(str(period), judged.value, judged.n, speed.value, speed.n, gap))
    return SlaMonthly(tuple(months), int((status.notna()).sum()))


def _month(stamps: pd.Series) -> pd.Series:
    stamps = pd.to_datetime(stamps)
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)  # months follow the local calendar, not UTC's
    return stamps.dt.to_period("M")
