"""The Staff page: per employee the SOCO score, the mystery-shop score of the visits that
observed them, and the NPS and CSAT of the customers they served, each with its n."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import answers, labels, mystery, scores
from cxdesk.db.queries.filters import Filters
from cxdesk.insights.mystery import Pooled, pool


@dataclass(frozen=True)
class StaffRow:
    staff: int
    name: str
    role: str
    location: str  # "" for someone who works for the whole chain
    soco: metrics.SocoPerson | None  # None: no questionnaire up to the end of the period
    mystery: Pooled  # the visits that observed them: score %, n items, n visits
    nps: metrics.NpsResult  # customers they served
    csat: metrics.CsatResult


@dataclass(frozen=True)
class StaffInsights:
    filters: Filters
    rows: tuple[StaffRow, ...]  # by name
    soco: metrics.SocoResult  # the listed people's SOCO: mean of the complete totals
    mystery: Pooled  # every visit in the filter that observed anyone listed
    nps: metrics.NpsResult  # customers served by anyone listed
    csat: metrics.CsatResult


def _counts(part: pd.DataFrame, column: str) -> dict[int, int]:
    rows = part.dropna(subset=[column])
    if rows.empty:
        return {}
    summed = rows.groupby(column)["count"].sum()
    return {int(k): int(v) for k, v in summed.items()}


def _listed(people: pd.DataFrame, filters: Filters, seen: set[int]) -> pd.DataFrame:
    """Who gets a row: anyone with a figure in the filter, and the active staff of the
    filter's locations (so a silent employee shows as "—", not as missing)."""
    keep = people["staff"].isin(seen)
    active = people["active"].astype(bool)
    if filters.location_ids:
        active &= people["location"].isin(filters.location_ids)
    keep |= active
    if filters.staff_ids:
        keep &= people["staff"].isin(filters.staff_ids)
    return people[keep]


def staff_insights(db: Database, filters: Filters) -> StaffInsights:
    with db.session() as session:
        people = labels.staff_frame(session)
        places = labels.location_names(session)
        soco_frame = answers.soco_answers(session, filters)
        items = mystery.visit_items(session, filters)
        observed = mystery.visit_staff_frame(session, filters)
        hist = scores.score_histogram(session, filters, "staff")
    visits = {v.visit: v for v in metrics.visits_rollup(items).visits}
    observed = observed[observed["visit"].isin(visits)]
    served = hist.dropna(subset=["g0"])
    seen = set(observed["staff"]) | set(served["g0"].astype(int))
    if filters.location_ids:  # SOCO is not cut by place: count only the filter's people
        local = people[people["location"].isin(filters.location_ids)]["staff"]
        soco_frame = soco_frame[soco_frame["person"].isin(local)]
    seen |= set(soco_frame["person"])
    listed = _listed(people, filters, seen)
    ids = set(listed["staff"])
    soco = metrics.soco(soco_frame[soco_frame["person"].isin(ids)])
    soco_of = {p.person: p for p in soco.people}
    rows = []
    for person in listed.itertuples(index=False):
        key = int(person.staff)
        theirs = observed.loc[observed["staff"] == key, "visit"]
        mine = served[served["g0"].astype(int) == key]
        location = places.get(int(person.location), "") if pd.notna(person.location) else ""
        rows.append(StaffRow(
            key, person.name, person.role or "", location, soco_of.get(key),
            pool(visits[v] for v in theirs),
            metrics.nps_from_counts(_counts(mine, "nps")),
            metrics.csat_from_counts(_counts(mine, "csat")),
        ))
    mine_all = served[served["g0"].astype(int).isin(ids)]
    all_visits = observed.loc[observed["staff"].isin(ids), "visit"].unique()
    return StaffInsights(
        filters=filters,
        rows=tuple(sorted(rows, key=lambda r: (r.name.casefold(), r.staff))),
        soco=soco,
        mystery=pool(visits[v] for v in all_visits),
        nps=metrics.nps_from_counts(_counts(mine_all, "nps")),
        csat=metrics.csat_from_counts(_counts(mine_all, "csat")),
    )
