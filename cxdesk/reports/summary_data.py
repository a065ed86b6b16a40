"""Gather everything the Summary prints for a period (and locations): queries and metrics."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import labels, logs, mystery, report_lookups, scores
from cxdesk.db.queries.filters import Filters
from cxdesk.db.queries.settings import business_name
from cxdesk.db.queries.standards import load_handbook
from cxdesk.reports.summary_model import (
    COMPARES,
    Detractor,
    FailedItem,
    LocationFigures,
    MonthFigures,
    SectionScore,
    SourceFigures,
    SummaryData,
)
from cxdesk.reports.summary_parts import (
    improvement_themes_weighted,
    sla_months,
    stage_compliance,
    weakest_standards,
)
from cxdesk.services.analysis_cards import ALL_KEYS, headlines
from cxdesk.services.analysis_periods import comparison_filters, month_key, month_start
from cxdesk.services.figures import Figures, compute_figures

TREND_MONTHS = 12  # a short period still shows the year behind it
DETRACTORS_LISTED = 40
WORKERS = 4  # SQLite reads in parallel and lets go of the GIL while it works


def months_between(first: date, last: date) -> list[str]:
    keys, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def trend_start(date_from: date, date_to: date) -> date:
    """The first day of the trend: a year back from the end, or the period's start."""
    return min(month_start(date_to, TREND_MONTHS - 1), date_from.replace(day=1))


def survey_scores(part: pd.DataFrame) -> tuple[metrics.NpsResult, metrics.CsatResult]:
    """NPS and CSAT from rows of the score histogram, as compute_figures reads them."""
    def counts(column: str) -> dict[int, int]:
        rows = part.dropna(subset=[column])
        return {int(k): int(v) for k, v in rows.groupby(column)["count"].sum().items()}

    return (metrics.nps_from_counts(counts("nps"), (0, 10)),
            metrics.csat_from_counts(counts("csat"), (1, 5)))


def _workers(db: Database) -> int:
    """In-memory SQLite gives each thread a database of its own: read it in the caller's."""
    url = db.engine.url
    in_memory = url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")
    return 1 if in_memory else WORKERS


