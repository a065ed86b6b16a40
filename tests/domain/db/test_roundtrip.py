"""Every table keeps every value: write one row of each, read it back through a new engine."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect, select

from cxdesk.db.base import Base
from cxdesk.db.database import Database
from cxdesk.db.engine import make_engine, make_sessionmaker
from cxdesk.db.models import ChecklistTemplate, Location, Staff, Visit, VisitPhoto, visit_staff
from tests.domain.db.rows import PHOTO, UK, build_all


def test_every_table_has_a_row_with_every_column_set(migrated: Database) -> None:
    with migrated.begin() as session:
        rows = build_all(session)
    tables = {type(obj).__table__.name for obj in rows.objects.values()} | {visit_staff.name}
    assert tables == set(Base.metadata.tables)
    for key, obj in rows.objects.items():
        columns = {column.key for column in inspect(type(obj)).column_attrs}
        assert columns <= set(rows.values[key]), f"{key} leaves {columns - set(rows.values[key])}"


def test_every_row_round_trips_through_a_new_engine(migrated: Database) -> None:
    with migrated.begin() as session:
        rows = build_all(session)
    migrated.dispose()

    engine = make_engine(migrated.url)  # a new engine: nothing cached, everything re-read
    try:
        with make_sessionmaker(engine)() as session:
            for key, obj in rows.objects.items():
                mapper = inspect(type(obj))
                identity = mapper.primary_key_from_instance(obj)
                loaded = session.get(type(obj), identity)
                assert loaded is not None, key
                for name, expected in rows.values[key].items():
                    actual = getattr(loaded, name)
                    assert actual == expected, f"{key}.{name}: {actual!r} != {expected!r}"
                    assert type(actual) is type(expected) or (
                        isinstance(expected, float) and isinstance(actual, float)
                    ), f"{key}.{name}: {type(actual)} is not {type(expected)}"
                    if isinstance(expected, enum.Enum):
                        assert actual is expected

            visit = session.get(Visit, rows["visit"].id)
            assert [s.id for s in visit.staff] == [rows["staff"].id]
            assert [a.id for a in visit.answers] == [rows["visit_answer"].id]
            photo = session.get(VisitPhoto, rows["photo"].id)
            assert photo.data == PHOTO and isinstance(photo.data, bytes)
            assert photo.answer.visit.id == rows["visit"].id
            template = session.get(ChecklistTemplate, rows["template"].id)
            assert template.sections[0].items[0].standard_id == rows["standard"].id
            staff = session.scalars(select(Staff).where(Staff.name == "Ґрета Їжакевич")).one()
            assert staff.location.name.endswith(UK)
    finally:
        engine.dispose()


def test_server_defaults_fill_created_at(migrated: Database) -> None:
    before = datetime.now(UTC).replace(tzinfo=None)
    with migrated.begin() as session:
        session.add(Location(name="Без дати"))
    with migrated.session() as session:
        loc = session.scalars(select(Location)).one()
        assert isinstance(loc.created_at, datetime)
        # CURRENT_TIMESTAMP is UTC on SQLite; PostgreSQL uses the server's zone, so allow a day
        assert before - timedelta(days=1) <= loc.created_at <= before + timedelta(days=1)
        assert loc.active is True and loc.address == ""
