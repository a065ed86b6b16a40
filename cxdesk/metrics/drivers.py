"""Key drivers: correlation of each attribute with the target, importance × performance."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

import numpy as np
import pandas as pd

from ._common import Result

MIN_PAIRS = 3  # fewer pairs make a correlation meaningless

# (high importance, high performance) -> quadrant
QUADRANTS = {
    (True, True): "keep_up",
    (True, False): "concentrate",
    (False, False): "low_priority",
    (False, True): "possible_overkill",
}


@dataclass(frozen=True)
class Driver(Result):
    """One attribute: Pearson r with the target and the attribute mean over `n` complete pairs.

    `correlation` and `quadrant` are None below 3 pairs or when either side has no variance.
    """

    attribute: str
    correlation: float | None
    mean: float | None
    n: int
    quadrant: str | None


@dataclass(frozen=True)
class DriversResult(Result):
    """All attributes, strongest correlation first; the medians that split the quadrants."""

    target: str
    drivers: tuple[Driver, ...]
    importance_median: float | None
    performance_median: float | None
    n: int  # answers of the target


def drivers(
    frame: pd.DataFrame, target: str, attributes: Sequence[str] | None = None
) -> DriversResult:
    """Key-driver table of a wide frame (one column per attribute plus `target`).

    Importance = Pearson correlation with the target (pairwise complete rows); performance =
    the attribute's mean over those rows. Both are split at their median across the
    attributes that have a correlation; at or above the median counts as high. `attributes`
    picks the columns (default: every column but the target).
    """
    if target not in frame.columns:
        raise ValueError(f"no target column {target!r}")
    names = [c for c in frame.columns if c != target] if attributes is None else list(attributes)
    y_all = pd.to_numeric(frame[target], errors="raise").astype(float)

    raw: list[tuple[str, float | None, float | None, int]] = []
    for name in names:
        x_all = pd.to_numeric(frame[name], errors="raise").astype(float)
        both = x_all.notna() & y_all.notna()
        x, y = x_all[both].to_numpy(), y_all[both].to_numpy()
        mean = float(x.mean()) if len(x) else None
        raw.append((str(name), _pearson(x, y), mean, len(x)))

    scored = [(r, m) for _, r, m, _ in raw if r is not None and m is not None]
    imp_median = median(r for r, _ in scored) if scored else None
    perf_median = median(m for _, m in scored) if scored else None
    result = []
    for name, r, mean, n in raw:
        quadrant = None
        if r is not None and mean is not None and imp_median is not None:
            key = (r >= imp_median, mean >= perf_median)  # type: ignore[operator]
            quadrant = QUADRANTS[key]
        result.append(Driver(name, r, mean, n, quadrant))
    # strongest first; attributes without a correlation go last
    result.sort(key=lambda d: (d.correlation is None, -(d.correlation or 0.0)))
    return DriversResult(
        target=str(target),
        drivers=tuple(result),
        importance_median=imp_median,
        performance_median=perf_median,
        n=int(y_all.notna().sum()),
    )


def _pearson(x: np.ndarray, y: np.ndarray) -> float | None:
    """Pearson r, None below MIN_PAIRS or without variance (numpy would warn and give NaN)."""
    if len(x) < MIN_PAIRS:
        return None
    dx, dy = x - x.mean(), y - y.mean()
    sxx, syy = float(dx @ dx), float(dy @ dy)
    # tiny sums of squares are rounding noise on a constant column
    if sxx <= 1e-12 * max(1.0, float(x @ x)) or syy <= 1e-12 * max(1.0, float(y @ y)):
        return None
    r = float(dx @ dy) / math.sqrt(sxx * syy)
    return max(-1.0, min(1.0, r))
