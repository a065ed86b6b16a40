"""What the insight modules share: the i18n text type, a proportion with its margin, the
trend's step for a period."""

from __future__ import annotations

from typing import Any

from cxdesk import metrics
from cxdesk.db.queries.filters import Filters
from cxdesk.metrics._common import pct, wilson

I18n = dict[str, Any]  # {"ru": …, "uk": …, "en": …}; the page picks the language
WEEKLY_UP_TO_DAYS = 92  # a period of up to a quarter trends by week, longer ones by month


def proportion(k: int, n: int) -> metrics.Score:
    """k of n in %, with half the width of the 95% Wilson interval as its margin (the
    interval itself is not symmetric, but a card has room for one ± figure)."""
    low, high = wilson(k, n)
    moe = None if low is None or high is None else (high - low) / 2
    return metrics.Score(pct(k, n), n, moe)


def trend_freq(filters: Filters) -> str:
    """'week' for a period of up to a quarter, else 'month'."""
    if filters.date_from is None or filters.date_to is None:
        return "month"
    days = (filters.date_to - filters.date_from).days + 1
    return "week" if days <= WEEKLY_UP_TO_DAYS else "month"


def text_of(texts: dict[Any, I18n], key: Any) -> I18n:
    """The i18n text of `key`, or the key itself in every language when it has none."""
    found = texts.get(key)
    return found if found else {"en": str(key)}
