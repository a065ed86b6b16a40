"""Locations and staff: add, edit, deactivate, and delete only what nothing points to."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    FeedbackEntry,
    ImprovementAction,
    Location,
    Response,
    SalesFigure,
    SamplePlan,
    ServiceRequest,
    Staff,
    Visit,
    visit_staff,
)
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import fill, plural, translate
from cxdesk.services.search import fold, matches, one_line, terms

NAME_MAX = 200
ADDRESS_MAX = 1000


@dataclass
class LocationForm:
    name: str = ""
    address: str = ""
    active: bool = True


@dataclass
class StaffForm:
    name: str = ""
    role: str = ""
    location_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class LocationRow:
    id: int
    name: str
    address: str
    active: bool
    staff_count: int
    created_at: datetime | None

    def form(self) -> LocationForm:
        return LocationForm(self.name, self.address, self.active)


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    location_id: int | None
    location_name: str
    active: bool
    created_at: datetime | None

    def form(self) -> StaffForm:
        return StaffForm(self.name, self.role, self.location_id, self.active)


def count_where(session: Session, column: Any, value: int) -> int:
    """How many rows of `column`'s table have `value` there."""
    query = select(func.count()).select_from(column.table).where(column == value)
    return session.scalar(query) or 0


def _too_long(value: str, limit: int, field: str) -> None:
    if len(value) > limit:
        raise ValidationError(
            fill(translate("Org", "The text is too long (at most %1 characters)."), limit), field
        )


def validate_location(form: LocationForm) -> LocationForm:
    name, address = one_line(form.name), (form.address or "").strip()
    if not name:
        raise ValidationError(translate("Org", "Enter the name of the location."), "name")
    _too_long(name, NAME_MAX, "name")
    _too_long(address, ADDRESS_MAX, "address")
    return replace(form, name=name, address=address, active=bool(form.active))


def validate_staff(form: StaffForm) -> StaffForm:
    name, role = one_line(form.name), one_line(form.role)
    if not name:
        raise ValidationError(translate("Org", "Enter the name of the staff member."), "name")
    _too_long(name, NAME_MAX, "name")
    _too_long(role, NAME_MAX, "role")
    return replace(form, name=name, role=role, active=bool(form.active))


def _location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None:
        raise NotFoundError(fill(translate("Org", "Location %1 does not exist."), location_id))
    return location


def _staff(session: Session, staff_id: int) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise NotFoundError(fill(translate("Org", "Staff member %1 does not exist."), staff_id))
    return person


def _check_unique(session: Session, name: str, location_id: int | None) -> None:
    key = fold(name)
    for other_id, other in session.execute(select(Location.id, Location.name)):
        if other_id != location_id and fold(other) == key:
            raise ValidationError(
                fill(translate("Org", "There is already a location named “%1”."), other), "name"
            )


def _location_row(location: Location, staff_count: int) -> LocationRow:
    return LocationRow(
        location.id,
        location.name,
        location.address,
        location.active,
        staff_count,
        location.created_at,
    )


def list_locations(db: Database, search: str = "", active_only: bool = False) -> list[LocationRow]:
    """Locations by name whose name or address contain every word of `search`, in any case."""
    words = terms(search)
    with db.session() as session:
        counts = dict(
            session.execute(
                select(Staff.location_id, func.count()).group_by(Staff.location_id)
            ).all()
        )
        query = select(Location)
        if active_only:
            query = query.where(Location.active.is_(True))
        rows = [
            _location_row(loc, counts.get(loc.id, 0))
            for loc in session.scalars(query)
            if matches(words, loc.name, loc.address)
        ]
    return sorted(rows, key=lambda row: (not row.active, fold(row.name)))


def get_location(db: Database, location_id: int) -> LocationRow:
    with db.session() as session:
        location = _location(session, location_id)
        return _location_row(location, count_where(session, Staff.location_id, location_id))


def create_location(db: Database, form: LocationForm) -> int:
    clean = validate_location(form)
    with db.begin() as session:
        _check_unique(session, clean.name, None)
        location = Location(name=clean.name, address=clean.address, active=clean.active)
        session.add(location)
        session.flush()
        return location.id


def update_location(db: Database, location_id: int, form: LocationForm) -> None:
    clean = validate_location(form)
    with db.begin() as session:
        location = _location(session, location_id)
        _check_unique(session, clean.name, location_id)
        location.name, location.address, location.active = clean.name, clean.address, clean.active


def set_location_active(db: Database, location_id: int, active: bool) -> None:
    """Deactivate (hidden from new entries, kept in reports) or reactivate a location."""
    with db.begin() as session:
        _location(session, location_id).active = active


def _references(session: Session, checks, key: int) -> list[str]:
    """"3 survey responses", "1 staff member" … for each (column, wording) that points to `key`."""
    found = []
    for column, text in checks:
        n = count_where(session, column, key)
        if n:
            found.append(text(n))
    return found


