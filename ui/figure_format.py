"""Figures written the way the interface language writes numbers: "—" for no value,
the locale's decimal comma and digit grouping, a real minus sign, "%" spaced as the
language spaces it. (Dates are in ui/formatting.py.)"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

DASH = "—"
MINUS = "−"
SPACED_PERCENT = (QLocale.Language.Russian, QLocale.Language.Ukrainian)


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def number(value: float | None, decimals: int = 1) -> str:
    """12.5 → "12.5" (en) or "12,5" (ru, uk); None → "—"."""
    if _missing(value):
        return DASH
    rounded = round(float(value), decimals) + 0.0  # type: ignore[arg-type]  # no "-0.0"
    text = QLocale().toString(rounded, "f", decimals)
    return MINUS + text[1:] if text.startswith("-") else text


def signed(value: float | None, decimals: int = 1) -> str:
    """A change: "+3.2", "−1.0", "0.0"."""
    if _missing(value):
        return DASH
    text = number(value, decimals)
    if text.startswith(MINUS) or round(float(value), decimals) == 0:  # type: ignore[arg-type]
        return text
    return "+" + text


def percent_sign() -> str:
    return "\u00a0%" if QLocale().language() in SPACED_PERCENT else "%"


def percent(value: float | None, decimals: int = 1) -> str:
    """78.2 → "78.2%" (en) or "78,2 %" (ru, uk)."""
    if _missing(value):
        return DASH
    return number(value, decimals) + percent_sign()


def count(value: int | None) -> str:
    """1234 → "1,234" (en) or "1 234" (ru, uk)."""
    if value is None:
        return DASH
    return QLocale().toString(int(value))


def margin(value: float | None, decimals: int = 1) -> str:
    """A 95% margin: "± 4.2"; nothing when there is none."""
    if _missing(value):
        return ""
    return "±\u00a0" + number(value, decimals)


def interval(low: float | None, high: float | None, decimals: int = 1, unit: str = "") -> str:
    """A 95% interval: "72.1–81.4%"; nothing when it is missing."""
    if _missing(low) or _missing(high):
        return ""
    return f"{number(low, decimals)}–{number(high, decimals)}{unit}"


def sort_value(value: float | None) -> float:
    """A sort key for a figure: a missing one sorts below every real one."""
    return -math.inf if _missing(value) else float(value)  # type: ignore[arg-type]
