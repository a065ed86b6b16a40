"""Sales analysis: growth (MoM, YoY, CAGR), ABC, XYZ, their matrix, and the Pareto share."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ._common import Result, pct

EPS = 1e-9  # shares are floats: "exactly on the threshold" must survive rounding


@dataclass(frozen=True)
class GrowthRow(Result):
    """One month: revenue, month-over-month and year-over-year change in % (None: no base)."""

    period: str
    value: float
    mom: float | None
    yoy: float | None
    n: int = 1


@dataclass(frozen=True)
class GrowthResult(Result):
    rows: tuple[GrowthRow, ...]
    n: int  # months with revenue


@dataclass(frozen=True)
class CagrResult(Result):
    """Compound annual growth rate; `value` in % (10.0 means 10% a year)."""

    value: float | None
    begin: float
    end: float
    years: float
    n: int = 2  # the two observations it rests on


@dataclass(frozen=True)
class AbcRow(Result):
    key: Any
    value: float
    share: float | None  # % of the total
    cumulative: float | None  # % of the total up to and including this key
    cls: str | None
    n: int = 1


@dataclass(frozen=True)
class ClassTotal(Result):
    cls: str
    n: int  # keys in the class
    share: float | None  # % of revenue


@dataclass(frozen=True)
class AbcResult(Result):
    rows: tuple[AbcRow, ...]  # largest first
    classes: tuple[ClassTotal, ...]
    total: float
    n: int

    def class_of(self) -> dict[Any, str | None]:
        return {r.key: r.cls for r in self.rows}


@dataclass(frozen=True)
class XyzRow(Result):
    key: Any
    mean: float | None
    std: float | None  # population standard deviation
    cv: float | None  # coefficient of variation, in %
    cls: str | None
    n: int  # periods


@dataclass(frozen=True)
class XyzResult(Result):
    rows: tuple[XyzRow, ...]
    n: int

    def class_of(self) -> dict[Any, str | None]:
        return {r.key: r.cls for r in self.rows}


@dataclass(frozen=True)
class MatrixCell(Result):
    abc: str
    xyz: str
    n: int  # keys in the cell
    revenue: float
    share: float | None  # % of the revenue of all keys in `values`


@dataclass(frozen=True)
class MatrixResult(Result):
    cells: tuple[MatrixCell, ...]  # all nine, AX … CZ
    n: int  # keys with both classes
    unclassified: int


@dataclass(frozen=True)
class ParetoResult(Result):
    """`value` = % of revenue brought by the top `top_count` keys (ceil(top · n))."""

    value: float | None
    n: int
    top_count: int


def _monthly(series: pd.Series) -> pd.Series:
    """Revenue by monthly Period (duplicates summed, NaN dropped), sorted."""
    index = series.index
    if not isinstance(index, pd.PeriodIndex):
        stamps = pd.DatetimeIndex(pd.to_datetime(index))
        if stamps.tz is not None:
            stamps = stamps.tz_localize(None)
        index = stamps.to_period("M")
    else:
        index = index.asfreq("M")
    values = pd.Series(pd.to_numeric(series, errors="raise").to_numpy(float), index=index)
    return values.dropna().groupby(level=0).sum().sort_index()


def _change(value: float, base: float | None) -> float | None:
    # growth from a zero or negative base has no meaning
    return None if base is None or base <= 0 else (value / base - 1) * 100


def growth(series: pd.Series) -> GrowthResult:
    """MoM and YoY % per month of a revenue Series indexed by month (Period or timestamp).

    The base is the previous calendar month / the same month a year earlier; missing, zero or
    negative bases give None.
    """
    monthly = _monthly(series)
    lookup = monthly.to_dict()
    rows = tuple(
        GrowthRow(
            str(period),
            float(value),
            _change(value, lookup.get(period - 1)),
            _change(value, lookup.get(period - 12)),
        )
        for period, value in monthly.items()
    )
    return GrowthResult(rows, len(rows))


def cagr(begin: float, end: float, years: float) -> CagrResult:
    """(end / begin)^(1 / years) − 1, in %; None when begin ≤ 0, end < 0 or years ≤ 0."""
    if begin <= 0 or years <= 0 or end < 0:
        return CagrResult(None, float(begin), float(end), float(years))
    rate = ((end / begin) ** (1 / years) - 1) * 100
    return CagrResult(rate, float(begin), float(end), float(years))


def cagr_from_series(series: pd.Series) -> CagrResult:
    """CAGR from the first to the last month; years = months between them / 12."""
    monthly = _monthly(series)
    if monthly.empty:
        return CagrResult(None, 0.0, 0.0, 0.0, n=0)
    first, last = monthly.index[0], monthly.index[-1]
    months = (last.year - first.year) * 12 + (last.month - first.month)
    result = cagr(float(monthly.iloc[0]), float(monthly.iloc[-1]), months / 12)
    return CagrResult(result.value, result.begin, result.end, result.years, n=len(monthly))


def _values(values: Mapping[Any, float] | pd.Series) -> pd.Series:
    series = pd.Series(values, dtype=float) if not isinstance(values, pd.Series) else values
    series = pd.to_numeric(series, errors="raise").astype(float).dropna()
    if (series < 0).any():
        raise ValueError("revenue values must not be negative")
    return series


def abc(values: Mapping[Any, float] | pd.Series, a: float = 0.80, b: float = 0.95) -> AbcResult:
    """ABC classes by each key's own cumulative share, largest first: ≤ a → A, ≤ b → B, else
    C. The key that crosses a threshold goes to the next class; exactly on it stays. (So a
    single key holding more than `a` of the total is B: the rule as the seed gives it.)
    A zero total leaves every class None."""
    if not 0 < a < b <= 1:
        raise ValueError("ABC thresholds need 0 < a < b ≤ 1")
    series = _values(values)
    # stable sort keeps the given order among equal values
    order = sorted(range(len(series)), key=lambda i: -series.iloc[i])
    total = float(series.sum())
    rows, running = [], 0.0
    for i in order:
        value = float(series.iloc[i])
        running += value
        if total > 0:
            cumulative = running / total
            cls = "A" if cumulative <= a + EPS else "B" if cumulative <= b + EPS else "C"
            rows.append(AbcRow(series.index[i], value, value / total * 100, cumulative * 100, cls))
        else:
            rows.append(AbcRow(series.index[i], value, None, None, None))
    classes = tuple(
        ClassTotal(
            c,
            sum(r.cls == c for r in rows),
            pct(sum(r.value for r in rows if r.cls == c), total),
        )
        for c in "ABC"
    )
    return AbcResult(tuple(rows), classes, total, len(rows))


def _demand(series_by_key: Mapping[Any, Sequence[float]] | pd.DataFrame) -> dict[Any, np.ndarray]:
    if isinstance(series_by_key, pd.DataFrame):
        columns = {k: series_by_key[k] for k in series_by_key.columns}
    else:
        columns = {k: pd.Series(list(v), dtype=float) for k, v in series_by_key.items()}
    # a missing period is dropped, not read as zero: fill zeros first when that is what it means
    return {
        k: pd.to_numeric(v, errors="raise").dropna().to_numpy(float) for k, v in columns.items()
    }


def xyz(
    series_by_key: Mapping[Any, Sequence[float]] | pd.DataFrame, x: float = 0.10, y: float = 0.25
) -> XyzResult:
    """XYZ classes by the coefficient of variation (population std / mean) of demand per
    period: ≤ x → X, ≤ y → Y, else Z. A zero mean (or no periods) gives cv and class None.
    Accepts {key: [demand per period]} or a wide frame (rows = periods, columns = keys)."""
    if not 0 < x < y:
        raise ValueError("XYZ thresholds need 0 < x < y")
    rows = []
    for key, demand in _demand(series_by_key).items():
        if (demand < 0).any():
            raise ValueError(f"negative demand for {key!r}")
        if len(demand) == 0:
            rows.append(XyzRow(key, None, None, None, None, 0))
            continue
        mean, std = float(demand.mean()), float(demand.std(ddof=0))
        cv = std / mean if mean > 0 else None
        cls = None if cv is None else "X" if cv <= x + EPS else "Y" if cv <= y + EPS else "Z"
        rows.append(XyzRow(key, mean, std, None if cv is None else cv * 100, cls, len(demand)))
    return XyzResult(tuple(rows), len(rows))


def abc_xyz_matrix(
    abc_result: AbcResult,
    xyz_result: XyzResult,
    values: Mapping[Any, float] | pd.Series | None = None,
) -> MatrixResult:
    """Counts and revenue share per ABC × XYZ cell. Revenue comes from `values` (default: the
    values the ABC was computed on); keys missing a class are counted as unclassified."""
    revenue = (
        _values(values)
        if values is not None
        else pd.Series({r.key: r.value for r in abc_result.rows}, dtype=float)
    )
    total = float(revenue.sum())
    abc_of, xyz_of = abc_result.class_of(), xyz_result.class_of()
    keys = list(dict.fromkeys([*abc_of, *xyz_of]))
    count: dict[tuple[str, str], int] = {}
    money: dict[tuple[str, str], float] = {}
    unclassified = 0
    for key in keys:
        a_cls, x_cls = abc_of.get(key), xyz_of.get(key)
        if a_cls is None or x_cls is None:
            unclassified += 1
            continue
        count[a_cls, x_cls] = count.get((a_cls, x_cls), 0) + 1
        money[a_cls, x_cls] = money.get((a_cls, x_cls), 0.0) + float(revenue.get(key, 0.0))
    cells = tuple(
        MatrixCell(a, z, count.get((a, z), 0), cash, pct(cash, total))
        for a in "ABC"
        for z in "XYZ"
        for cash in (money.get((a, z), 0.0),)
    )
    return MatrixResult(cells, sum(count.values()), unclassified)


def pareto_share(values: Mapping[Any, float] | pd.Series, top: float = 0.2) -> ParetoResult:
    """% of total revenue brought by the top ceil(top · n) keys; None for a zero total."""
    if not 0 < top <= 1:
        raise ValueError("top must be a share in (0, 1]")
    series = _values(values).sort_values(ascending=False, kind="stable")
    n = len(series)
    # round first: 0.2 · 15 is 3.0000000000000004 in floating point
    top_count = math.ceil(round(top * n, 9))
    total = float(series.sum())
    return ParetoResult(pct(float(series.iloc[:top_count].sum()), total), n, top_count)
