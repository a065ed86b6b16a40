"""The demo database the insight tests read: seed 1, a year up to 2026-06-30 (the session's
`demo_template`, copied once per module)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cxdesk.db.database import Database
from cxdesk.db.queries.filters import Filters
from tests.demo_fixture import DEMO_TODAY, open_demo_copy

TODAY = DEMO_TODAY
YEAR = Filters(date(2025, 7, 1), date(2026, 6, 30))
HALF = Filters(date(2026, 1, 1), date(2026, 6, 30))
NOTHING = Filters(date(2020, 1, 1), date(2020, 6, 30))  # before the demo begins


def demo_database(tmp_path_factory, name: str, template: Path) -> Database:
    """A private copy of the demo template for one module; the caller disposes of it."""
    return open_demo_copy(template, tmp_path_factory.mktemp(name), "d.db")
