"""The Mystery-shopping page: visits with score and pass/fail, section scores by location,
failed critical items, the score trend and the shoppers side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import labels, mystery
from cxdesk.db.queries.filters import Filters
from cxdesk.insights._common import I18n, proportion, text_of, trend_freq
from cxdesk.metrics._common import pct


@dataclass(frozen=True)
class VisitRow:
    """One visit: `score` holds the %, its n (scored items), pass/fail and failed items."""

    visit: int
    visited_at: datetime
    location_id: int
    location: str
    shopper: str
    score: metrics.VisitScore


@dataclass(frozen=True)
class FailedCheck:
    """A critical item that failed its visit, with the shopper's comment."""

    visit: int
    visited_at: datetime
    location: str
    shopper: str
    section: I18n
    item: I18n
    comment: str


@dataclass(frozen=True)
class LocationSections:
    """One row of the heat map: a location's score per section (None: no scored item)."""

    location_id: int
    location: str
    n_visits: int
    cells: tuple[metrics.PartScore | None, ...]  # lines up with MysteryInsights.sections


@dataclass(frozen=True)
class ShopperRow(metrics.Result):
    """One shopper's visits rolled up. `offset` = their score − the score of the other
    shoppers' visits to the same locations: a shopper far off may judge harder or softer."""

    shopper: str
    value: float | None
    n: int  # scored items
    n_visits: int
    passed: metrics.Score  # % of their visits passed, n = visits
    offset: float | None


@dataclass(frozen=True)
class MysteryInsights:
    filters: Filters
    rollup: metrics.VisitsRollup  # the period's score: Σ earned / Σ possible
    passed: metrics.Score  # % of visits passed, n = visits
    visits: tuple[VisitRow, ...]  # newest first
    sections: tuple[str, ...]  # section codes in checklist order
    section_names: dict[str, I18n]
    heat: tuple[LocationSections, ...]
    failed: tuple[FailedCheck, ...]  # newest first
    trend: metrics.Trend  # Pooled per week or month
    shoppers: tuple[ShopperRow, ...]


@dataclass(frozen=True)
class Pooled(metrics.Result):
    """Visits pooled as visits_rollup pools them: Σ earned / Σ possible, n scored items."""

    value: float | None
    n: int
    n_visits: int
    visits_passed: int


def pool(visits) -> Pooled:
    """Pool already scored visits (scoring each one is the costly part of a roll-up)."""
    visits = list(visits)
    possible = sum(v.possible for v in visits)
    earned = sum(v.earned for v in visits)
    return Pooled(pct(earned, possible), sum(v.n for v in visits), len(visits),
                  sum(v.passed for v in visits))


def pool_sections(visits) -> dict[str, metrics.PartScore]:
    """Section scores over several scored visits, pooled the same way."""
    sums: dict[str, list[float]] = {}
    for visit in visits:
        for part in visit.sections:
            earned, possible, n = sums.setdefault(part.name, [0.0, 0.0, 0])
            sums[part.name] = [earned + part.earned, possible + part.possible, n + part.n]
    return {name: metrics.PartScore(name, pct(e, p), int(n), e, p)
            for name, (e, p, n) in sums.items()}


def _heat(rows: tuple[VisitRow, ...], sections: tuple[str, ...]) -> tuple[LocationSections, ...]:
    by_location: dict[tuple[int, str], list[metrics.VisitScore]] = {}
    for row in rows:
        by_location.setdefault((row.location_id, row.location), []).append(row.score)
    heat = []
    for (location_id, name), visits in by_location.items():
        scores = pool_sections(visits)
        cells = tuple(
            scores[s] if s in scores and scores[s].value is not None else None for s in sections
        )
        heat.append(LocationSections(location_id, name, len(visits), cells))
    return tuple(sorted(heat, key=lambda r: r.location.casefold()))


def _failed(items: pd.DataFrame, rows: tuple[VisitRow, ...], texts) -> tuple[FailedCheck, ...]:
    section_texts, item_texts = texts
    failed_items = items[items["critical"].astype(bool)]
    by_visit = dict(tuple(failed_items.groupby("visit"))) if not failed_items.empty else {}
    found = []
    for row in rows:
        if row.score.passed:
            continue
        part = by_visit[row.visit]
        for item in part[part["item"].isin(row.score.failed_critical)].itertuples():
            found.append(FailedCheck(
                row.visit, row.visited_at, row.location, row.shopper,
                text_of(section_texts, item.section),
                text_of(item_texts, (item.section, item.item)), item.comment or "",
            ))
    return tuple(found)


def _shoppers(rows: tuple[VisitRow, ...]) -> tuple[ShopperRow, ...]:
    out = []
    for shopper in sorted({r.shopper for r in rows}, key=str.casefold):
        mine = [r for r in rows if r.shopper == shopper]
        places = {r.location_id for r in mine}
        others = [r.score for r in rows if r.shopper != shopper and r.location_id in places]
        score, theirs = pool(r.score for r in mine), pool(others).value
        offset = None if score.value is None or theirs is None else score.value - theirs
        out.append(ShopperRow(shopper, score.value, score.n, score.n_visits,
                              proportion(score.visits_passed, score.n_visits), offset))
    return tuple(out)


def _trend(rows: tuple[VisitRow, ...], filters: Filters) -> metrics.Trend:
    if not rows:
        return metrics.Trend((), 0)
    frame = pd.DataFrame({"visited_at": [r.visited_at for r in rows],
                          "score": [r.score for r in rows]})
    return metrics.by_period(frame, pool, trend_freq(filters), date_col="visited_at")


def mystery_insights(db: Database, filters: Filters) -> MysteryInsights:
    with db.session() as session:
        items = mystery.visit_items(session, filters)
        names = labels.location_names(session)
        texts = labels.checklist_texts(session)
        shoppers = labels.visit_shoppers(session, items["visit"].unique())
    rollup = metrics.visits_rollup(items)  # scores every visit once; the rest pools them
    first = items.drop_duplicates("visit").set_index("visit")
    rows = tuple(sorted(
        (VisitRow(int(v.visit), first.at[v.visit, "visited_at"],
                  int(first.at[v.visit, "location"]),
                  names.get(int(first.at[v.visit, "location"]), ""),
                  shoppers.get(int(v.visit), ""), v) for v in rollup.visits),
        key=lambda r: (r.visited_at, r.visit), reverse=True,
    ))
    sections = tuple(dict.fromkeys(items["section"]))
    return MysteryInsights(
        filters=filters,
        rollup=rollup,
        passed=proportion(rollup.visits_passed, rollup.n_visits),
        visits=rows,
        sections=sections,
        section_names={s: text_of(texts[0], s) for s in sections},
        heat=_heat(rows, sections),
        failed=_failed(items, rows, texts),
        trend=_trend(rows, filters),
        shoppers=_shoppers(rows),
    )
