"""Customer effort score (CES): mean effort and the share of "easy" answers, one scale a call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result, check_counts, histogram, mean_from_counts, mean_moe, pct

# scale -> lowest point that counts as "easy" (the top box of each supported scale)
EASY_FROM = {(1, 5): 4, (1, 7): 5}


@dataclass(frozen=True)
class CesResult(Result):
    """CES: `value` = `mean` effort score; `pct_easy` = % of answers in the top box.

    Top box: 5–7 on the 1–7 scale, 4–5 on the 1–5 scale. `moe` is the 95% margin of the mean
    (sample standard deviation / √n), None below two answers.
    """

    value: float | None
    mean: float | None
    pct_easy: float | None
    easy: int
    n: int
    moe: float | None
    scale: tuple[int, int] = (1, 7)


def _check_scale(scale: tuple[int, int]) -> tuple[int, int]:
    scale = (int(scale[0]), int(scale[1]))
    if scale not in EASY_FROM:
        raise ValueError(f"CES scale must be 1–5 or 1–7, not {scale[0]}–{scale[1]}")
    return scale


def ces_from_counts(counts: Mapping[Any, Any], scale: tuple[int, int] = (1, 7)) -> CesResult:
    """CES from a histogram {score: count}; the whole histogram must be on `scale`."""
    scale = _check_scale(scale)
    clean = check_counts(counts, scale)
    n = sum(clean.values())
    easy = sum(c for s, c in clean.items() if s >= EASY_FROM[scale])
    mean = mean_from_counts(clean)
    return CesResult(
        value=mean,
        mean=mean,
        pct_easy=pct(easy, n),
        easy=easy,
        n=n,
        moe=mean_moe(clean),
        scale=scale,
    )


def ces(scores: Iterable[Any] | pd.Series, scale: tuple[int, int] = (1, 7)) -> CesResult:
    """CES of raw answers on one scale (mixing scales is impossible: one call, one scale)."""
    return ces_from_counts(histogram(scores), scale)
