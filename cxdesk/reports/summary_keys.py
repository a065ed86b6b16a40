"""The Summary's key figures: each headline figure against the comparison period."""

from __future__ import annotations

from cxdesk import metrics
from cxdesk.metrics.compare import Difference, mean_difference, proportion_difference
from cxdesk.reports.summary_model import KeyFigure
from cxdesk.services.figures import Figures

KEYS = ("nps", "csat", "ces", "mystery", "standards", "sla", "complaints", "soco")


def _change(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


def _count(value: float | None, n: int) -> int:
    """The count behind a % of n (the % was computed from it, so rounding is exact)."""
    return 0 if value is None else round(value * n / 100)


def _tested(key: str, test: Difference | metrics.NpsDifference | None, value, n, *,
            previous, previous_n, **extra) -> KeyFigure:
    if test is None:
        return KeyFigure(key, value, n, previous=previous, previous_n=previous_n,
                         change=_change(value, previous), **extra)
    return KeyFigure(key, value, n, previous=previous, previous_n=previous_n,
                     change=test.difference, significant=test.significant, **extra)


def key_figures(now: Figures, before: Figures | None) -> tuple[KeyFigure, ...]:
    """NPS (nps_difference), CSAT, standards, SLA on time and complaints answered (two
    proportions), CES (two means); the mystery-shop % (a weighted ratio) and SOCO (a few
    people) show their change untested. Without a comparison period only the figures."""
    if before is None:
        return _alone(now)
    sla_now, sla_before = now.sla.on_time, before.sla.on_time
    answered_now, answered_before = now.complaints.answered, before.complaints.answered
    return (
        _tested("nps", metrics.nps_difference(before.nps, now.nps), now.nps.value, now.nps.n,
                previous=before.nps.value, previous_n=before.nps.n, moe=now.nps.moe),
        _tested("csat", proportion_difference(before.csat.satisfied, before.csat.n,
                                              now.csat.satisfied, now.csat.n),
                now.csat.value, now.csat.n, previous=before.csat.value,
                previous_n=before.csat.n, low=now.csat.low, high=now.csat.high),
        _tested("ces", mean_difference(before.ces.value, before.ces.moe, before.ces.n,
                                       now.ces.value, now.ces.moe, now.ces.n),
                now.ces.value, now.ces.n, previous=before.ces.value, previous_n=before.ces.n,
                moe=now.ces.moe),
        _tested("mystery", None, now.mystery.value, now.mystery.n_visits,
                previous=before.mystery.value, previous_n=before.mystery.n_visits),
        _tested("standards", proportion_difference(before.standards.passed, before.standards.n,
                                                   now.standards.passed, now.standards.n),
                now.standards.value, now.standards.n, previous=before.standards.value,
                previous_n=before.standards.n),
        _tested("sla", proportion_difference(sla_before.on_time, sla_before.n, sla_now.on_time,
                                             sla_now.n),
                sla_now.value, sla_now.n, previous=sla_before.value, previous_n=sla_before.n),
        _tested("complaints", proportion_difference(
            _count(answered_before.value, answered_before.n), answered_before.n,
            _count(answered_now.value, answered_now.n), answered_now.n),
                answered_now.value, answered_now.n, previous=answered_before.value,
                previous_n=answered_before.n),
        _tested("soco", None, now.soco.value, now.soco.n, previous=before.soco.value,
                previous_n=before.soco.n),
    )


def _alone(now: Figures) -> tuple[KeyFigure, ...]:
    return (
        KeyFigure("nps", now.nps.value, now.nps.n, moe=now.nps.moe),
        KeyFigure("csat", now.csat.value, now.csat.n, low=now.csat.low, high=now.csat.high),
        KeyFigure("ces", now.ces.value, now.ces.n, moe=now.ces.moe),
        KeyFigure("mystery", now.mystery.value, now.mystery.n_visits),
        KeyFigure("standards", now.standards.value, now.standards.n),
        KeyFigure("sla", now.sla.on_time.value, now.sla.on_time.n),
        KeyFigure("complaints", now.complaints.answered.value, now.complaints.answered.n),
        KeyFigure("soco", now.soco.value, now.soco.n),
    )
