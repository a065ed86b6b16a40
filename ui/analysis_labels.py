"""Names the analysis pages show for the core's keys: metrics, periods, channels, themes,
SERVQUAL dimensions, driver quadrants, survey and question texts, in the user's language.

The English texts are marked with QT_TRANSLATE_NOOP (so lupdate files them under
"AnalysisLabels") and translated when asked for, so a language switch shows at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from cxdesk.services.search import localized

CONTEXT = "AnalysisLabels"

METRICS = {
    "nps": QT_TRANSLATE_NOOP("AnalysisLabels", "NPS"),
    "csat": QT_TRANSLATE_NOOP("AnalysisLabels", "CSAT"),
    "ces": QT_TRANSLATE_NOOP("AnalysisLabels", "Customer effort (CES)"),
    "mystery": QT_TRANSLATE_NOOP("AnalysisLabels", "Mystery shopping"),
    "standards": QT_TRANSLATE_NOOP("AnalysisLabels", "Standards kept"),
    "sla": QT_TRANSLATE_NOOP("AnalysisLabels", "Requests on time"),
    "complaints": QT_TRANSLATE_NOOP("AnalysisLabels", "Complaints answered"),
}
METRIC_TIPS = {
    "nps": QT_TRANSLATE_NOOP("AnalysisLabels", "Net Promoter Score: % promoters (9–10) minus "
                                               "% detractors (0–6), from −100 to 100"),
    "csat": QT_TRANSLATE_NOOP("AnalysisLabels",
                              "% of answers 4 or 5 on the 1–5 satisfaction scale"),
    "ces": QT_TRANSLATE_NOOP("AnalysisLabels",
                             "Mean effort score; higher means easier for the customer"),
    "mystery": QT_TRANSLATE_NOOP("AnalysisLabels", "Weighted % of the checklist points earned "
                                                   "in mystery-shop visits"),
    "standards": QT_TRANSLATE_NOOP("AnalysisLabels", "% of the service-standard checks passed "
                                                     "in mystery-shop visits"),
    "sla": QT_TRANSLATE_NOOP("AnalysisLabels",
                             "% of service requests resolved within their SLA target"),
    "complaints": QT_TRANSLATE_NOOP("AnalysisLabels", "% of complaints, reviews and mentions "
                                                      "that got an answer"),
}
PERIODS = {
    "this_month": QT_TRANSLATE_NOOP("AnalysisLabels", "This month"),
    "last_month": QT_TRANSLATE_NOOP("AnalysisLabels", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("AnalysisLabels", "This quarter"),
    "this_year": QT_TRANSLATE_NOOP("AnalysisLabels", "This year"),
    "last_12_months": QT_TRANSLATE_NOOP("AnalysisLabels", "Last 12 months"),
    "custom": QT_TRANSLATE_NOOP("AnalysisLabels", "From – to"),
}
COMPARES = {
    "previous": QT_TRANSLATE_NOOP("AnalysisLabels", "Previous period"),
    "year": QT_TRANSLATE_NOOP("AnalysisLabels", "Same period last year"),
}
CHANNELS = {
    "in_store": QT_TRANSLATE_NOOP("AnalysisLabels", "In store"),
    "phone": QT_TRANSLATE_NOOP("AnalysisLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("AnalysisLabels", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("AnalysisLabels", "SMS"),
    "web": QT_TRANSLATE_NOOP("AnalysisLabels", "Web"),
    "paper": QT_TRANSLATE_NOOP("AnalysisLabels", "Paper"),
}
THEMES = {
    "nothing": QT_TRANSLATE_NOOP("AnalysisLabels", "Nothing, all is well"),
    "prices": QT_TRANSLATE_NOOP("AnalysisLabels", "Prices and discounts"),
    "waiting": QT_TRANSLATE_NOOP("AnalysisLabels", "Waiting and queues"),
    "assortment": QT_TRANSLATE_NOOP("AnalysisLabels", "Assortment"),
    "parking": QT_TRANSLATE_NOOP("AnalysisLabels", "Parking"),
    "staff": QT_TRANSLATE_NOOP("AnalysisLabels", "Staff"),
    "cleanliness": QT_TRANSLATE_NOOP("AnalysisLabels", "Cleanliness"),
    "opening_hours": QT_TRANSLATE_NOOP("AnalysisLabels", "Opening hours"),
    "payment": QT_TRANSLATE_NOOP("AnalysisLabels", "Payment"),
    "delivery": QT_TRANSLATE_NOOP("AnalysisLabels", "Delivery"),
    "quality": QT_TRANSLATE_NOOP("AnalysisLabels", "Quality and freshness"),
    "atmosphere": QT_TRANSLATE_NOOP("AnalysisLabels", "Atmosphere: music, light, air"),
}
DIMENSIONS = {
    "tangibles": QT_TRANSLATE_NOOP("AnalysisLabels", "Tangibles"),
    "reliability": QT_TRANSLATE_NOOP("AnalysisLabels", "Reliability"),
    "responsiveness": QT_TRANSLATE_NOOP("AnalysisLabels", "Responsiveness"),
    "assurance": QT_TRANSLATE_NOOP("AnalysisLabels", "Assurance"),
    "empathy": QT_TRANSLATE_NOOP("AnalysisLabels", "Empathy"),
}
QUADRANTS = {
    "keep_up": QT_TRANSLATE_NOOP("AnalysisLabels", "Keep up the good work"),
    "concentrate": QT_TRANSLATE_NOOP("AnalysisLabels", "Concentrate here"),
    "low_priority": QT_TRANSLATE_NOOP("AnalysisLabels", "Low priority"),
    "possible_overkill": QT_TRANSLATE_NOOP("AnalysisLabels", "Possible overkill"),
}


def _pick(table: Mapping[str, str], key: Any) -> str:
    text = table.get(str(key))
    return QCoreApplication.translate(CONTEXT, text) if text else str(key)


def language() -> str:
    """The interface language's code (en, ru, uk) for the core's {lang: text} dicts."""
    return QLocale().name().split("_")[0]


def text_of(texts: Mapping[str, Any] | None) -> str:
    """A {ru, uk, en} text of the database in the interface language (else another one)."""
    return localized(texts, language())


def metric_label(key: str) -> str:
    return _pick(METRICS, key)


def metric_tooltip(key: str) -> str:
    return _pick(METRIC_TIPS, key) if key in METRIC_TIPS else ""


def period_label(period: str) -> str:
    return _pick(PERIODS, period)


def compare_label(compare: str) -> str:
    return _pick(COMPARES, compare)


def channel_label(channel: Any) -> str:
    return "—" if channel is None else _pick(CHANNELS, channel)


def theme_label(theme: str, builtin: bool) -> str:
    """A built-in improvement theme's name; any other theme is the customers' own words."""
    return _pick(THEMES, theme) if builtin else theme


def dimension_label(dimension: str) -> str:
    return _pick(DIMENSIONS, dimension)


def quadrant_label(quadrant: str | None) -> str:
    return "—" if quadrant is None else _pick(QUADRANTS, quadrant)


def period_key_label(key: Any, freq: str) -> str:
    """A trend bucket's key ('2026-05', '2026-Q2', a week's Monday '2026-05-04') as the
    language writes it: "May 2026", "Q2 2026", "04.05.26"."""
    text = str(key)
    try:
        if freq == "month":
            year, month = text.split("-")
            name = QLocale().standaloneMonthName(int(month), QLocale.FormatType.ShortFormat)
            return f"{name} {year}"
        if freq == "quarter":
            year, quarter = text.split("-Q")
            return QCoreApplication.translate("AnalysisLabels", "Q%1 %2").replace(
                "%2", year).replace("%1", quarter)
        if freq == "week":
            year, month, day = (int(part) for part in text.split("-"))
            return QLocale().toString(QDate(year, month, day), "dd.MM.yy")
    except ValueError:
        pass
    return text
