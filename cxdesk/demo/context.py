"""What every demo stage shares: the seeded random source, the calendar, the rows made so far."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session

from cxdesk.db.models import Survey
from cxdesk.demo.bulk import Bulk
from cxdesk.demo.names import Person

T = TypeVar("T")

# busier before the holidays and at the end of summer, quieter in January and mid-summer
SEASON = {1: 0.75, 2: 0.8, 3: 0.95, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.85, 8: 1.05, 9: 1.1,
          10: 1.0, 11: 1.1, 12: 1.35}
WEEKDAY = (1.0, 0.95, 1.0, 1.05, 1.2, 1.3, 0.55)  # Monday … Sunday


@dataclass
class Shop:
    id: int
    name: str
    rank: int  # 0 = the best shop, 2 = the weak one
    nps_start: float  # the NPS the shop's customers give at the start of the year …
    nps_end: float  # … and at its end (the weak shop improves)

    def nps_at(self, fraction: float) -> float:
        return self.nps_start + (self.nps_end - self.nps_start) * fraction


@dataclass
class Employee:
    id: int
    person: Person
    role: str
    kind: str  # seller | senior | cashier | warehouse | manager
    shop: Shop | None
    nps_shift: float  # how much better or worse their customers' NPS runs
    orientation: float  # SOCO: 0 selling-oriented … 1 customer-oriented


@dataclass
class Client:
    id: int
    person: Person
    segment: str
    shop: Shop


@dataclass
class Demo:
    session: Session
    bulk: Bulk
    rng: random.Random
    today: date
    shops: list[Shop] = field(default_factory=list)
    staff: list[Employee] = field(default_factory=list)
    clients: list[Client] = field(default_factory=list)
    surveys: dict[str, Survey] = field(default_factory=dict)
    uid_salt: int = 0

    @property
    def first_day(self) -> date:
        """The first day of the 12 months that end with the current one."""
        month = self.today.month - 11
        year = self.today.year + (month - 1) // 12
        return date(year, (month - 1) % 12 + 1, 1)

    @property
    def last_day(self) -> date:
        """Yesterday: nothing in the demo happens later than the end of the last full day."""
        return self.today - timedelta(days=1)

    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=i) for i in range(count)]

    def fraction(self, day: date) -> float:
        """0 at the start of the year, 1 at its end: for trends."""
        total = max((self.last_day - self.first_day).days, 1)
        return min(max((day - self.first_day).days / total, 0.0), 1.0)

    def random_day(self, start: date | None = None, end: date | None = None) -> date:
        start, end = start or self.first_day, end or self.last_day
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def shop_time(self, day: date, opens: int = 9, closes: int = 21) -> datetime:
        """A moment in opening hours, busier in the afternoon and early evening."""
        hour = min(max(self.rng.triangular(opens, closes, 17.5), opens), closes - 0.05)
        minutes = int(hour * 60)
        return datetime.combine(day, time(minutes // 60, minutes % 60, self.rng.randrange(60)))

    def staff_of(self, shop: Shop, kinds: tuple[str, ...]) -> list[Employee]:
        return [e for e in self.staff if e.shop is shop and e.kind in kinds]

    def uid(self) -> str:
        """A uuid4 drawn from the seeded source: the same seed gives the same uids."""
        return str(uuid.UUID(int=self.rng.getrandbits(128) ^ self.uid_salt, version=4))

    def weighted(self, pairs: Sequence[tuple[T, float]]) -> T:
        """One value of (value, weight) pairs, drawn by weight."""
        return self.rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]

    def poisson(self, mean: float) -> int:
        """Knuth's method; means here are small (a few a day)."""
        limit, k, p = math.exp(-mean), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                return k
            k += 1
