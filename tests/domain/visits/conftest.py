"""A fresh database with a small checklist, two locations and two staff for each test."""

from __future__ import annotations

import pytest

from cxdesk.db.database import open_database

from .factory import make_world


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "visits.db")
    yield database
    database.dispose()


@pytest.fixture
def world(db):
    return make_world(db)
