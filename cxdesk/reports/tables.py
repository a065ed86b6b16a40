"""Data tables for reports: a header repeated on every page, zebra rows, cells that wrap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from cxdesk.i18n import translate
from cxdesk.reports.document import CONTENT_WIDTH
from cxdesk.reports.styles import data_table_style, report_styles
from cxdesk.reports.text import para

SHORT_TABLE = 15  # rows a table may have and still move whole to the next page
CELL_LIMIT = 1000  # characters per cell: a longer comment is cut with "…"
DASH = "—"  # an empty value; never printed as 0


def cell_text(value: object, decimals: int = 1) -> str:
    """How a value reads in a cell: None is a dash, floats are rounded, dates are ISO."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return translate("Reports", "yes") if value else translate("Reports", "no")
    if isinstance(value, float | Decimal):
        return f"{value:.{decimals}f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def column_widths(weights: Sequence[float] | None, count: int,
                  total: float = CONTENT_WIDTH) -> list[float]:
    """Relative weights (or equal shares) scaled so the columns fill `total` points."""
    if weights is None:
        weights = [1.0] * count
    if len(weights) != count:
        raise ValueError(f"{len(weights)} column widths for {count} columns")
    if any(weight <= 0 for weight in weights):
        raise ValueError("column widths must be positive")
    scale = total / sum(weights)
    return [weight * scale for weight in weights]


def data_table(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float] | None = None,
    *,
    numeric: Iterable[int] = (),
    total_width: float = CONTENT_WIDTH,
    zebra: bool = True,
    decimals: int = 1,
    empty: str | None = None,
) -> Table:
    """A table of `rows` under `header`, `widths` being relative weights. Every cell is an
    escaped Paragraph, so user text prints literally and wraps; `numeric` columns (and
    their headers) align right. A table with no rows says `empty` (default: "No data") in
    one line."""
    styles = report_styles()
    right = set(numeric)
    count = len(header)
    data: list[list[Paragraph]] = [
        [para(label, styles.header_right if index in right else styles.header_cell)
         for index, label in enumerate(header)]
    ]
    for row in rows:
        if len(row) != count:
            raise ValueError(f"a row of {len(row)} cells in a table of {count} columns")
        data.append([
            para(cell_text(value, decimals),
                 styles.cell_right if index in right else styles.cell, CELL_LIMIT)
            for index, value in enumerate(row)
        ])
    spans = []
    if len(data) == 1:
        label = empty if empty is not None else translate("Reports", "No data")
        data.append([para(label, styles.cell)] + [para("", styles.cell)] * (count - 1))
        spans = [("SPAN", (0, 1), (-1, 1))]
    table = Table(
        data,
        colWidths=column_widths(widths, count, total_width),
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,  # a row taller than the page (a long comment) splits instead of failing
        hAlign="LEFT",
    )
    style = data_table_style(len(data), zebra=zebra)
    for command in spans:
        style.add(*command)
    table.setStyle(style)
    return table


def kept_whole(table: Table) -> Flowable:
    """A short table moves to the next page whole instead of leaving a row or two behind;
    a long one splits as usual (its header repeats)."""
    return KeepTogether([table]) if len(table._cellvalues) <= SHORT_TABLE + 1 else table
