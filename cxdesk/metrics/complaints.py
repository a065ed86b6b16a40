"""Complaint handling: counts by source, share answered, time to answer, open negatives."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result, Score, naive_now, naive_times, pct

NEGATIVE_PREFIXES = ("neg", "негат")  # "negative", "негативный", "негативний"


@dataclass(frozen=True)
class SourceCount(Result):
    source: Any
    n: int
    pct: float | None


@dataclass(frozen=True)
class OpenNegative(Result):
    """An unanswered negative entry: `index` is its row label in the log (e.g. the id)."""

    index: Any
    source: Any
    received_at: pd.Timestamp
    age_hours: float | None
    n: int = 1


@dataclass(frozen=True)
class ComplaintsResult(Result):
    """The feedback log's handling figures. `answered` = % of entries with an answer;
    `hours_to_answer` = median hours from received to answered over answered entries;
    `unanswered_negative` is None when the log has no `sentiment` column."""

    n: int
    by_source: tuple[SourceCount, ...]
    answered: Score
    hours_to_answer: Score
    unanswered_negative: int | None
    open_negatives: tuple[OpenNegative, ...]  # oldest first


def is_negative(sentiment: Any) -> bool:
    """'negative' (any case, also Russian/Ukrainian 'негативный'/'негативний') or a number < 0."""
    if sentiment is None or sentiment is pd.NA:
        return False
    if isinstance(sentiment, str):
        word = sentiment.strip().casefold()
        return word.startswith(NEGATIVE_PREFIXES)
    try:
        number = float(sentiment)
    except (TypeError, ValueError):
        return False
    return not math.isnan(number) and number < 0


def complaints(log: pd.DataFrame, now: Any = None) -> ComplaintsResult:
    """Figures of a feedback log with `source`, `received_at`, `answered_at` (NaT when not
    answered) and optional `sentiment`; `now` (default: the current time) ages open entries.
    Time-zone-aware times are compared in UTC; naive ones are taken as they are."""
    for column in ("source", "received_at", "answered_at"):
        if column not in log.columns:
            raise ValueError(f"feedback log lacks column {column!r}")
    received, aware_r = naive_times(log["received_at"])
    answered_at, aware_a = naive_times(log["answered_at"])
    n = len(log)

    counts = log["source"].value_counts(dropna=False, sort=True)
    by_source = tuple(
        SourceCount(None if pd.isna(s) else s, int(c), pct(int(c), n)) for s, c in counts.items()
    )
    is_answered = answered_at.notna()
    answered = Score(pct(int(is_answered.sum()), n), n)
    hours = ((answered_at - received).dt.total_seconds() / 3600).dropna()
    hours_to_answer = Score(float(hours.median()) if len(hours) else None, len(hours))

    if "sentiment" not in log.columns:
        return ComplaintsResult(n, by_source, answered, hours_to_answer, None, ())
    stamp = naive_now(now, aware_r or aware_a)
    open_negative = ~is_answered & log["sentiment"].map(is_negative).astype(bool)
    entries = []
    for index in log.index[open_negative]:
        when = received.loc[index]
        age = None if pd.isna(when) else (stamp - when).total_seconds() / 3600
        shown = log.at[index, "received_at"]  # as given, with its time zone
        entries.append(OpenNegative(index, log.at[index, "source"], shown, age))
    entries.sort(key=lambda e: -(e.age_hours if e.age_hours is not None else -math.inf))
    return ComplaintsResult(n, by_source, answered, hours_to_answer, len(entries), tuple(entries))
