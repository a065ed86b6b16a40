"""The filter every figure is cut by: period, location, survey, staff, channel, segment."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cxdesk.db.models import Customer, Location, Response, Staff, Survey
from cxdesk.errors import NotFoundError
from cxdesk.i18n import fill, translate


@dataclass(frozen=True)
class Filters:
    """Dates are inclusive days; empty tuples mean "all"."""

    date_from: date | None = None
    date_to: date | None = None
    location_ids: tuple[int, ...] = ()
    survey_families: tuple[str, ...] = ()
    staff_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()

    @property
    def start(self) -> datetime | None:
        return datetime.combine(self.date_from, time.min) if self.date_from else None

    @property
    def end(self) -> datetime | None:
        """The first moment after the period (exclusive upper bound)."""
        if self.date_to is None:
            return None
        return datetime.combine(self.date_to + timedelta(days=1), time.min)

    def previous_period(self) -> Filters | None:
        """The period of the same length just before this one."""
        if not (self.date_from and self.date_to):
            return None
        days = (self.date_to - self.date_from).days + 1
        return replace(
            self,
            date_from=self.date_from - timedelta(days=days),
            date_to=self.date_from - timedelta(days=1),
        )

    def same_period_last_year(self) -> Filters | None:
        if not (self.date_from and self.date_to):
            return None
        return replace(
            self,
            date_from=_minus_year(self.date_from),
            date_to=_minus_year(self.date_to),
        )


def _minus_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def apply_response_filters(query: Select, filters: Filters) -> Select:
    """Narrow a SELECT over `response` to the filter."""
    if filters.start is not None:
        query = query.where(Response.taken_at >= filters.start)
    if filters.end is not None:
        query = query.where(Response.taken_at < filters.end)
    if filters.location_ids:
        query = query.where(Response.location_id.in_(filters.location_ids))
    if filters.staff_ids:
        query = query.where(Response.staff_id.in_(filters.staff_ids))
    if filters.channels:
        query = query.where(Response.channel.in_(filters.channels))
    if filters.survey_families:
        families = select(Survey.id).where(Survey.family.in_(filters.survey_families))
        query = query.where(Response.survey_id.in_(families))
    if filters.segments:
        customers = select(Customer.id).where(Customer.segment.in_(filters.segments))
        query = query.where(Response.customer_id.in_(customers))
    return query


def location_id_by_name(session: Session, name: str) -> int:
    found = session.scalar(select(Location.id).where(Location.name == name))
    if found is None:
        known = ", ".join(session.scalars(select(Location.name).order_by(Location.name)))
        raise NotFoundError(
            fill(translate("Filters", "Unknown location \"%1\" (known: %2)"), name, known)
        )
    return found


def survey_family_by_name(session: Session, name: str) -> str:
    """A survey given by its family key or its name in any language."""
    surveys = session.scalars(select(Survey)).all()
    folded = name.casefold()
    for survey in surveys:
        names = [survey.family, *(str(v) for v in (survey.name or {}).values())]
        if any(candidate.casefold() == folded for candidate in names):
            return survey.family
    known = ", ".join(sorted({s.family for s in surveys}))
    message = translate("Filters", "Unknown survey \"%1\" (known: %2)")
    raise NotFoundError(fill(message, name, known))


def staff_id_by_name(session: Session, name: str) -> int:
    found = session.scalars(select(Staff.id).where(Staff.name == name)).all()
    if not found:
        raise NotFoundError(fill(translate("Filters", "Unknown staff member \"%1\""), name))
    return found[0]
