"""SERVQUAL gaps: perception − expectation per item, per dimension, overall and weighted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ._common import Result

DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
COLUMNS = ("item", "dimension", "expectation", "perception")


@dataclass(frozen=True)
class ItemGap(Result):
    """One item: mean perception − mean expectation over its `n` complete pairs."""

    item: str
    dimension: str
    expectation: float | None
    perception: float | None
    gap: float | None
    n: int


@dataclass(frozen=True)
class DimensionGap(Result):
    """One dimension: the mean of its item gaps; `n` = complete pairs over its items."""

    dimension: str
    gap: float | None
    items: int
    n: int
    weight: float | None = None  # normalised weight, when weights were given


@dataclass(frozen=True)
class ServqualResult(Result):
    """`overall` = mean of the dimension gaps; `weighted_overall` with normalised weights.

    A negative gap means the service falls short of what customers expect.
    """

    items: tuple[ItemGap, ...]
    dimensions: tuple[DimensionGap, ...]
    overall: float | None
    weighted_overall: float | None
    n: int

    @property
    def value(self) -> float | None:
        return self.overall

    _extras = ("value",)


def servqual(frame: pd.DataFrame, weights: Mapping[str, float] | None = None) -> ServqualResult:
    """Gaps from one row per respondent × item with `item`, `dimension`, `expectation`,
    `perception`; rows with either side missing are dropped.

    `weights` {dimension: weight} are normalised to sum 1 over the dimensions that have data;
    a dimension left out of `weights` weighs 0. Unknown dimensions raise ValueError.
    """
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"SERVQUAL frame lacks columns: {', '.join(missing)}")
    data = frame.loc[:, list(COLUMNS)].copy()
    data["dimension"] = data["dimension"].astype(str).str.strip().str.casefold()
    unknown = sorted(set(data["dimension"]) - set(DIMENSIONS))
    if unknown:
        raise ValueError(f"unknown SERVQUAL dimensions: {', '.join(unknown)}")
    per_item = data.groupby("item", sort=False)["dimension"].nunique()
    if (per_item > 1).any():
        twice = ", ".join(map(str, per_item[per_item > 1].index))
        raise ValueError(f"items in two dimensions: {twice}")
    for side in ("expectation", "perception"):
        data[side] = pd.to_numeric(data[side], errors="raise")
    dims_of_item = data.drop_duplicates("item").set_index("item")["dimension"]
    complete = data.dropna(subset=["expectation", "perception"])

    items = []
    for item, dimension in dims_of_item.items():
        rows = complete[complete["item"] == item]
        if rows.empty:
            items.append(ItemGap(str(item), dimension, None, None, None, 0))
            continue
        e, p = float(rows["expectation"].mean()), float(rows["perception"].mean())
        items.append(ItemGap(str(item), dimension, e, p, p - e, len(rows)))

    norm = _normalised(weights, items)
    dimensions = []
    for dimension in DIMENSIONS:
        mine = [i for i in items if i.dimension == dimension]
        if not mine:
            continue
        gaps = [i.gap for i in mine if i.gap is not None]
        gap = sum(gaps) / len(gaps) if gaps else None
        n = sum(i.n for i in mine)
        dimensions.append(DimensionGap(dimension, gap, len(mine), n, norm.get(dimension)))

    dim_gaps = [d.gap for d in dimensions if d.gap is not None]
    overall = sum(dim_gaps) / len(dim_gaps) if dim_gaps else None
    weighted = None
    if norm:
        weighted = sum(
            d.gap * norm[d.dimension]
            for d in dimensions
            if d.gap is not None and d.dimension in norm
        )
    return ServqualResult(tuple(items), tuple(dimensions), overall, weighted, len(complete))


def _normalised(weights: Mapping[str, float] | None, items: list[ItemGap]) -> dict[str, float]:
    """Weights of the dimensions that have a gap, scaled to sum 1 ({} when none apply)."""
    if weights is None:
        return {}
    clean = {str(k).strip().casefold(): float(v) for k, v in weights.items()}
    unknown = sorted(set(clean) - set(DIMENSIONS))
    if unknown:
        raise ValueError(f"weights for unknown dimensions: {', '.join(unknown)}")
    if any(v < 0 for v in clean.values()):
        raise ValueError("SERVQUAL weights must not be negative")
    with_data = {i.dimension for i in items if i.gap is not None}
    usable = {k: v for k, v in clean.items() if k in with_data and v > 0}
    total = sum(usable.values())
    return {k: v / total for k, v in usable.items()} if total > 0 else {}
