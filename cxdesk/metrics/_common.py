"""Shared basics of the metrics: the Result mixin, Score, score cleaning, Wilson interval."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

LOW_N = 30  # below this many answers a figure is flagged "n < 30"
Z95 = 1.96  # the 95% normal quantile the methodology pages use


def plain(value: Any) -> Any:
    """Turn a result (or anything inside one) into JSON-friendly Python types."""
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, Result):
        return value.as_dict()
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        f = float(value)
        return None if not math.isfinite(f) else round(f, 2)
    if isinstance(value, pd.Period):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):  # pd.Timestamp is a datetime
        return None if pd.isna(value) else value.isoformat()
    if isinstance(value, dt.timedelta):
        return round(value.total_seconds() / 60, 2)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if value is pd.NaT or value is pd.NA:
        return None
    return str(value)


class Result:
    """Mixin for the frozen result dataclasses: `low_n` and a JSON-friendly `as_dict()`."""

    n: int
    # properties worth printing too (class attribute, not a dataclass field)
    _extras: tuple[str, ...] = ()

    @property
    def low_n(self) -> bool:
        return self.n < LOW_N

    def as_dict(self) -> dict[str, Any]:
        fields = dataclasses.fields(self)  # type: ignore[arg-type]
        out = {f.name: plain(getattr(self, f.name)) for f in fields}
        for name in self._extras:
            out[name] = plain(getattr(self, name))
        out["low_n"] = self.low_n
        return out


@dataclass(frozen=True)
class Score(Result):
    """One figure with its evidence: value (None when n = 0), n and a 95% margin if any."""

    value: float | None
    n: int
    moe: float | None = None


def as_series(values: Iterable[Any] | pd.Series) -> pd.Series:
    """Any iterable of answers as a numeric Series with the missing ones (None, NaN) dropped."""
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    return pd.to_numeric(series, errors="raise").dropna().astype(float)


def histogram(values: Iterable[Any] | pd.Series) -> dict[int, int]:
    """{score: count} of whole-number answers; missing answers are skipped."""
    series = as_series(values)
    counts: dict[int, int] = {}
    for score, count in series.value_counts(sort=False).items():
        counts[whole_score(score)] = int(count)
    return counts


def whole_score(score: Any) -> int:
    """A score as int; 8.5 or 'abc' is an error, 9.0 is 9."""
    try:
        f = float(score)
    except (TypeError, ValueError):
        raise ValueError(f"score {score!r} is not a number") from None
    if not f.is_integer():
        raise ValueError(f"score {score!r} is not a whole number")
    return int(f)


def check_counts(counts: Mapping[Any, Any], scale: tuple[int, int]) -> dict[int, int]:
    """Validate a {score: count} histogram against the scale; returns it with int keys."""
    low, high = scale
    clean: dict[int, int] = {}
    for score, count in counts.items():
        s = whole_score(score)
        if not low <= s <= high:
            raise ValueError(f"score {s} is outside the scale {low}–{high}")
        c = whole_score(count)
        if c < 0:
            raise ValueError(f"count {c} for score {s} is negative")
        clean[s] = clean.get(s, 0) + c
    return clean


def check_scale(scale: tuple[int, int]) -> tuple[int, int]:
    low, high = (whole_score(x) for x in scale)
    if low >= high:
        raise ValueError(f"scale {scale!r}: the first point must be below the last")
    return low, high


def pct(part: float, whole: float) -> float | None:
    """part / whole in %, None when there is no whole."""
    return None if whole == 0 else 100.0 * part / whole


def wilson(k: int, n: int, z: float = Z95) -> tuple[float | None, float | None]:
    """Wilson score interval of a proportion k/n, in % (it stays inside 0…100 at any n)."""
    if n == 0:
        return None, None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half) * 100, min(1.0, centre + half) * 100


def mean_from_counts(counts: Mapping[int, int]) -> float | None:
    n = sum(counts.values())
    return None if n == 0 else sum(s * c for s, c in counts.items()) / n


def mean_moe(counts: Mapping[int, int], z: float = Z95) -> float | None:
    """95% margin of a mean from a histogram (sample std / √n); None below 2 answers."""
    n = sum(counts.values())
    if n < 2:
        return None
    mean = sum(s * c for s, c in counts.items()) / n
    var = sum(c * (s - mean) ** 2 for s, c in counts.items()) / (n - 1)
    return z * math.sqrt(var / n)


def median_quantile(values: pd.Series, q: float = 0.9) -> tuple[float | None, float | None]:
    """Median and the q-quantile (linear interpolation, as pandas does) or None when empty."""
    if values.empty:
        return None, None
    return float(values.median()), float(values.quantile(q))


def naive_times(values: Any) -> tuple[pd.Series, bool]:
    """Timestamps as naive datetimes; time-zone-aware ones are converted to UTC first.

    Returns (stamps, was_aware). An all-empty column loads naive, so without this a frame
    mixing it with an aware column could not subtract one from the other.
    """
    stamps = pd.to_datetime(values if isinstance(values, pd.Series) else pd.Series(values))
    if getattr(stamps.dt, "tz", None) is None:
        return stamps, False
    return stamps.dt.tz_convert("UTC").dt.tz_localize(None), True


def naive_now(now: Any, aware: bool) -> pd.Timestamp:
    """`now` on the same footing as `naive_times` output (default: the current time)."""
    if now is None:
        stamp = pd.Timestamp.now(tz="UTC") if aware else pd.Timestamp.now()
    else:
        stamp = pd.Timestamp(now)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp
