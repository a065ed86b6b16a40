"""SOCO (selling orientation – customer orientation): per-person totals and the average."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result, whole_score

ITEMS = 24
SCORE_RANGE = (1, 9)
REVERSE_BASE = 10  # a selling-oriented answer x scores 10 − x
TOTAL_RANGE = (24, 216)


@dataclass(frozen=True)
class SocoPerson(Result):
    """One person: `total` over all 24 items (None unless `complete`), `n` items answered."""

    person: Any
    total: int | None
    n: int
    complete: bool
    customer_oriented: int  # Σ x over the answered customer-oriented items
    selling_oriented: int  # Σ (10 − x) over the answered selling-oriented items


@dataclass(frozen=True)
class SocoResult(Result):
    """`value` = mean total of the complete people, `n` of them; everyone listed in `people`.

    Totals run from 24 to 216; higher means more customer-oriented.
    """

    value: float | None
    n: int
    incomplete: int
    people: tuple[SocoPerson, ...]


def soco(answers: pd.DataFrame) -> SocoResult:
    """Score SOCO answers: columns `person`, `item` (1…24), `score` (1…9), `reverse` (True for
    the 12 selling-oriented items). Missing scores are unanswered items; out-of-range scores or
    items and an item answered twice by one person raise ValueError."""
    for column in ("person", "item", "score", "reverse"):
        if column not in answers.columns:
            raise ValueError(f"SOCO frame lacks column {column!r}")
    data = answers.loc[:, ["person", "item", "score", "reverse"]]
    data = data[pd.to_numeric(data["score"], errors="raise").notna()].copy()
    data["score"] = [_in_range(s, SCORE_RANGE, "score") for s in data["score"]]
    data["item"] = [_in_range(i, (1, ITEMS), "item") for i in data["item"]]
    data["reverse"] = data["reverse"].fillna(False).astype(bool)
    twice = data.duplicated(["person", "item"])
    if twice.any():
        first = data[twice].iloc[0]
        raise ValueError(f"person {first['person']!r} answered item {first['item']} twice")
    reverse_score = REVERSE_BASE - data["score"]
    data["points"] = reverse_score.where(data["reverse"], data["score"])

    people = []
    for person, group in data.groupby("person", sort=False):
        n = len(group)
        complete = n == ITEMS
        customer = int(group.loc[~group["reverse"], "points"].sum())
        selling = int(group.loc[group["reverse"], "points"].sum())
        total = customer + selling if complete else None
        people.append(SocoPerson(person, total, n, complete, customer, selling))

    totals = [p.total for p in people if p.total is not None]
    value = sum(totals) / len(totals) if totals else None
    return SocoResult(value, len(totals), len(people) - len(totals), tuple(people))


def _in_range(raw: Any, bounds: tuple[int, int], what: str) -> int:
    value = whole_score(raw)
    if not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"SOCO {what} {value} is outside {bounds[0]}–{bounds[1]}")
    return value
