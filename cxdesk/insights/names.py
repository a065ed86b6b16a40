"""Names of the codes the insights carry (priorities, loyalty types, time bands), in the
user's language through the core's translate() hook, for charts, tables and reports alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cxdesk.db.models import LoyaltyType, Priority
from cxdesk.i18n import fill, translate
from cxdesk.services.customers import loyalty_label
from cxdesk.services.search import localized

MINUTES_PER_HOUR, MINUTES_PER_DAY = 60, 1440


def text(texts: dict[str, Any] | None, lang: str) -> str:
    """An i18n dict in `lang` (else the first language filled)."""
    return localized(texts, lang)


def priority_name(priority: str) -> str:
    try:
        value = Priority(priority)
    except ValueError:
        return str(priority)
    return {
        Priority.CRITICAL: translate("InsightNames", "Critical"),
        Priority.HIGH: translate("InsightNames", "High"),
        Priority.NORMAL: translate("InsightNames", "Normal"),
        Priority.LOW: translate("InsightNames", "Low"),
    }[value]


def loyalty_name(loyalty: str) -> str:
    try:
        return loyalty_label(LoyaltyType(loyalty))
    except ValueError:
        return str(loyalty)


def step_name(step: str) -> str:
    return {
        "register": translate("InsightNames", "To register"),
        "take": translate("InsightNames", "To take into work"),
        "resolve": translate("InsightNames", "To resolve"),
    }.get(step, step)


def category_name(category: str) -> str:
    return {
        "promoter": translate("InsightNames", "Promoter"),
        "passive": translate("InsightNames", "Passive"),
        "detractor": translate("InsightNames", "Detractor"),
    }.get(category, category)


def no_role() -> str:
    return translate("InsightNames", "No role named")


def other_stage() -> str:
    return translate("InsightNames", "Other")


def _plain(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def duration(minutes: float | None,
             number: Callable[[float, int], str] = _plain) -> str:
    """A time as people say it: '45 min', '3.5 h', '2.1 days'; '—' for None. `number`
    writes the figure (the GUI passes its locale's: '3,5 h')."""
    if minutes is None:
        return "—"
    if minutes < MINUTES_PER_HOUR:
        return fill(translate("InsightNames", "%1 min"), number(minutes, 0))
    if minutes < MINUTES_PER_DAY:
        return fill(translate("InsightNames", "%1 h"), number(minutes / MINUTES_PER_HOUR, 1))
    return fill(translate("InsightNames", "%1 days"), number(minutes / MINUTES_PER_DAY, 1))


def _whole(minutes: float) -> str:
    if minutes < MINUTES_PER_HOUR:
        return fill(translate("InsightNames", "%1 min"), f"{minutes:.0f}")
    if minutes <= MINUTES_PER_DAY:  # "24 h" reads better than "1 days"
        return fill(translate("InsightNames", "%1 h"), f"{minutes / MINUTES_PER_HOUR:g}")
    return fill(translate("InsightNames", "%1 days"), f"{minutes / MINUTES_PER_DAY:g}")


def bin_names(edges: Sequence[float]) -> list[str]:
    """'≤ 15 min', '≤ 30 min' … '> 3 days': one name per time band."""
    names = [fill(translate("InsightNames", "≤ %1"), _whole(edge)) for edge in edges]
    if edges:
        names.append(fill(translate("InsightNames", "> %1"), _whole(edges[-1])))
    return names
