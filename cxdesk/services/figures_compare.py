"""Figures beside the comparison period: the headlines and every group of a breakdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries.filters import Filters
from cxdesk.db.queries.periods import FREQS
from cxdesk.metrics._common import plain
from cxdesk.metrics.compare import Difference, proportion_difference
from cxdesk.services.analysis_cards import ALL_KEYS, Headline, headlines
from cxdesk.services.analysis_periods import comparison_filters
from cxdesk.services.figures import Figures, GroupFigures, compute_figures

MODES = ("previous", "year")


@dataclass(frozen=True)
class GroupChange:
    """One group of a breakdown against the same group before: the previous location's
    figures for a location, the month before for a month."""

    key: Any
    label: str
    nps_before: float | None
    nps_n_before: int
    nps: metrics.NpsDifference
    csat_before: float | None
    csat: Difference

    def as_dict(self) -> dict[str, Any]:
        return {"key": plain(self.key), "label": self.label, "nps_before": plain(self.nps_before),
                "nps_n_before": self.nps_n_before, "nps_change": self.nps.as_dict(),
                "csat_before": plain(self.csat_before), "csat_change": self.csat.as_dict()}


@dataclass(frozen=True)
class Comparison:
    mode: str
    filters: Filters  # the comparison period
    headlines: tuple[Headline, ...]
    groups: tuple[GroupChange, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "period": {"from": plain(self.filters.date_from), "to": plain(self.filters.date_to)},
            "figures": {h.key: {"value": plain(h.value), "n": h.n, "before": plain(h.previous),
                                "n_before": h.previous_n, "change": plain(h.change),
                                "significant": h.significant} for h in self.headlines},
            "groups": [group.as_dict() for group in self.groups],
        }


def _change(key: Any, label: str, now: GroupFigures, before: GroupFigures | None) -> GroupChange:
    empty_nps = metrics.nps_from_counts({})
    empty_csat = metrics.csat_from_counts({})
    old_nps = before.nps if before else empty_nps
    old_csat = before.csat if before else empty_csat
    return GroupChange(
        key, label, old_nps.value, old_nps.n, metrics.nps_difference(old_nps, now.nps),
        old_csat.value,
        proportion_difference(old_csat.satisfied, old_csat.n, now.csat.satisfied, now.csat.n),
    )


def _group_changes(db: Database, current: Figures, previous_filters: Filters) -> tuple:
    if not current.by_kind:
        return ()
    kinds = (current.by_kind,) if isinstance(current.by_kind, str) else current.by_kind
    if len(kinds) == 1 and kinds[0] in FREQS:
        # a time series: each period beside the one before it
        return tuple(_change(g.key, g.label, g, prev)
                     for prev, g in zip((None, *current.by[:-1]), current.by, strict=True))
    before = compute_figures(db, previous_filters, by=current.by_kind)
    by_key = {g.key: g for g in before.by}
    return tuple(_change(g.key, g.label, g, by_key.get(g.key)) for g in current.by)


def compare_figures(db: Database, current: Figures, mode: str = "previous") -> Comparison | None:
    """The figures of the comparison period beside `current`; None without a bounded period
    (there is nothing to compare an open-ended range with)."""
    previous_filters = comparison_filters(current.filters, mode)
    if previous_filters is None:
        return None
    previous = compute_figures(db, previous_filters)
    return Comparison(mode, previous_filters, headlines(current, previous, keys=ALL_KEYS),
                      _group_changes(db, current, previous_filters))
