"""make_engine's SQLite pragmas and resolve_url's choice of database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cxdesk.db.database import Database, open_database
from cxdesk.db.engine import resolve_url, sqlite_path
from cxdesk.errors import DatabaseError


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(f"PRAGMA {name}")).scalar_one()


def test_file_database_pragmas(sqlite_db: Database) -> None:
    assert _pragma(sqlite_db, "foreign_keys") == 1
    assert _pragma(sqlite_db, "journal_mode") == "wal"
    assert _pragma(sqlite_db, "synchronous") == 2  # FULL
    assert _pragma(sqlite_db, "busy_timeout") >= 5000


def test_resolve_url_for_a_path(tmp_path: Path) -> None:
    url = resolve_url(tmp_path / "ґанок.db")
    assert url == f"sqlite:///{(tmp_path / 'ґанок.db').resolve()}"
    assert sqlite_path(url) == (tmp_path / "ґанок.db").resolve()


def test_resolve_url_keeps_a_url() -> None:
    url = "postgresql+psycopg://user:secret@db.example.com:5432/cxdesk"
    assert resolve_url(url) == url
    assert sqlite_path(url) is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite://") is None


def test_resolve_url_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CXDESK_DATABASE_URL", "postgresql://localhost/from_env")
    assert resolve_url() == "postgresql://localhost/from_env"
    monkeypatch.setenv("CXDESK_DATABASE_URL", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{(tmp_path / 'env.db').resolve()}"
    # an explicit argument wins over the environment
    assert resolve_url(tmp_path / "arg.db") == f"sqlite:///{(tmp_path / 'arg.db').resolve()}"


def test_resolve_url_default_is_in_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CXDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("CXDESK_DATA_DIR", str(tmp_path / "дані"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'дані' / 'cxdesk.db'}"
    assert (tmp_path / "дані").is_dir()


def test_resolve_url_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        resolve_url(tmp_path)


def test_resolve_url_refuses_a_missing_parent_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        resolve_url(tmp_path / "немає" / "cx.db")
    assert not (tmp_path / "немає").exists()


def test_open_database_refuses_a_missing_parent_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "немає" / "cx.db")
    assert not (tmp_path / "немає").exists()
