"""Gather one staff member's feedback sheet: SOCO, mystery-shop items, their customers' NPS."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import labels, mystery, report_lookups
from cxdesk.db.queries.filters import Filters
from cxdesk.db.queries.settings import business_name
from cxdesk.services.figures import Figures, compute_figures

I18n = dict[str, Any]


@dataclass(frozen=True)
class ObservedItem:
    """A checklist item judged in a visit that observed the staff member."""

    visit: int
    visited_at: datetime
    location: str
    section: I18n
    item: I18n
    answer: Any  # 'yes'/'no', 1–5
    comment: str


@dataclass(frozen=True)
class ItemTally:
    """One checklist item over the visits that observed the person: how often it failed."""

    section: I18n
    item: I18n
    checked: int
    failed: int
    comments: tuple[tuple[int, str], ...]  # (visit, comment) of the failures


@dataclass(frozen=True)
class VisitLine:
    visit: int
    visited_at: datetime
    location: str
    score: float | None
    passed: bool


@dataclass(frozen=True)
class EmployeeData:
    business_name: str
    staff: report_lookups.StaffInfo
    date_from: date
    date_to: date
    person: Figures  # cut to the customers they served and the visits that observed them
    company: Figures  # everyone, same period
    soco: metrics.SocoPerson | None  # their latest questionnaire up to the period's end
    visits: tuple[VisitLine, ...]
    went_well: tuple[ObservedItem, ...]  # passed, with the shopper's comment
    to_work_on: tuple[ItemTally, ...]  # items failed at least once, most often first
    section_titles: dict[str, I18n]


def gather_employee(db: Database, staff_id: int, date_from: date,
                    date_to: date) -> EmployeeData:
    """The sheet of `staff_id` for the period (NotFoundError when there is no such person)."""
    if date_from > date_to:
        raise ValueError("the period must not end before it starts")
    with db.session() as session:
        staff = report_lookups.staff_info(session, staff_id)
        families = report_lookups.customer_families(session)
        theirs = Filters(date_from, date_to, staff_ids=(staff_id,))
        items = mystery.visit_items(session, theirs)
        sections, texts = labels.checklist_texts(session)
        names = labels.location_names(session)
        name = business_name(session)
    everyone = Filters(date_from, date_to, survey_families=families)
    person = compute_figures(db, Filters(date_from, date_to, staff_ids=(staff_id,),
                                         survey_families=families))
    company = compute_figures(db, everyone)
    soco = next((p for p in person.soco.people if p.person == staff_id), None)
    observed = _observed(items, sections, texts, names)
    return EmployeeData(
        business_name=name, staff=staff, date_from=date_from, date_to=date_to,
        person=person, company=company, soco=soco,
        visits=_visits(items, person.mystery, names),
        went_well=tuple(o for o, ok in observed if ok and o.comment.strip()),
        to_work_on=_tally(observed),
        section_titles=sections,
    )


def _visits(items: pd.DataFrame, rollup: metrics.VisitsRollup,
            names: dict[int, str]) -> tuple[VisitLine, ...]:
    if items.empty:
        return ()
    first = items.drop_duplicates("visit").set_index("visit")
    lines = [VisitLine(int(v.visit), first.at[v.visit, "visited_at"],
                       names.get(int(first.at[v.visit, "location"]), ""), v.value, v.passed)
             for v in rollup.visits]
    return tuple(sorted(lines, key=lambda line: (line.visited_at, line.visit)))


def _tally(observed: list[tuple[ObservedItem, bool]]) -> tuple[ItemTally, ...]:
    groups: dict[tuple[str, str], list[tuple[ObservedItem, bool]]] = {}
    for entry in observed:
        key = (str(entry[0].section), str(entry[0].item))
        groups.setdefault(key, []).append(entry)
    tallies = []
    for entries in groups.values():
        failed = [o for o, ok in entries if not ok]
        if failed:
            first = entries[0][0]
            tallies.append(ItemTally(first.section, first.item, len(entries), len(failed),
                                     tuple((o.visit, o.comment) for o in failed
                                           if o.comment.strip())))
    return tuple(sorted(tallies, key=lambda t: (-t.failed / t.checked, -t.failed)))


def _observed(items: pd.DataFrame, sections: dict[str, I18n],
              texts: dict[tuple[str, str], I18n], names: dict[int, str]):
    """(item, verdict) per judged item: yes and 4–5 pass, no and 1–3 fail (the standards'
    rule); N/A, unanswered and text items are not judged."""
    out = []
    for row in items.itertuples(index=False):
        if row.kind == "text":
            continue
        verdict = metrics.check_passed(row.answer)
        if verdict is None:
            continue
        out.append((ObservedItem(int(row.visit), row.visited_at, names.get(row.location, ""),
                                 sections.get(row.section, {"en": row.section}),
                                 texts.get((row.section, row.item), {"en": row.item}),
                                 row.answer, row.comment or ""), verdict))
    return out
