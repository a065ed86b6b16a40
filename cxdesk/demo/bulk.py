"""Collect demo rows with ids given up front, then write them table by table in bulk."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from cxdesk.db.base import Base

Row = dict[str, Any]


def _table(target: Any) -> Table:
    return target if isinstance(target, Table) else target.__table__


class Bulk:
    """Rows waiting to be inserted. Ids are handed out at once (max id + 1 onwards), so rows
    can point at each other before anything is written and the same seed gives the same ids."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rows: dict[str, list[Row]] = defaultdict(list)
        self._next: dict[str, int] = {}

    def add(self, model: Any, /, **values: Any) -> int:
        """Queue one row; returns its id (tables with an integer `id` key) or 0."""
        table = _table(model)
        if "id" in table.c and "id" not in values:
            values["id"] = self._next_id(table)
        self._rows[table.name].append(values)
        return int(values.get("id", 0))

    def _next_id(self, table: Table) -> int:
        if table.name not in self._next:
            current = self.session.execute(select(func.max(table.c.id))).scalar()
            self._next[table.name] = (current or 0) + 1
        value = self._next[table.name]
        self._next[table.name] = value + 1
        return value

    def count(self, target: Any) -> int:
        return len(self._rows.get(_table(target).name, ()))

    def rows(self, target: Any) -> list[Row]:
        return self._rows.get(_table(target).name, [])

    def flush(self) -> dict[str, int]:
        """Insert everything queued, parents before children; returns rows per table."""
        written: dict[str, int] = {}
        for table in Base.metadata.sorted_tables:
            rows = self._rows.pop(table.name, None)
            if not rows:
                continue
            # executemany wants one set of keys: group rows that give the same columns
            groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
            for row in rows:
                groups[tuple(sorted(row))].append(row)
            for group in groups.values():
                self.session.execute(insert(table), group)
            written[table.name] = len(rows)
        if self._rows:
            raise ValueError(f"rows for unknown tables: {', '.join(self._rows)}")
        return written
