"""make_engine(url): the one place that knows the database dialect and its pragmas."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from cxdesk.errors import DatabaseError
from cxdesk.i18n import fill, translate
from cxdesk.paths import ENV_DATABASE_URL, default_database_path

BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """--db (a path or URL), else CXDESK_DATABASE_URL, else the default file in the data folder."""
    value = str(db) if db is not None else os.environ.get(ENV_DATABASE_URL)
    if not value:
        return f"sqlite:///{default_database_path()}"
    if "://" in value:
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        message = translate("Database", "%1 is a folder, not a database file")
        raise DatabaseError(fill(message, path))
    if not path.parent.exists():
        raise DatabaseError(fill(translate("Database", "Folder %1 does not exist"), path.parent))
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other dialects and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Run per connection: these settings are not stored in the file (WAL is, but reading back
    # tells us whether the file system allowed it).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # Network shares and some file systems refuse WAL: fall back to a rollback journal.
        cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str | None = None, *, echo: bool = False) -> Engine:
    url = url or resolve_url()
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
