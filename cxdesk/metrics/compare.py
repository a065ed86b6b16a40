"""Two periods compared: the change of a proportion (two-proportion z test) or of a mean."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ._common import Z95, Result


@dataclass(frozen=True)
class Difference(Result):
    """Change from `a` (e.g. last month) to `b` (this month), b − a, with a z test at 95%.

    For proportions the values are in % and the change in percentage points. `n` is the
    smaller sample, so `low_n` flags a comparison resting on few answers. `z`, `moe` and
    `significant` are None when either side is empty; when neither side varies (0% against
    0%, 100% against 100%) there is nothing to test: `z` is None and `significant` False.
    """

    difference: float | None
    z: float | None
    moe: float | None  # 95% margin of the difference (unpooled standard error)
    significant: bool | None
    n: int
    n_a: int
    n_b: int


def _empty(n_a: int, n_b: int) -> Difference:
    return Difference(None, None, None, None, min(n_a, n_b), n_a, n_b)


def proportion_difference(k_a: int, n_a: int, k_b: int, n_b: int) -> Difference:
    """Change of the share k/n from sample a to sample b, in points (e.g. CSAT % satisfied).

    z uses the pooled standard error (the test assumes no change); the margin of the
    difference uses the unpooled one, as a confidence interval does.
    """
    for k, n in ((k_a, n_a), (k_b, n_b)):
        if n < 0 or not 0 <= k <= max(n, 0):
            raise ValueError(f"{k} of {n} is not a proportion")
    if n_a == 0 or n_b == 0:
        return _empty(n_a, n_b)
    p_a, p_b = k_a / n_a, k_b / n_b
    difference = (p_b - p_a) * 100
    unpooled = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    pooled_p = (k_a + k_b) / (n_a + n_b)
    pooled = math.sqrt(pooled_p * (1 - pooled_p) * (1 / n_a + 1 / n_b))
    if pooled == 0:
        return Difference(difference, None, 0.0, False, min(n_a, n_b), n_a, n_b)
    z = (p_b - p_a) / pooled
    return Difference(difference, z, Z95 * unpooled * 100, abs(z) > Z95, min(n_a, n_b),
                      n_a, n_b)


def mean_difference(mean_a: float | None, moe_a: float | None, n_a: int,
                    mean_b: float | None, moe_b: float | None, n_b: int) -> Difference:
    """Change of a mean from a to b, each given with its 95% margin (1.96 · sd / √n), as the
    CES result carries it. Without a margin on either side there is no test."""
    if mean_a is None or mean_b is None or n_a == 0 or n_b == 0:
        return _empty(n_a, n_b)
    difference = mean_b - mean_a
    if moe_a is None or moe_b is None:
        return Difference(difference, None, None, None, min(n_a, n_b), n_a, n_b)
    se = math.sqrt((moe_a / Z95) ** 2 + (moe_b / Z95) ** 2)
    if se == 0:
        return Difference(difference, None, 0.0, False, min(n_a, n_b), n_a, n_b)
    z = difference / se
    return Difference(difference, z, Z95 * se, abs(z) > Z95, min(n_a, n_b), n_a, n_b)
