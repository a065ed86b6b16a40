"""Bring a database to the newest schema: back up first, refuse a schema newer than the app."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

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
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and not is_empty(engine):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, path.with_name(f"{path.stem}.before-{head}-{stamp}.db"))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
