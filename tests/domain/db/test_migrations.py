"""Migrations at start-up: create, detect drift, upgrade frozen files, back up, refuse."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select, text

import cxdesk.db.migrate as migrate
from cxdesk import paths
from cxdesk.db.base import Base
from cxdesk.db.database import Database, open_database
from cxdesk.db.migrate import backup_sqlite, current_revision, head_revision
from cxdesk.errors import DatabaseError, SchemaTooNewError
from tests.fixtures.make_fixture_dbs import FIXTURES, fixture_path, make_fixture


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    return [row[1] for row in sqlite_rows(path, f"PRAGMA table_info({table})")]


def integrity(path: Path) -> str:
    return sqlite_rows(path, "PRAGMA integrity_check")[0][0]


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# --- a new database -------------------------------------------------------------------------


def test_open_database_creates_every_table_and_stamps_head(empty_url: str) -> None:
    db = open_database(empty_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
        assert current_revision(db.engine) == head_revision()
        assert db.backup is None  # nothing to back up in a new database
        assert db.created is (db.path is not None)
    finally:
        db.dispose()
    again = open_database(empty_url)  # already at head: nothing to do, no backup
    try:
        assert again.backup is None and again.created is False
    finally:
        again.dispose()


def test_migrated_schema_matches_the_models(migrated: Database) -> None:
    """The `alembic check` of the test suite: a model changed without a migration fails here."""
    with migrated.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def _schema(url: str) -> dict[str, dict[str, object]]:
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        out = {}
        for table in sorted(Base.metadata.tables):
            out[table] = {
                "checks": sorted(
                    (c["name"], " ".join(c["sqltext"].split()))
                    for c in insp.get_check_constraints(table)
                ),
                "uniques": sorted(
                    (c["name"], tuple(c["column_names"]))
                    for c in insp.get_unique_constraints(table)
                ),
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in insp.get_indexes(table)
                ),
                "fks": sorted(
                    (f["name"], tuple(f["constrained_columns"]), f["referred_table"],
                     tuple(f["referred_columns"]), (f.get("options") or {}).get("ondelete"))
                    for f in insp.get_foreign_keys(table)
                ),
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
                ],
            }
        return out
    finally:
        engine.dispose()


def test_migrated_sqlite_schema_equals_create_all(sqlite_db: Database, tmp_path: Path) -> None:
    """What compare_metadata does not look at: CHECKs (enums too), ON DELETE, unique names."""
    fresh = f"sqlite:///{tmp_path / 'create_all.db'}"
    engine = create_engine(fresh)
    Base.metadata.create_all(engine)
    engine.dispose()
    migrated, created = _schema(sqlite_db.url), _schema(fresh)
    for table in created:
        assert migrated[table] == created[table], table


# --- frozen fixture databases ---------------------------------------------------------------


@pytest.mark.parametrize("revision", sorted(FIXTURES))
def test_fixture_is_committed_small_and_at_its_revision(revision: str) -> None:
    path = fixture_path(revision)
    assert path.exists(), f"run: python -m tests.fixtures.make_fixture_dbs {revision}"
    assert path.stat().st_size < 200_000
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(revision,)]
    assert integrity(path) == "ok"


@pytest.mark.parametrize("revision", sorted(FIXTURES))
def test_upgrading_a_fixture_to_head_keeps_its_rows(revision: str, tmp_path: Path) -> None:
    frozen = fixture_path(revision)
    frozen_hash = sha256(frozen)
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        if revision != head_revision():
            assert db.backup is not None and db.backup.exists()
        with db.engine.connect() as conn:
            for table_name, expected_rows in FIXTURES[revision].items():
                table = Base.metadata.tables[table_name]
                got = [dict(row) for row in conn.execute(
                    select(table).order_by(*table.primary_key.columns)).mappings()]
                assert len(got) == len(expected_rows), table_name
                for actual, expected in zip(got, expected_rows, strict=True):
                    for column, value in expected.items():
                        assert actual[column] == value, f"{table_name}.{column}"
    finally:
        db.dispose()
    assert sha256(frozen) == frozen_hash  # the committed file itself is never opened


@pytest.mark.parametrize("revision", sorted(FIXTURES))
def test_fixture_script_still_makes_the_same_rows(revision: str, tmp_path: Path) -> None:
    made = make_fixture(revision, tmp_path / f"rev_{revision}.db")
    for table in FIXTURES[revision]:
        sql = f"SELECT * FROM {table} ORDER BY 1"
        assert sqlite_rows(made, sql) == sqlite_rows(fixture_path(revision), sql), table


# --- the backup before an upgrade -----------------------------------------------------------


def test_backup_sqlite_copies_a_live_database(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('назва', 'Ґанок їжі')"))
    # the engine is still open: the new row sits in the WAL, not yet in the main file
    with sqlite_db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        target = backup_sqlite(sqlite_db.path, tmp_path / "backups" / "copy.db")
        assert target.exists()
        assert integrity(target) == "ok"
        assert sqlite_rows(target, "SELECT key, value FROM app_setting") == [
            ("назва", "Ґанок їжі")
        ]


REVISION_0099 = '''"""a test-only revision"""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def extra_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], None]]:
    """Copy the migrations, add a revision 0099 with the given body, and use that copy."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    down = head_revision()

    def add(body: str) -> None:
        (folder / "versions" / "0099_test_only.py").write_text(
            REVISION_0099.format(down=down, body=body), encoding="utf-8")
        monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)

    yield add


