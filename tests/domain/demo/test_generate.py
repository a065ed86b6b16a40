"""generate_demo: deterministic for a seed, every table filled, no mixing with real data."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cxdesk.db.base import Base
from cxdesk.db.database import Database
from cxdesk.db.models import Response, Visit
from cxdesk.demo import generate_demo
from cxdesk.errors import CxdeskError

from .conftest import TODAY

SERVER_STAMPS = {"created_at", "updated_at"}


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table in key order, without the server's timestamps."""
    tables = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in SERVER_STAMPS]
            order = list(table.primary_key.columns)
            rows = session.execute(select(*columns).order_by(*order)).all()
            tables[table.name] = [tuple(row) for row in rows]
    return tables


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


def test_same_seed_same_rows(demo, demo_factory):
    twin, _, _ = demo_factory(1, "-twin")
    first, second = dump(demo[0]), dump(twin)
    for name in first:
        assert first[name] == second[name], f"table {name} differs"


def test_another_seed_other_rows(demo, demo_factory):
    other, _, _ = demo_factory(2)
    first, second = dump(demo[0]), dump(other)
    for name in ("customer", "staff", "response", "answer", "visit", "feedback_entry"):
        assert first[name] != second[name], f"table {name} is the same for seeds 1 and 2"
    # the templates are not random
    assert first["question"] == second["question"]


def test_every_table_has_rows(demo):
    empty = [name for name, n in counts(demo[0]).items() if n == 0]
    assert not empty


def test_summary_counts_what_was_written(demo):
    db, summary, _ = demo
    assert summary == {name: n for name, n in counts(db).items() if n}
    assert 4500 <= summary["answer"] / 8 <= 7000
    assert summary["customer"] == 300
    assert summary["service_request"] == 200


def test_progress_runs_from_zero_to_one(demo):
    steps = demo[2]
    fractions = [f for f, _ in steps]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(message for _, message in steps)


def test_a_database_with_responses_is_refused(demo):
    db = demo[0]
    before = counts(db)
    with pytest.raises(CxdeskError, match="already holds survey responses"):
        generate_demo(db, seed=1, today=TODAY)
    assert counts(db) == before


def test_force_adds_a_second_batch(demo_factory):
    db, summary, _ = demo_factory(3)
    with db.session() as session:
        uids_before = set(session.scalars(select(Visit.uid)))
    again = generate_demo(db, seed=3, today=TODAY, force=True)
    assert "location" not in again  # the shops are reused by name
    assert "survey" not in again  # the templates are installed once
    with db.session() as session:
        assert session.scalar(select(func.count(Response.id))) == 2 * summary["response"]
        uids = set(session.scalars(select(Visit.uid)))
    assert len(uids) == 2 * len(uids_before)
