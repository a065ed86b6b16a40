"""The demo database the insight tests read: seed 1, a year up to 2026-06-30."""

from __future__ import annotations

from datetime import date

from cxdesk.db.database import Database, open_database
from cxdesk.db.queries.filters import Filters
from cxdesk.demo import generate_demo

TODAY = date(2026, 6, 30)
YEAR = Filters(date(2025, 7, 1), date(2026, 6, 30))
HALF = Filters(date(2026, 1, 1), date(2026, 6, 30))
NOTHING = Filters(date(2020, 1, 1), date(2020, 6, 30))  # before the demo begins


def demo_database(tmp_path_factory, name: str) -> Database:
    db = open_database(tmp_path_factory.mktemp(name) / "d.db")
    generate_demo(db, seed=1, today=TODAY)
    return db
