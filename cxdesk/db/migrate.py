"""Bring a database to the newest schema: back up first, refuse a schema newer than the app."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from cxdesk.db.engine import sqlite_path
from cxdesk.errors import DatabaseError, SchemaTooNewError
from cxdesk.paths import migrations_dir


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with its backup API, then check the copy's integrity."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise DatabaseError(f"the backup {target} failed its integrity check: {verdict}")
    return target


def upgrade_to_head(engine: Engine) -> Path | None:
    """Apply the pending migrations; return the backup written before them, if any."""
    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in scripts.walk_revisions()}:
        raise SchemaTooNewError(
            "This database was written by a newer version of cxdesk "
            f"(schema {current}); please update cxdesk. The file was not changed."
        )
    if current is None and not is_empty(engine):
        raise DatabaseError(
            "This file holds tables but no cxdesk schema version: it is not a cxdesk database. "
            "The file was not changed."
        )
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and not is_empty(engine):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, path.with_name(f"{path.stem}.before-{head}-{stamp}.db"))
    try:
        if engine.dialect.name == "sqlite":
            _upgrade_sqlite(engine, alembic_config())
        else:
            with engine.begin() as conn:
                _upgrade(conn, alembic_config())
    except Exception as exc:
        kept = f" A backup from before the upgrade is at {backup}." if backup else ""
        raise DatabaseError(
            f"The upgrade of the database to schema {head} failed and was rolled back: "
            f"{getattr(exc, 'orig', None) or exc}.{kept}"
        ) from exc
    return backup


def _upgrade(conn: Connection, config: Config) -> None:
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _upgrade_sqlite(engine: Engine, config: Config) -> None:
    """All migrations in one SQLite transaction, with foreign keys off while tables are rebuilt.

    Batch mode rebuilds a table (create a copy, DROP the old one, rename); with foreign keys
    on, that DROP deletes every row first, which fails on RESTRICT and silently empties the
    child tables on CASCADE. `PRAGMA foreign_keys` is ignored inside a transaction, so it is
    switched off before BEGIN, and the keys are checked by hand before COMMIT. The driver is
    put in autocommit mode so that it issues no BEGIN/COMMIT of its own around the DDL, which
    would otherwise leave a half-migrated file behind when a migration fails.
    """
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                _upgrade(conn, config)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = sorted({row[0] for row in broken})
                    raise DatabaseError(
                        f"the migrated data breaks foreign keys in {', '.join(tables)}"
                    )
                conn.exec_driver_sql("COMMIT")
            except BaseException:
                with suppress(SQLAlchemyError):  # SQLite may have rolled back already
                    conn.exec_driver_sql("ROLLBACK")
                raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
