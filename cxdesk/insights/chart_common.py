"""What the chart builders share: the percent axis, the "n < 30" note, short labels."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesk.i18n import fill, translate
from cxdesk.metrics import LOW_N

PERCENT = (0.0, 100.0)
LABEL_MAX = 48  # characters of a long text (a standard, a name) on an axis


def low_n_note(low: int, total: int) -> tuple[str, ...]:
    """The note under a chart whose cells or points partly rest on fewer than 30 answers."""
    if not low:
        return ()
    return (fill(translate("InsightCharts", "%1 of %2 figures rest on fewer than %3 answers "
                                            "(n < %3): read them with care."),
                 low, total, LOW_N),)


def low_notes(ns: Sequence[int]) -> tuple[str, ...]:
    """low_n_note over the n of each figure drawn (figures with n = 0 are "—", not low)."""
    return low_n_note(sum(0 < n < LOW_N for n in ns), sum(n > 0 for n in ns))


def short(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
