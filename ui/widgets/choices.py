"""The customers, locations and staff a form offers, loaded in one go before it opens."""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.db.database import Database
from cxdesk.services import customers, org


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    active: bool = True


@dataclass(frozen=True)
class Choices:
    customers: list[Choice] = field(default_factory=list)
    locations: list[Choice] = field(default_factory=list)
    staff: list[Choice] = field(default_factory=list)


def load_choices(db: Database, *, with_customers: bool = True) -> Choices:
    """Run off the GUI thread; erased customers are left out (they cannot be picked)."""
    people = [Choice(c.id, c.name) for c in customers.list_customers(db) if not c.erased] if (
        with_customers) else []
    return Choices(
        people,
        [Choice(loc.id, loc.name, loc.active) for loc in org.list_locations(db)],
        [Choice(s.id, s.name + (f" ({s.role})" if s.role else ""), s.active)
         for s in org.list_staff(db)],
    )


def offered(choices: list[Choice], current: int | None) -> list[tuple[int, str]]:
    """The active choices, plus the current one even when it was deactivated since."""
    return [(c.id, c.name) for c in choices if c.active or c.id == current]