def _parallel(jobs: dict[str, Callable[[], Any]], workers: int) -> dict[str, Any]:
    if workers <= 1:  # in this thread: an in-memory database exists only here
        return {name: job() for name, job in jobs.items()}
    with ThreadPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        futures = {name: pool.submit(job) for name, job in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


def gather_summary(db: Database, filters: Filters, compare: str = "previous") -> SummaryData:
    """Every figure, table and list of the Summary for `filters` (a closed period) compared
    with the previous period of the same length or the same period a year before."""
    if compare not in COMPARES:
        raise ValueError(f"compare must be one of {', '.join(COMPARES)}")
    if filters.date_from is None or filters.date_to is None:
        raise ValueError("the summary needs a period with both ends")
    with db.session() as session:
        families = report_lookups.customer_families(session)
    # customer surveys only: the same figures, and the histograms read their covering index
    narrowed = replace(filters, survey_families=filters.survey_families or families)
    comparison = comparison_filters(narrowed, compare)
    got = _parallel({
        "figures": lambda: compute_figures(db, narrowed),
        "previous": lambda: compute_figures(db, comparison) if comparison else None,
        "hist": lambda: _histograms(db, narrowed),
        "themes": lambda: _read(db, lambda s: improvement_themes_weighted(
            report_lookups.improve_counts(s, narrowed))),
        "detractors": lambda: _read(db, lambda s: report_lookups.detractor_contacts(
            s, narrowed, DETRACTORS_LISTED + 1)),
        "rest": lambda: _read(db, lambda s: _rest(s, narrowed)),
    }, _workers(db))
    figures: Figures = got["figures"]
    trend_hist, period_hist = got["hist"]
    rest = got["rest"]
    names = rest["names"]
    detractors = got["detractors"]
    return SummaryData(
        business_name=rest["business_name"],
        filters=filters,
        comparison=replace(comparison, survey_families=filters.survey_families)
        if comparison else None,
        compare=compare,
        location_names=tuple(names.get(i, str(i)) for i in filters.location_ids),
        figures=figures,
        previous=got["previous"],
        key_figures=headlines(figures, got["previous"], keys=ALL_KEYS),
        trend=_trend(trend_hist, trend_start(filters.date_from, filters.date_to),
                     filters.date_to),
        locations=_locations(period_hist, rest["items"], figures.mystery, names),
        sections=tuple(SectionScore(rest["sections"].get(p.name, {"en": p.name}), p)
                       for p in figures.mystery.sections),
        failed_critical=_failed(rest["items"], figures.mystery, rest["sections"],
                                rest["texts"], names),
        stages=stage_compliance(figures.standards, rest["handbook"]),
        weakest_standards=weakest_standards(figures.standards, rest["handbook"]),
        themes=got["themes"],
        detractors=tuple(
            Detractor(row.taken_at, names.get(row.location, ""), int(row.score),
                      _text(row.name), _text(row.phone), _text(row.comment) or "")
            for row in detractors.head(DETRACTORS_LISTED).itertuples(index=False)),
        more_detractors=len(detractors) > DETRACTORS_LISTED,
        sla_months=sla_months(rest["requests"], rest["targets"], period_hist),
        sources=_sources(rest["feedback"]),
    )


def _read(db: Database, job: Callable[[Any], Any]) -> Any:
    with db.session() as session:
        return job(session)


def _histograms(db: Database, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores by (month, location) over the trend, and over the period: the period's part
    of the trend when it starts on the 1st (the trend ends where the period does)."""
    start = trend_start(filters.date_from, filters.date_to)  # type: ignore[arg-type]
    with db.session() as session:
        trend = scores.score_histogram(session, replace(filters, date_from=start),
                                       ("month", "location"))
        if filters.date_from.day == 1:  # type: ignore[union-attr]
            return trend, trend[trend["g0"] >= month_key(filters.date_from)]  # type: ignore
        return trend, scores.score_histogram(session, filters, ("month", "location"))


def _rest(session, filters: Filters) -> dict[str, Any]:
    sections, texts = labels.checklist_texts(session)
    return {
        "business_name": business_name(session),
        "names": labels.location_names(session),
        "items": mystery.visit_items(session, filters),
        "sections": sections,
        "texts": texts,
        "handbook": load_handbook(session, active_only=False),
        "requests": logs.requests_frame(session, filters),
        "targets": logs.sla_targets(session),
        "feedback": logs.feedback_frame(session, filters),
    }


def _text(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def _trend(hist: pd.DataFrame, start: date, end: date) -> tuple[MonthFigures, ...]:
    groups = dict(tuple(hist.groupby("g0"))) if not hist.empty else {}
    empty = hist.iloc[0:0]
    return tuple(MonthFigures(key, *survey_scores(groups.get(key, empty)))
                 for key in months_between(start, end))


def _locations(hist: pd.DataFrame, items: pd.DataFrame, rollup: metrics.VisitsRollup,
               names: dict[int, str]) -> tuple[LocationFigures, ...]:
    """Survey figures per location, and the mystery-shop % pooled from the visits' own
    earned/possible (the roll-up has scored every visit already)."""
    where = {} if items.empty else dict(zip(items["visit"], items["location"], strict=True))
    visits: dict[int, list[metrics.VisitScore]] = {}
    for visit in rollup.visits:
        visits.setdefault(int(where[visit.visit]), []).append(visit)
    keys = set(hist["g1"].dropna().astype(int)) | set(visits)
    rows = []
    for key in keys:
        nps, csat = survey_scores(hist[hist["g1"] == key])
        seen = visits.get(key, [])
        possible = sum(v.possible for v in seen)
        score = 100.0 * sum(v.earned for v in seen) / possible if possible else None
        rows.append(LocationFigures(names.get(key, str(key)), nps, csat, score, len(seen),
                                    sum(v.passed for v in seen)))
    return tuple(sorted(rows, key=lambda r: r.name.casefold()))


def _failed(items, rollup, sections, texts, names) -> tuple[FailedItem, ...]:
    failed = []
    by_visit = dict(tuple(items.groupby("visit"))) if not items.empty else {}
    for visit in rollup.visits:
        rows = by_visit[visit.visit]
        for code in dict.fromkeys(visit.failed_critical):
            for row in rows[(rows["item"] == code) & rows["critical"].astype(bool)].itertuples():
                failed.append(FailedItem(
                    int(visit.visit), row.visited_at, names.get(row.location, ""),
                    sections.get(row.section, {"en": row.section}),
                    texts.get((row.section, row.item), {"en": row.item}), row.comment or ""))
    return tuple(sorted(failed, key=lambda f: (f.visited_at, f.visit)))


def _sources(feedback: pd.DataFrame) -> tuple[SourceFigures, ...]:
    out = []
    for source, part in feedback.groupby("source", sort=False):
        result = metrics.complaints(part)
        out.append(SourceFigures(str(source), result.n, result.answered.value,
                                 result.unanswered_negative or 0,
                                 result.hours_to_answer.value, result.hours_to_answer.n))
    return tuple(sorted(out, key=lambda s: (-s.n, s.source)))
