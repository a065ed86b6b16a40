"""Dates and numbers written the way the interface language writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _four_digit_year(pattern: str) -> str:
    # some locales' short format (uk: dd.MM.yy) drops the century: keep dates unambiguous
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    pattern = _four_digit_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute, value.second))
    return locale.toString(moment, pattern)


def sort_key(value: date | datetime | None) -> str:
    """A string that sorts like the moment it stands for; empty sorts first."""
    return value.isoformat() if value is not None else ""
