"""Known customers on the sales page: loyalty types with their NPS and revenue, and who among
the customers is a promoter or a detractor (each judged by their latest answer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from cxdesk import metrics
from cxdesk.metrics._common import pct

LOYALTY_ORDER = ("dedicated", "constrained", "unknown")
PROMOTER_MIN, PASSIVE_MIN = 9, 7  # the NPS bands (metrics.nps uses the same)


@dataclass(frozen=True)
class LoyaltyRow(metrics.Result):
    """One loyalty type: its customers, their NPS (latest answer each), revenue share."""

    loyalty: str
    n: int  # customers of this type
    nps: metrics.NpsResult
    revenue_share: float | None  # % of the per-customer revenue of the period


@dataclass(frozen=True)
class KnownCustomer:
    customer: int
    name: str | None  # None: no consent to keep it, or erased
    segment: str
    loyalty: str
    score: int  # their latest NPS answer
    category: str  # "promoter", "passive" or "detractor"
    answers: int  # NPS answers they gave in the period
    answered_at: datetime
    revenue: float | None  # their revenue in the period (None: no sales rows)
    abc: str | None


def category(score: int) -> str:
    if score >= PROMOTER_MIN:
        return "promoter"
    return "passive" if score >= PASSIVE_MIN else "detractor"


def latest_answers(people: pd.DataFrame, answers: pd.DataFrame) -> pd.DataFrame:
    """Per known customer in `people`: their latest score, when, and how many answers."""
    mine = answers[answers["customer"].isin(people["customer"])]
    if mine.empty:
        return pd.DataFrame({"customer": [], "nps": [], "taken_at": [], "answers": []})
    ordered = mine.sort_values(["taken_at", "response"])
    last = ordered.groupby("customer").tail(1).set_index("customer")
    counts = ordered.groupby("customer").size()
    return pd.DataFrame({
        "customer": last.index.astype(int), "nps": last["nps"].astype(int).to_numpy(),
        "taken_at": last["taken_at"].to_numpy(),
        "answers": counts.reindex(last.index).to_numpy(),
    })


def known_customers(people: pd.DataFrame, answers: pd.DataFrame, revenue: pd.Series,
                    abc_class: dict[Any, str | None]
                    ) -> tuple[pd.DataFrame, tuple[KnownCustomer, ...]]:
    """(latest answers, the promoters and detractors largest revenue first)."""
    latest = latest_answers(people, answers)
    info = people.set_index("customer")
    rows = []
    for row in latest.itertuples(index=False):
        score = int(row.nps)
        kind = category(score)
        if kind == "passive":
            continue
        key = int(row.customer)
        person = info.loc[key]
        money = revenue.get(key)
        rows.append(KnownCustomer(
            key, person["name"] if isinstance(person["name"], str) else None,
            str(person["segment"]), str(person["loyalty"]), score, kind, int(row.answers),
            pd.Timestamp(row.taken_at).to_pydatetime(),
            None if money is None else float(money), abc_class.get(key),
        ))
    rows.sort(key=lambda c: (-(c.revenue or 0.0), c.category, c.customer))
    return latest, tuple(rows)


def loyalty_rows(people: pd.DataFrame, latest: pd.DataFrame,
                 revenue: pd.Series) -> tuple[LoyaltyRow, ...]:
    total = float(revenue.sum())
    scores = latest.set_index("customer")["nps"] if not latest.empty else pd.Series(dtype=int)
    kinds = [k for k in LOYALTY_ORDER if k in set(people["loyalty"])]
    kinds += sorted(set(people["loyalty"]) - set(kinds))
    rows = []
    for kind in kinds:
        ids = people.loc[people["loyalty"] == kind, "customer"]
        theirs = scores[scores.index.isin(ids)]
        money = float(revenue[revenue.index.isin(ids)].sum())
        rows.append(LoyaltyRow(kind, len(ids), metrics.nps(theirs),
                               pct(money, total) if total > 0 else None))
    return tuple(rows)