def _real_head() -> str:
    """The head of the shipped migrations (head_revision() follows the monkeypatched copy)."""
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _fixture_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    path = folder / "rev_0001.db"
    shutil.copyfile(fixture_path("0001"), path)
    # bring it to the real head first, so the only pending revision is the test's 0099
    open_database(path).dispose()
    return path


def test_pending_migration_backs_up_first(
    tmp_path: Path, extra_revision: Callable[[str], None]
) -> None:
    path = _fixture_copy(tmp_path)
    extra_revision('    op.add_column("app_setting", sa.Column("note", sa.String(50)))')
    db = open_database(path)
    try:
        assert current_revision(db.engine) == "0099"
    finally:
        db.dispose()
    backups = sorted(path.parent.glob("rev_0001.before-0099-*.db"))
    assert backups == [db.backup]
    assert integrity(db.backup) == "ok"
    assert "note" not in columns(db.backup, "app_setting")
    assert sqlite_rows(db.backup, "SELECT version_num FROM alembic_version") == [
        (_real_head(),)
    ]
    assert "note" in columns(path, "app_setting")
    old = {(r["key"], r["value"]) for r in FIXTURES["0001"]["app_setting"]}
    assert set(sqlite_rows(path, "SELECT key, value FROM app_setting")) == old
    assert set(sqlite_rows(db.backup, "SELECT key, value FROM app_setting")) == old


def test_rebuilding_a_parent_table_keeps_its_children(
    tmp_path: Path, extra_revision: Callable[[str], None]
) -> None:
    """A batch rebuild drops and re-creates the table: with foreign keys on, SQLite's DROP
    would delete the survey's questions (ON DELETE CASCADE) or fail on its responses."""
    path = _fixture_copy(tmp_path)
    extra_revision(
        '    with op.batch_alter_table("survey", recreate="always") as batch:\n'
        '        batch.add_column(sa.Column("note", sa.String(50)))'
    )
    counts = {t: sqlite_rows(path, f"SELECT count(*) FROM {t}") for t in
              ("survey", "question", "response", "answer")}
    db = open_database(path)
    db.dispose()
    assert "note" in columns(path, "survey")
    for table, count in counts.items():
        assert sqlite_rows(path, f"SELECT count(*) FROM {table}") == count, table
    assert sqlite_rows(path, "PRAGMA foreign_key_check") == []
    db = open_database(path)  # and the pragmas are back on for normal use
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        db.dispose()


def test_a_failed_migration_is_rolled_back_whole(
    tmp_path: Path, extra_revision: Callable[[str], None]
) -> None:
    path = _fixture_copy(tmp_path)
    before = sqlite_rows(path, "SELECT sql FROM sqlite_master ORDER BY name")
    extra_revision(
        '    op.add_column("location", sa.Column("note", sa.String(50)))\n'
        '    with op.batch_alter_table("survey", recreate="always") as batch:\n'
        '        batch.add_column(sa.Column("note", sa.String(50)))\n'
        '    raise RuntimeError("зламана міграція")'
    )
    with pytest.raises(DatabaseError, match="зламана міграція") as caught:
        open_database(path)
    assert "before-0099" in str(caught.value)  # the message names the backup
    assert sqlite_rows(path, "SELECT sql FROM sqlite_master ORDER BY name") == before
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(_real_head(),)]
    assert integrity(path) == "ok"


# --- files that must be refused, unchanged ---------------------------------------------------


def test_a_newer_schema_is_refused_and_the_file_left_unchanged(sqlite_db: Database) -> None:
    path = sqlite_db.path
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    sqlite_db.dispose()  # checkpoints the WAL into the file and removes it
    assert not path.with_name(path.name + "-wal").exists()
    digest, names = sha256(path), siblings(path)

    with pytest.raises(SchemaTooNewError, match="update cxdesk") as caught:
        open_database(path)
    assert "9999_future" in str(caught.value)
    assert sha256(path) == digest
    assert siblings(path) == names  # no backup, no -wal or -shm left behind


def test_a_damaged_file_is_refused_and_nothing_created(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(20_000)))
    digest = sha256(path)
    with pytest.raises(DatabaseError, match="not a cxdesk database, or it is damaged") as caught:
        open_database(path)
    assert str(path) in str(caught.value)
    assert sha256(path) == digest
    assert siblings(path) == ["x.db"]


def test_another_apps_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('чужі дані')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a cxdesk database"):
        open_database(path)
    assert sqlite_rows(path, "SELECT name FROM sqlite_master") == [("notes",)]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)
