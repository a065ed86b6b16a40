"""What the analysis filter bar offers: locations, customer surveys, staff, channels, segments.

Kept apart from the figures so the window can build its filter state without loading pandas.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cxdesk.db.database import Database
from cxdesk.db.models import Channel, Customer, Location, Staff, Survey, SurveyKind

NOT_CUSTOMER_SURVEYS = (SurveyKind.STAFF, SurveyKind.SOCO)  # staff answer these, not customers


@dataclass(frozen=True)
class FilterOptions:
    """What the filter bar offers. Surveys are customer surveys, by family, with the names of
    their newest version; staff carry their location so a location narrows the list."""

    locations: tuple[tuple[int, str], ...] = ()
    surveys: tuple[tuple[str, dict[str, Any]], ...] = ()
    staff: tuple[tuple[int, str, int | None], ...] = ()
    channels: tuple[str, ...] = tuple(Channel)
    segments: tuple[str, ...] = ()


def filter_options(db: Database) -> FilterOptions:
    with db.session() as session:
        locations = session.execute(select(Location.id, Location.name)).all()
        surveys: dict[str, dict[str, Any]] = {}
        rows = session.execute(
            select(Survey.family, Survey.name)
            .where(Survey.kind.not_in(NOT_CUSTOMER_SURVEYS))
            .order_by(Survey.family, Survey.version)
        ).all()
        for family, name in rows:
            surveys[family] = dict(name or {})  # the newest version names the family
        staff = session.execute(
            select(Staff.id, Staff.name, Staff.location_id)
        ).all()
        segments = session.scalars(
            select(Customer.segment).where(Customer.segment != "").distinct()
        ).all()
    return FilterOptions(
        locations=tuple(sorted(locations, key=lambda row: row[1].casefold())),
        surveys=tuple(surveys.items()),
        staff=tuple(sorted(staff, key=lambda row: row[1].casefold())),
        segments=tuple(sorted(segments, key=str.casefold)),
    )
