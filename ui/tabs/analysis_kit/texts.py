"""Labels the five analysis pages share: period keys, checklist answers, passed or failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxdesk.i18n import fill
from ui import analysis_labels


def period_label(key: str) -> str:
    """A trend bucket of the insights ('2026-05', '2026-W19') as the language writes it."""
    if "-W" in key:
        year, week = key.split("-W")
        return fill(QCoreApplication.translate("AnalysisKit", "week %1, %2"),
                    week.lstrip("0"), year)
    return analysis_labels.period_key_label(key, "month")


def answer_label(answer: str) -> str:
    """A checklist answer: yes / no / N/A in the language, a 1–5 score as it is."""
    word = str(answer).strip().casefold()
    if word == "yes":
        return QCoreApplication.translate("AnalysisKit", "yes")
    if word == "no":
        return QCoreApplication.translate("AnalysisKit", "no")
    if word == "na":
        return QCoreApplication.translate("AnalysisKit", "N/A")
    return str(answer)


def passed_label(passed: bool) -> str:
    return (QCoreApplication.translate("AnalysisKit", "passed") if passed
            else QCoreApplication.translate("AnalysisKit", "failed"))
