"""Open a database for use: resolve the URL, migrate it, hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cxdesk.db.engine import make_engine, make_sessionmaker, resolve_url, sqlite_path
from cxdesk.db.migrate import upgrade_to_head
from cxdesk.errors import DatabaseError


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None  # the backup written before this start's migration
    created: bool = field(default=False)  # the file did not exist before

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: committed whole when the block ends, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open (and create) the database at `db` (a path or URL, else the default) and migrate it."""
    url = resolve_url(db)
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            # reading the schema catches a file that is not a database (or is damaged)
            conn.execute(text("SELECT count(*) FROM sqlite_master" if path else "SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        if created and path is not None:
            _remove_sqlite_files(path)
        reason = getattr(exc, "orig", None) or exc
        hint = " It is not a cxdesk database, or it is damaged." if path and not created else ""
        raise DatabaseError(f"Cannot open the database {path or url}: {reason}.{hint}") from exc
    backup = None
    if migrate:
        try:
            backup = upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            if created and path is not None:
                _remove_sqlite_files(path)
            reason = getattr(exc, "orig", None) or exc
            raise DatabaseError(f"Cannot prepare the database {path or url}: {reason}") from exc
        except BaseException:
            engine.dispose()
            if created and path is not None:
                _remove_sqlite_files(path)
            raise
    return Database(url, engine, make_sessionmaker(engine), backup, created)


def _remove_sqlite_files(path: Path) -> None:
    """Remove a database file this call created, with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
