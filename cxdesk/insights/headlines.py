"""The cards on top of each analysis page: a figure with its evidence, compared with the same
figure of the comparison period (tested where a test exists), as the Overview's Headline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cxdesk import metrics
from cxdesk.metrics._common import wilson
from cxdesk.metrics.compare import proportion_difference
from cxdesk.services.analysis_cards import Headline

Fields = dict[str, Any]


def _share(value: float | None, k: int, n: int) -> Fields:
    low, high = wilson(k, n)
    return {"value": value, "n": n, "low": low, "high": high}


def _compare(key: str, now: Fields, before: Fields | None, test=None) -> Headline:
    """A Headline of `now`; with `before`, its change and, given a test, its verdict."""
    if before is None:
        return Headline(key, **now)
    value, previous = now["value"], before["value"]
    if test is not None:
        change, significant = test.difference, test.significant
    else:
        change = None if value is None or previous is None else value - previous
        significant = None
        now = {**now, "tested": False}
    return Headline(key, previous=previous, previous_n=before["n"], change=change,
                    significant=significant, **now)


def _both(now, before, fields: Callable[[Any], Fields]) -> tuple[Fields, Fields | None]:
    return fields(now), None if before is None else fields(before)


def mystery_headlines(now, before=None) -> tuple[Headline, ...]:
    """Score (a weighted ratio: not tested) and % of visits passed (two proportions)."""
    def score(ins) -> Fields:
        r = ins.rollup
        return {"value": r.value, "n": r.n, "visits": r.n_visits, "tested": False}

    def passed(ins) -> Fields:
        r = ins.rollup
        return _share(ins.passed.value, r.visits_passed, r.n_visits)

    test = None if before is None else proportion_difference(
        before.rollup.visits_passed, before.rollup.n_visits,
        now.rollup.visits_passed, now.rollup.n_visits)
    return (_compare("score", *_both(now, before, score)),
            _compare("passed", *_both(now, before, passed), test))


def standards_headlines(now, before=None) -> tuple[Headline, ...]:
    def kept(ins) -> Fields:
        c = ins.compliance
        return _share(c.value, c.passed, c.n)

    test = None if before is None else proportion_difference(
        before.compliance.passed, before.compliance.n, now.compliance.passed, now.compliance.n)
    return (_compare("standards", *_both(now, before, kept), test),)


def sales_headlines(now, before=None) -> tuple[Headline, ...]:
    """Revenue, CAGR and the Pareto share are not samples: compared, never tested; the NPS
    of known customers is."""
    def revenue(ins) -> Fields:
        return {"value": ins.revenue if ins.months else None, "n": ins.figures}

    def cagr(ins) -> Fields:
        return {"value": ins.cagr.value, "n": ins.cagr.n}

    def pareto(ins) -> Fields:
        return {"value": ins.pareto.value, "n": ins.pareto.n}

    def nps(ins) -> Fields:
        r = ins.known_nps
        return {"value": r.value, "n": r.n, "moe": r.moe}

    test = None if before is None else metrics.nps_difference(before.known_nps, now.known_nps)
    return (_compare("revenue", *_both(now, before, revenue)),
            _compare("cagr", *_both(now, before, cagr)),
            _compare("pareto", *_both(now, before, pareto)),
            _compare("known_nps", *_both(now, before, nps), test))


def requests_headlines(now, before=None) -> tuple[Headline, ...]:
    """On time and satisfied with speed (two proportions each), their gap, the median time
    to resolve."""
    def on_time(ins) -> Fields:
        o = ins.sla.on_time
        return _share(o.value, o.on_time, o.n)

    def satisfied(ins) -> Fields:
        s = ins.sla.satisfied
        return {"value": s.value, "n": s.n, "low": s.low, "high": s.high}

    def gap(ins) -> Fields:
        return {"value": ins.sla.gap, "n": min(ins.sla.on_time.n, ins.sla.satisfied.n)}

    def resolve(ins) -> Fields:
        d = ins.sla.to_resolve
        return {"value": d.median, "n": d.n}

    tests: dict[str, Any] = {}
    if before is not None:
        a, b = before.sla, now.sla
        tests["on_time"] = proportion_difference(a.on_time.on_time, a.on_time.n,
                                                 b.on_time.on_time, b.on_time.n)
        tests["satisfied"] = proportion_difference(a.satisfied.satisfied, a.satisfied.n,
                                                   b.satisfied.satisfied, b.satisfied.n)
    return (_compare("on_time", *_both(now, before, on_time), tests.get("on_time")),
            _compare("satisfied", *_both(now, before, satisfied), tests.get("satisfied")),
            _compare("gap", *_both(now, before, gap)),
            _compare("resolve", *_both(now, before, resolve)))


def staff_headlines(now, before=None) -> tuple[Headline, ...]:
    def soco(ins) -> Fields:
        return {"value": ins.soco.value, "n": ins.soco.n}

    def mystery(ins) -> Fields:
        m = ins.mystery
        return {"value": m.value, "n": m.n, "visits": m.n_visits, "tested": False}

    def nps(ins) -> Fields:
        return {"value": ins.nps.value, "n": ins.nps.n, "moe": ins.nps.moe}

    test = None if before is None else metrics.nps_difference(before.nps, now.nps)
    return (_compare("soco", *_both(now, before, soco)),
            _compare("mystery", *_both(now, before, mystery)),
            _compare("nps", *_both(now, before, nps), test))


@dataclass(frozen=True)
class PageResult:
    """What a page paints: its insights, and its cards against the comparison period."""

    insights: Any
    headlines: tuple[Headline, ...]
    compared: bool  # there is a comparison period


def page_result(db, filters, comparison, insights: Callable, cards: Callable) -> PageResult:
    """`insights(db, filters)` for the period and, with a comparison period, for that one
    too, its cards compared: the one job a page runs off the GUI thread."""
    now = insights(db, filters)
    before = insights(db, comparison) if comparison is not None else None
    return PageResult(now, cards(now, before), comparison is not None)
