"""Database fixtures: a migrated SQLite template copied per test, and PostgreSQL when asked.

Set CXDESK_TEST_PG_URL (e.g. postgresql+psycopg://user:pw@localhost/cxdesk_test) to run the
migration, drift and round-trip tests against PostgreSQL as well. Each test gets its own
schema (created and dropped again), so the database itself is left as it was.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cxdesk.db.database import Database, open_database

PG_ENV = "CXDESK_TEST_PG_URL"
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not os.environ.get(PG_ENV),
            reason=f"PostgreSQL tests need {PG_ENV} (a database the tests may add schemas to)",
        ),
    ),
]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the user's real data folder or follow a database URL from the shell."""
    monkeypatch.delenv("CXDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("CXDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once per session; tests copy it instead of migrating again."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    db.dispose()  # the last connection checkpoints the WAL into the file and removes it
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections see only a new, empty schema; dropped after the test."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    schema = f"cxtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a database that does not hold any table yet."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'new.db'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture(params=BACKENDS)
def migrated(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[
    Database
]:
    """An open database at head, empty of rows."""
    if request.param == "sqlite":
        path = tmp_path / "cx.db"
        shutil.copyfile(sqlite_template, path)
        db = open_database(path)
    else:
        db = open_database(request.getfixturevalue("pg_schema_url"))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """An open SQLite database file at head (for the SQLite-only tests)."""
    path = tmp_path / "cx.db"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    try:
        yield db
    finally:
        db.dispose()
