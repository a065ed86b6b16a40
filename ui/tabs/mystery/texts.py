"""Texts the Mystery shop page shows in several places: checklist texts, scores, verdicts."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from cxdesk.i18n import fill
from cxdesk.services.search import localized

DASH = "—"
FAILED_COLOR = "#c62828"
PASSED_COLOR = "#2e7d32"


def local(texts: Mapping[str, str] | None, lang: str) -> str:
    """A checklist text in the interface language, else English, else Russian, else any."""
    return localized(texts, lang)


def percent(value: float | None) -> str:
    """A score the way the interface language writes it; "—" when there is none."""
    if value is None:
        return DASH
    number = QLocale().toString(float(value), "f", 1)
    return fill(QCoreApplication.translate("MysteryTexts", "%1%"), number)


def template_title(name: Mapping[str, str], version: int, lang: str) -> str:
    return fill(QCoreApplication.translate("MysteryTexts", "%1, v%2"), local(name, lang),
                version)


def status_text(submitted: bool) -> str:
    if submitted:
        return QCoreApplication.translate("MysteryTexts", "Submitted")
    return QCoreApplication.translate("MysteryTexts", "Draft")


def verdict(passed: bool | None, submitted: bool) -> str:
    """Passed or failed for a submitted visit; "so far" for a draft."""
    if passed is None:
        return DASH
    if submitted:
        return (QCoreApplication.translate("MysteryTexts", "Passed") if passed
                else QCoreApplication.translate("MysteryTexts", "Failed"))
    return (QCoreApplication.translate("MysteryTexts", "Passing so far") if passed
            else QCoreApplication.translate("MysteryTexts", "Failing so far"))

