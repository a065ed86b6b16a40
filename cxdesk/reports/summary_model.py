"""What the Summary report prints, as plain dataclasses: gathered once, drawn in any language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from cxdesk import metrics
from cxdesk.db.queries.filters import Filters
from cxdesk.metrics import LOW_N
from cxdesk.services.analysis_cards import Headline
from cxdesk.services.figures import Figures

Compare = Literal["previous", "year"]
COMPARES: tuple[str, ...] = ("previous", "year")
I18n = dict[str, Any]  # {"ru": …, "uk": …, "en": …}: the report picks the language


@dataclass(frozen=True)
class MonthFigures:
    month: str  # "2026-05"
    nps: metrics.NpsResult
    csat: metrics.CsatResult


@dataclass(frozen=True)
class LocationFigures:
    name: str
    nps: metrics.NpsResult
    csat: metrics.CsatResult
    mystery: float | None  # Σ earned / Σ possible over the location's visits, %
    visits: int
    visits_passed: int


@dataclass(frozen=True)
class SectionScore:
    title: I18n
    score: metrics.PartScore


@dataclass(frozen=True)
class FailedItem:
    """A critical checklist item failed in a submitted visit."""

    visit: int
    visited_at: datetime
    location: str
    section: I18n
    item: I18n
    comment: str


@dataclass(frozen=True)
class StandardScore:
    text: I18n
    score: metrics.PartScore


@dataclass(frozen=True)
class StageCompliance:
    """Standards compliance pooled over one journey stage's checks."""

    name: I18n
    value: float | None
    n: int
    passed: int
    standards: tuple[StandardScore, ...]

    @property
    def low_n(self) -> bool:
        return self.n < LOW_N


@dataclass(frozen=True)
class Detractor:
    """A detractor to call back; `name`/`phone` are None unless the customer consented."""

    taken_at: datetime
    location: str
    score: int
    name: str | None
    phone: str | None
    comment: str


@dataclass(frozen=True)
class SourceFigures:
    """Feedback-log handling for one source (complaints book, online review …)."""

    source: str
    n: int
    answered: float | None  # %
    open_negative: int  # negative entries still unanswered
    hours_to_answer: float | None  # median
    hours_n: int


@dataclass(frozen=True)
class SummaryData:
    business_name: str
    filters: Filters
    comparison: Filters | None
    compare: str
    location_names: tuple[str, ...]  # of the filter; () means all locations
    figures: Figures
    previous: Figures | None
    key_figures: tuple[Headline, ...]
    trend: tuple[MonthFigures, ...]
    locations: tuple[LocationFigures, ...]
    sections: tuple[SectionScore, ...]
    failed_critical: tuple[FailedItem, ...]
    stages: tuple[StageCompliance, ...]
    weakest_standards: tuple[StandardScore, ...]
    themes: metrics.ThemesResult
    detractors: tuple[Detractor, ...]
    more_detractors: bool  # more detractors named a customer than are listed
    sla_months: tuple[metrics.SlaMonth, ...]
    sources: tuple[SourceFigures, ...]

    def key_figure(self, key: str) -> Headline:
        return next(k for k in self.key_figures if k.key == key)
