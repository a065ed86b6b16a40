"""The filter every analysis page shows: one shared object, so narrowing one page narrows all.

`ctx.analysis` is the one AnalysisState of a window. Pages read `filters()` and
`comparison()`; the filter bars and anything else that narrows (a click on a location) call
`update(...)`; everyone listening to `filters_changed` recomputes. The choice is remembered
in the settings and restored at the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from cxdesk.db.queries.filters import Filters
from cxdesk.services.analysis_periods import COMPARES, PERIODS, comparison_filters, period_dates
from cxdesk.services.filter_options import FilterOptions
from ui.qtcompat import emit
from ui.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Selection:
    """What the user chose: a period by name (resolved against today when asked), one value
    per narrowing filter (None = all) and the comparison."""

    period: str = "this_month"
    custom_from: date | None = None
    custom_to: date | None = None
    location_id: int | None = None
    survey_family: str | None = None
    staff_id: int | None = None
    channel: str | None = None
    segment: str | None = None
    compare: str = "previous"

    def as_settings(self) -> dict[str, Any]:
        return {key: value.isoformat() if isinstance(value, date) else value
                for key, value in asdict(self).items()}

    @classmethod
    def from_settings(cls, stored: dict[str, Any]) -> Selection:
        """A stored selection; anything unreadable falls back to its default."""
        chosen: dict[str, Any] = {}
        for field in fields(cls):
            value = stored.get(field.name)
            try:
                if field.name in ("custom_from", "custom_to"):
                    value = date.fromisoformat(value) if value else None
                elif field.name in ("location_id", "staff_id"):
                    value = int(value) if value is not None else None
                elif value is not None:
                    value = str(value)
            except (TypeError, ValueError):
                continue
            if field.name in stored:
                chosen[field.name] = value
        if chosen.get("period") not in PERIODS:
            chosen.pop("period", None)
        if chosen.get("compare") not in COMPARES:
            chosen.pop("compare", None)
        return cls(**chosen)


class AnalysisState(QObject):
    """The current analysis filter; `filters_changed` after every change that matters."""

    filters_changed = Signal()
    options_changed = Signal()  # the lists the filter bars offer were (re)loaded

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._selection = Selection.from_settings(settings.analysis_filter) if settings \
            else Selection()
        self.options = FilterOptions()
        self.options_loaded = False
        self.today: Callable[[], date] = date.today  # tests and benchmarks fix the day

    @property
    def selection(self) -> Selection:
        return self._selection

    def filters(self) -> Filters:
        """The selection as the core's Filters, its period resolved against today."""
        s = self._selection
        first, last = period_dates(s.period, self.today(), s.custom_from, s.custom_to)
        return Filters(
            date_from=first,
            date_to=last,
            location_ids=(s.location_id,) if s.location_id is not None else (),
            survey_families=(s.survey_family,) if s.survey_family else (),
            staff_ids=(s.staff_id,) if s.staff_id is not None else (),
            channels=(s.channel,) if s.channel else (),
            segments=(s.segment,) if s.segment else (),
        )

    def comparison(self) -> Filters | None:
        """The same filter over the comparison period."""
        return comparison_filters(self.filters(), self._selection.compare)

    def update(self, **changes: Any) -> None:
        """Change some of the selection (field names of Selection); a staff member who does
        not work at a newly chosen location is let go. Emits once, and only on a change."""
        if "period" in changes and changes["period"] not in PERIODS:
            raise ValueError(f"unknown period {changes['period']!r}")
        if "compare" in changes and changes["compare"] not in COMPARES:
            raise ValueError(f"unknown comparison {changes['compare']!r}")
        chosen = replace(self._selection, **changes)
        chosen = self._valid(chosen, keep_staff="staff_id" in changes)
        if chosen == self._selection:
            return
        self._selection = chosen
        if self._settings is not None:
            self._settings.analysis_filter = chosen.as_settings()
        emit(self.filters_changed)

    def set_location(self, location_id: int | None) -> None:
        """Narrow every analysis page to one location (None: all of them)."""
        self.update(location_id=location_id)

    def reset(self) -> None:
        """Every narrowing filter back to "all"; the period and the comparison stay."""
        self.update(location_id=None, survey_family=None, staff_id=None, channel=None,
                    segment=None)

    def set_options(self, options: FilterOptions) -> None:
        """The lists loaded from the database; a remembered choice they lack is dropped."""
        self.options = options
        self.options_loaded = True
        emit(self.options_changed)
        valid = self._valid(self._selection, keep_staff=True)
        if valid != self._selection:
            log.info("analysis filter: dropped choices the database lacks")
            self._selection = valid
            if self._settings is not None:
                self._settings.analysis_filter = valid.as_settings()
            emit(self.filters_changed)

    def _valid(self, chosen: Selection, keep_staff: bool) -> Selection:
        if not self.options_loaded:
            return chosen
        options = self.options
        changes: dict[str, Any] = {}
        if chosen.location_id not in (None, *(i for i, _ in options.locations)):
            changes["location_id"] = None
        if chosen.survey_family not in (None, *(f for f, _ in options.surveys)):
            changes["survey_family"] = None
        if chosen.channel not in (None, *options.channels):
            changes["channel"] = None
        if chosen.segment not in (None, *options.segments):
            changes["segment"] = None
        staff = {i: location for i, _, location in options.staff}
        location = changes.get("location_id", chosen.location_id)
        if chosen.staff_id is not None and (
            chosen.staff_id not in staff
            or (not keep_staff and location is not None and staff[chosen.staff_id] != location)
        ):
            changes["staff_id"] = None
        return replace(chosen, **changes) if changes else chosen
