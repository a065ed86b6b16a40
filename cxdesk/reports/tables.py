"""Data tables for reports: a header repeated on every page, zebra rows, cells that wrap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth
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
                  total: float = CONTENT_WIDTH,
                  minimums: Sequence[float] | None = None) -> list[float]:
    """Relative weights (or equal shares) scaled so the columns fill `total` points; a
    column never gets less than its minimum (the room its longest header word needs), the
    others share what is left by their weights."""
    if weights is None:
        weights = [1.0] * count
    if len(weights) != count:
        raise ValueError(f"{len(weights)} column widths for {count} columns")
    if any(weight <= 0 for weight in weights):
        raise ValueError("column widths must be positive")
    floor = list(minimums) if minimums is not None else [0.0] * count
    if sum(floor) >= total:  # no room to honour every word: plain proportions
        floor = [0.0] * count
    fixed: set[int] = set()
    while True:  # columns below their minimum take it; the rest are rescaled
        free = total - sum(floor[i] for i in fixed)
        share = sum(w for i, w in enumerate(weights) if i not in fixed)
        widths = [floor[i] if i in fixed else w * free / share for i, w in enumerate(weights)]
        short = {i for i, width in enumerate(widths) if i not in fixed and width < floor[i]}
        if not short:
            return widths
        fixed |= short


def _minimums(header: Sequence[str], texts: list[list[str]], right: set[int],
              styles) -> list[float]:
    """The width each column needs so that no header word, and no number, is broken."""
    padding = 9.0  # the cell's left and right padding, and a hair

    def widest(words: Iterable[str], style) -> float:
        return max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)

    minimums = []
    for index, label in enumerate(header):
        need = widest(label.split(), styles.header_cell)
        if index in right:  # numbers read badly when split: the widest one fits whole
            need = max(need, widest((row[index] for row in texts), styles.cell_right))
        minimums.append(need + padding)
    return minimums


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
    texts: list[list[str]] = []
    for row in rows:
        if len(row) != count:
            raise ValueError(f"a row of {len(row)} cells in a table of {count} columns")
        texts.append([cell_text(value, decimals) for value in row])
        data.append([
            para(text, styles.cell_right if index in right else styles.cell, CELL_LIMIT)
            for index, text in enumerate(texts[-1])
        ])
    spans = []
    if len(data) == 1:
        label = empty if empty is not None else translate("Reports", "No data")
        data.append([para(label, styles.cell)] + [para("", styles.cell)] * (count - 1))
        spans = [("SPAN", (0, 1), (-1, 1))]
    table = Table(
        data,
        colWidths=column_widths(widths, count, total_width,
                                _minimums(header, texts, right, styles)),
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
