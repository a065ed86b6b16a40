"""How figures read in a report: numbers, changes, "n < 30", and the names of keys and codes."""

from __future__ import annotations

from datetime import date, datetime

from cxdesk.i18n import fill, translate
from cxdesk.metrics import LOW_N

DASH = "—"  # nothing to show; never printed as 0


def num(value: float | None, decimals: int = 1) -> str:
    """A figure as printed: one decimal by default, '—' for None."""
    return DASH if value is None else f"{value:.{decimals}f}"


def pct(value: float | None, decimals: int = 1) -> str:
    return DASH if value is None else f"{value:.{decimals}f}%"


def signed(value: float | None, decimals: int = 1) -> str:
    """A change: '+3.2', '-1.5', '0.0'."""
    if value is None:
        return DASH
    text = f"{value:+.{decimals}f}"
    return text[1:] if text in (f"+{0:.{decimals}f}", f"-{0:.{decimals}f}") else text


def margin(moe: float | None = None, low: float | None = None, high: float | None = None,
           decimals: int = 1) -> str:
    """A 95% margin '± 2.2' or an interval '69.5–72.0'."""
    if moe is not None:
        return f"± {moe:.{decimals}f}"
    if low is not None and high is not None:
        return f"{low:.{decimals}f}–{high:.{decimals}f}"
    return DASH


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    return value.strftime("%Y-%m-%d")


def period(date_from: date | None, date_to: date | None) -> str:
    return f"{day(date_from)} – {day(date_to)}"


def low_n_note(n: int) -> str:
    """'n < 30' where a figure rests on too few answers, else ''."""
    return translate("Reports", "n < 30") if n < LOW_N else ""


def significance(significant: bool | None) -> str:
    if significant is None:
        return DASH
    return (translate("Reports", "yes (95%)") if significant
            else translate("Reports", "no"))


def figure_name(key: str) -> str:
    names = {
        "nps": translate("Reports", "NPS, points (−100…100)"),
        "csat": translate("Reports", "CSAT, % satisfied (4–5 of 5)"),
        "ces": translate("Reports", "CES, mean effort score"),
        "mystery": translate("Reports", "Mystery-shop score, % (n = visits)"),
        "standards": translate("Reports", "Standards kept, % of checks"),
        "sla": translate("Reports", "Requests resolved on time (SLA), %"),
        "complaints": translate("Reports", "Feedback entries answered, %"),
        "soco": translate("Reports", "SOCO, mean total 24–216 (n = people)"),
    }
    return names.get(key, key)


def theme_name(theme: str, builtin: bool) -> str:
    if not builtin:
        return theme
    names = {
        "nothing": translate("Reports", "Nothing, all is fine"),
        "prices": translate("Reports", "Prices and discounts"),
        "waiting": translate("Reports", "Waiting and queues"),
        "assortment": translate("Reports", "Assortment and choice"),
        "parking": translate("Reports", "Parking"),
        "staff": translate("Reports", "Staff and their manners"),
        "cleanliness": translate("Reports", "Cleanliness"),
        "opening_hours": translate("Reports", "Opening hours"),
        "payment": translate("Reports", "Payment"),
        "delivery": translate("Reports", "Delivery"),
        "quality": translate("Reports", "Quality and freshness"),
        "atmosphere": translate("Reports", "Atmosphere: music, light, space"),
    }
    return names.get(theme, theme)


def source_name(source: str) -> str:
    names = {
        "complaints_book": translate("Reports", "Complaints book"),
        "online_review": translate("Reports", "Online review"),
        "social": translate("Reports", "Social media"),
        "call": translate("Reports", "Call"),
        "legal": translate("Reports", "Legal claim"),
        "other": translate("Reports", "Other"),
    }
    return names.get(source, source)


def priority_name(priority: object) -> str:
    names = {
        "critical": translate("Reports", "Critical"),
        "high": translate("Reports", "High"),
        "normal": translate("Reports", "Normal"),
        "low": translate("Reports", "Low"),
    }
    return names.get(str(priority), str(priority))


def minutes(value: float | None) -> str:
    """A duration for people: '45 min', '6.5 h', '3.2 days'."""
    if value is None:
        return DASH
    if value < 120:
        return fill(translate("Reports", "%1 min"), f"{value:.0f}")
    if value < 48 * 60:
        return fill(translate("Reports", "%1 h"), f"{value / 60:.1f}")
    return fill(translate("Reports", "%1 days"), f"{value / 1440:.1f}")


def hours(value: float | None) -> str:
    return DASH if value is None else minutes(value * 60)
