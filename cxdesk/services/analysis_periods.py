"""The periods the analysis pages offer, the period they compare with, and trend buckets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from cxdesk.db.queries.filters import Filters

# what the period picker offers; all but "custom" are whole calendar months, so a month that
# has only begun is still compared with a whole month (the figures are rates, not counts)
PERIODS = ("this_month", "last_month", "this_quarter", "this_year", "last_12_months", "custom")
COMPARES = ("previous", "year")  # the period just before, or the same period a year before
TREND_MONTHS = 12


def month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before the month of `day`."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return month_start(day, -1) - timedelta(days=1)


def period_dates(period: str, today: date, custom_from: date | None = None,
                 custom_to: date | None = None) -> tuple[date, date]:
    """The first and last day (inclusive) of `period` as seen on `today`."""
    if period == "this_month":
        return month_start(today), month_end(today)
    if period == "last_month":
        start = month_start(today, 1)
        return start, month_end(start)
    if period == "this_quarter":
        start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        return start, month_end(month_start(start, -2))
    if period == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == "last_12_months":
        return month_start(today, TREND_MONTHS - 1), month_end(today)
    if period == "custom":
        first = custom_from or custom_to or today
        last = custom_to or custom_from or today
        return (first, last) if first <= last else (last, first)
    raise ValueError(f"unknown period {period!r}; expected one of {', '.join(PERIODS)}")


def whole_months(first: date, last: date) -> int | None:
    """How many calendar months first…last spans when it is a run of whole months."""
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        return None
    return (last.year - first.year) * 12 + last.month - first.month + 1


def comparison_filters(filters: Filters, compare: str) -> Filters | None:
    """The period to compare with: the same period a year before, or the one just before.
    A run of whole months is compared with as many whole months (June with May, not with
    the 30 days before June); any other period with as many days just before it."""
    if compare not in COMPARES:
        raise ValueError(f"compare must be one of {', '.join(COMPARES)}")
    if compare == "year":
        return filters.same_period_last_year()
    first, last = filters.date_from, filters.date_to
    if first is None or last is None:
        return None
    months = whole_months(first, last)
    if months is None:
        return filters.previous_period()
    return replace(filters, date_from=month_start(first, months),
                   date_to=first - timedelta(days=1))


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def trend_filters(filters: Filters, today: date, months: int = TREND_MONTHS) -> Filters:
    """The filter of a monthly trend: `months` whole months ending with the period's end, or
    with this month when the period runs into the future (this year seen in June)."""
    end = min(filters.date_to, today) if filters.date_to else today
    return replace(filters, date_from=month_start(end, months - 1), date_to=month_end(end))


def period_keys(first: date, last: date, freq: str) -> list[str]:
    """Every bucket key from `first` to `last`, as the score histogram spells them
    (cxdesk.db.queries.periods: '2026-05', '2026-Q2', a week by its Monday '2026-05-04')."""
    if first > last:
        return []
    if freq == "month":
        keys, day = [], month_start(first)
        while day <= last:
            keys.append(month_key(day))
            day = month_start(day, -1)
        return keys
    if freq == "quarter":
        keys, day = [], date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
        while day <= last:
            keys.append(f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}")
            day = month_start(day, -3)
        return keys
    if freq == "week":
        day = first - timedelta(days=first.weekday())
        keys = []
        while day <= last:
            keys.append(day.isoformat())
            day += timedelta(days=7)
        return keys
    raise ValueError(f"unknown period {freq!r}")
