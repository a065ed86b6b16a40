"""Customer satisfaction (CSAT): top-2-box share with a Wilson interval, and the mean."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result, check_counts, check_scale, histogram, mean_from_counts, pct, wilson


@dataclass(frozen=True)
class CsatResult(Result):
    """CSAT: `value` = % of answers in the top two points (4–5 on 1–5), `mean` of the answers.

    `low`/`high` are the Wilson 95% interval of `value` in %; `satisfied` is the top-2 count.
    """

    value: float | None
    mean: float | None
    n: int
    satisfied: int
    low: float | None
    high: float | None
    scale: tuple[int, int] = (1, 5)


def csat_from_counts(counts: Mapping[Any, Any], scale: tuple[int, int] = (1, 5)) -> CsatResult:
    """CSAT from a histogram {score: count}; the top two points of `scale` count as satisfied."""
    low_point, high_point = check_scale(scale)
    if high_point - low_point < 2:
        raise ValueError("a CSAT scale needs at least three points")
    clean = check_counts(counts, (low_point, high_point))
    n = sum(clean.values())
    satisfied = sum(c for s, c in clean.items() if s >= high_point - 1)
    low, high = wilson(satisfied, n)
    return CsatResult(
        value=pct(satisfied, n),
        mean=mean_from_counts(clean),
        n=n,
        satisfied=satisfied,
        low=low,
        high=high,
        scale=(low_point, high_point),
    )


def csat(scores: Iterable[Any] | pd.Series, scale: tuple[int, int] = (1, 5)) -> CsatResult:
    """CSAT of raw answers; None/NaN are skipped, a score outside the scale is a ValueError."""
    return csat_from_counts(histogram(scores), scale)