def location_references(session: Session, location_id: int) -> list[str]:
    """What points to a location, in words: "12 survey responses", "3 visits" …"""
    checks = (
        (
            Response.location_id,
            lambda n: plural(translate("Org", "%n survey response|%n survey responses"), n),
        ),
        (
            Visit.location_id,
            lambda n: plural(translate("Org", "%n mystery-shop visit|%n mystery-shop visits"), n),
        ),
        (
            Staff.location_id,
            lambda n: plural(translate("Org", "%n staff member|%n staff members"), n),
        ),
        (
            FeedbackEntry.location_id,
            lambda n: plural(translate("Org", "%n feedback entry|%n feedback entries"), n),
        ),
        (
            ServiceRequest.location_id,
            lambda n: plural(translate("Org", "%n service request|%n service requests"), n),
        ),
        (
            ImprovementAction.location_id,
            lambda n: plural(translate("Org", "%n improvement action|%n improvement actions"), n),
        ),
        (
            SalesFigure.location_id,
            lambda n: plural(translate("Org", "%n sales figure|%n sales figures"), n),
        ),
        (
            SamplePlan.location_id,
            lambda n: plural(translate("Org", "%n sample plan|%n sample plans"), n),
        ),
    )
    return _references(session, checks, location_id)


def delete_location(db: Database, location_id: int) -> None:
    """Delete a location nothing points to; otherwise refuse and say what points to it."""
    with db.begin() as session:
        location = _location(session, location_id)
        found = location_references(session, location_id)
        if found:
            raise InUseError(
                fill(
                    translate(
                        "Org",
                        "The location “%1” cannot be deleted: it has %2. "
                        "Deactivate it instead; its records stay in the reports.",
                    ),
                    location.name,
                    ", ".join(found),
                )
            )
        session.delete(location)


def _staff_row(person: Staff, location_name: str) -> StaffRow:
    return StaffRow(
        person.id,
        person.name,
        person.role,
        person.location_id,
        location_name,
        person.active,
        person.created_at,
    )


def list_staff(
    db: Database, search: str = "", location_id: int | None = None, active_only: bool = False
) -> list[StaffRow]:
    """Staff by name; `search` matches the name, role and location name in any case."""
    words = terms(search)
    with db.session() as session:
        names: dict[int | None, str] = dict(
            session.execute(select(Location.id, Location.name)).all()
        )
        query = select(Staff)
        if location_id is not None:
            query = query.where(Staff.location_id == location_id)
        if active_only:
            query = query.where(Staff.active.is_(True))
        rows = [
            _staff_row(p, names.get(p.location_id, ""))
            for p in session.scalars(query)
            if matches(words, p.name, p.role, names.get(p.location_id))
        ]
    return sorted(rows, key=lambda row: (not row.active, fold(row.name), row.id))


def get_staff(db: Database, staff_id: int) -> StaffRow:
    with db.session() as session:
        person = _staff(session, staff_id)
        return _staff_row(person, person.location.name if person.location else "")


def _apply_staff(session: Session, person: Staff, clean: StaffForm) -> None:
    if clean.location_id is not None:
        _location(session, clean.location_id)
    person.name, person.role = clean.name, clean.role
    person.location_id, person.active = clean.location_id, clean.active


def create_staff(db: Database, form: StaffForm) -> int:
    clean = validate_staff(form)
    with db.begin() as session:
        person = Staff()
        _apply_staff(session, person, clean)
        session.add(person)
        session.flush()
        return person.id


def update_staff(db: Database, staff_id: int, form: StaffForm) -> None:
    clean = validate_staff(form)
    with db.begin() as session:
        _apply_staff(session, _staff(session, staff_id), clean)


def set_staff_active(db: Database, staff_id: int, active: bool) -> None:
    with db.begin() as session:
        _staff(session, staff_id).active = active


def staff_references(session: Session, staff_id: int) -> list[str]:
    checks = (
        (
            Response.staff_id,
            lambda n: plural(translate("Org", "%n survey response|%n survey responses"), n),
        ),
        (
            visit_staff.c.staff_id,
            lambda n: plural(translate("Org", "%n mystery-shop visit|%n mystery-shop visits"), n),
        ),
        (
            FeedbackEntry.answered_by_id,
            lambda n: plural(
                translate("Org", "%n answered feedback entry|%n answered feedback entries"), n
            ),
        ),
        (
            ImprovementAction.owner_id,
            lambda n: plural(translate("Org", "%n improvement action|%n improvement actions"), n),
        ),
    )
    return _references(session, checks, staff_id)


def delete_staff(db: Database, staff_id: int) -> None:
    """Delete a staff member nothing points to; otherwise refuse and say what points to them."""
    with db.begin() as session:
        person = _staff(session, staff_id)
        found = staff_references(session, staff_id)
        if found:
            raise InUseError(
                fill(
                    translate(
                        "Org",
                        "“%1” cannot be deleted: the database keeps %2 for them. "
                        "Deactivate them instead; their records stay in the reports.",
                    ),
                    person.name,
                    ", ".join(found),
                )
            )
        session.delete(person)
