"""Alembic environment: cxdesk passes its own connection; batch mode lets SQLite alter tables."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import cxdesk.db.models  # noqa: F401  (registers every table on the metadata)
from cxdesk.db.base import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("cxdesk migrations run online only")
run_migrations_online()
