"""Net Promoter Score: value, margin of error, adjusted-Wald interval, and two-period tests."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Z95, Result, check_counts, histogram

NPS_SCALES = ((0, 10), (1, 10))  # 000 uses 0–10; 003 uses 1–10 with detractors 1–6
PROMOTER_MIN = 9
PASSIVE_MIN = 7


@dataclass(frozen=True)
class NpsResult(Result):
    """NPS in points (−100…100) with its counts, 95% margin and adjusted-Wald interval.

    `moe` is the plain (Wald) margin 1.96·sqrt((p + d − (p − d)²)/n)·100; `low`/`high` come
    from the adjusted-Wald interval (¾ of a promoter and of a detractor added, n + 3), which
    behaves at small n where the Wald margin collapses to 0.
    """

    value: float | None
    n: int
    promoters: int
    passives: int
    detractors: int
    moe: float | None
    low: float | None
    high: float | None
    scale: tuple[int, int] = (0, 10)

    _extras = ("promoters_pct", "passives_pct", "detractors_pct")

    @property
    def promoters_pct(self) -> float | None:
        return None if self.n == 0 else 100.0 * self.promoters / self.n

    @property
    def passives_pct(self) -> float | None:
        return None if self.n == 0 else 100.0 * self.passives / self.n

    @property
    def detractors_pct(self) -> float | None:
        return None if self.n == 0 else 100.0 * self.detractors / self.n

    @property
    def variance(self) -> float | None:
        """Per-respondent variance of the +1/0/−1 score (on the 0…1 scale of proportions)."""
        if self.n == 0:
            return None
        p, d = self.promoters / self.n, self.detractors / self.n
        return max(0.0, p + d - (p - d) ** 2)


@dataclass(frozen=True)
class NpsDifference(Result):
    """Change from `a` to `b` (b − a, in points) with a two-sample z test at 95%.

    `n` is the smaller of the two samples, so `low_n` flags a comparison resting on few
    answers. `z`, `moe` and `significant` are None when either side is empty; when neither
    side has any variance (e.g. all promoters against all promoters) there is nothing to
    test: `z` is None and `significant` is False.
    """

    difference: float | None
    z: float | None
    moe: float | None
    significant: bool | None
    n: int
    n_a: int
    n_b: int


def _check_scale(scale: tuple[int, int]) -> tuple[int, int]:
    scale = (int(scale[0]), int(scale[1]))
    if scale not in NPS_SCALES:
        raise ValueError(f"NPS scale must be 0–10 or 1–10, not {scale[0]}–{scale[1]}")
    return scale


def nps_from_counts(counts: Mapping[Any, Any], scale: tuple[int, int] = (0, 10)) -> NpsResult:
    """NPS from a histogram {score: count}, e.g. a SQL GROUP BY over a million answers."""
    scale = _check_scale(scale)
    clean = check_counts(counts, scale)
    promoters = sum(c for s, c in clean.items() if s >= PROMOTER_MIN)
    passives = sum(c for s, c in clean.items() if PASSIVE_MIN <= s < PROMOTER_MIN)
    detractors = sum(c for s, c in clean.items() if s < PASSIVE_MIN)
    n = promoters + passives + detractors
    if n == 0:
        return NpsResult(None, 0, 0, 0, 0, None, None, None, scale)
    p, d = promoters / n, detractors / n
    value = (promoters - detractors) / n * 100  # from the counts: exact at the bounds
    moe = Z95 * math.sqrt(max(0.0, p + d - (p - d) ** 2) / n) * 100
    low, high = _adjusted_wald(promoters, detractors, n)
    return NpsResult(value, n, promoters, passives, detractors, moe, low, high, scale)


def nps(scores: Iterable[Any] | pd.Series, scale: tuple[int, int] = (0, 10)) -> NpsResult:
    """NPS of raw answers; None/NaN are skipped, a score outside the scale is a ValueError.

    Goes through the same histogram path as `nps_from_counts`, so both always agree.
    """
    return nps_from_counts(histogram(scores), scale)


def _adjusted_wald(promoters: int, detractors: int, n: int) -> tuple[float, float]:
    n_adj = n + 3
    p = (promoters + 0.75) / n_adj
    d = (detractors + 0.75) / n_adj
    centre = p - d
    se = math.sqrt(max(0.0, p + d - centre**2) / n_adj)
    low = max(-100.0, (centre - Z95 * se) * 100)
    high = min(100.0, (centre + Z95 * se) * 100)
    return low, high


def nps_difference(a: NpsResult, b: NpsResult) -> NpsDifference:
    """Change from `a` (e.g. last month) to `b` (this month): b.value − a.value and its z.

    z = difference / sqrt(var_a/n_a + var_b/n_b) with var the per-respondent variance of the
    +1/0/−1 score on the 0…1 scale; the standard error is scaled by 100 like the NPS itself.
    """
    if a.n == 0 or b.n == 0 or a.value is None or b.value is None:
        return NpsDifference(None, None, None, None, min(a.n, b.n), a.n, b.n)
    difference = b.value - a.value
    se = math.sqrt((a.variance or 0.0) / a.n + (b.variance or 0.0) / b.n) * 100
    if se == 0:
        return NpsDifference(difference, None, 0.0, False, min(a.n, b.n), a.n, b.n)
    z = difference / se
    return NpsDifference(difference, z, Z95 * se, abs(z) > Z95, min(a.n, b.n), a.n, b.n)
