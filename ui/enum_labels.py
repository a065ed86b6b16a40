"""The names of the stored vocabularies (sources, statuses, priorities) in the user's language."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from cxdesk.db.models import ActionStatus, FeedbackSource, FeedbackStatus, Priority, Sentiment


def source_label(value: FeedbackSource) -> str:
    return {
        FeedbackSource.COMPLAINTS_BOOK: QCoreApplication.translate("EnumLabels",
                                                                   "Complaints book"),
        FeedbackSource.ONLINE_REVIEW: QCoreApplication.translate("EnumLabels", "Online review"),
        FeedbackSource.SOCIAL: QCoreApplication.translate("EnumLabels", "Social media"),
        FeedbackSource.CALL: QCoreApplication.translate("EnumLabels", "Call"),
        FeedbackSource.LEGAL: QCoreApplication.translate("EnumLabels", "Legal claim"),
        FeedbackSource.OTHER: QCoreApplication.translate("EnumLabels", "Other"),
    }[FeedbackSource(value)]


def sentiment_label(value: Sentiment | None) -> str:
    if value is None:
        return ""
    return {
        Sentiment.POSITIVE: QCoreApplication.translate("EnumLabels", "Positive"),
        Sentiment.NEUTRAL: QCoreApplication.translate("EnumLabels", "Neutral"),
        Sentiment.NEGATIVE: QCoreApplication.translate("EnumLabels", "Negative"),
    }[Sentiment(value)]


def feedback_status_label(value: FeedbackStatus) -> str:
    return {
        FeedbackStatus.NEW: QCoreApplication.translate("EnumLabels", "New"),
        FeedbackStatus.ANSWERED: QCoreApplication.translate("EnumLabels", "Answered"),
        FeedbackStatus.CLOSED: QCoreApplication.translate("EnumLabels", "Closed"),
    }[FeedbackStatus(value)]


def priority_label(value: Priority) -> str:
    return {
        Priority.CRITICAL: QCoreApplication.translate("EnumLabels", "Critical"),
        Priority.HIGH: QCoreApplication.translate("EnumLabels", "High"),
        Priority.NORMAL: QCoreApplication.translate("EnumLabels", "Normal"),
        Priority.LOW: QCoreApplication.translate("EnumLabels", "Low"),
    }[Priority(value)]


def action_status_label(value: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("EnumLabels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("EnumLabels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("EnumLabels", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("EnumLabels", "Dropped"),
    }[ActionStatus(value)]


def enum_items(kind: type[Enum]) -> list[tuple[Enum, str]]:
    """(value, label) of every member of one of the enums above, in their defined order."""
    label = {FeedbackSource: source_label, Sentiment: sentiment_label,
             FeedbackStatus: feedback_status_label, Priority: priority_label,
             ActionStatus: action_status_label}[kind]
    return [(member, label(member)) for member in kind]


def theme_labels() -> dict[str, str]:
    """The built-in improvement themes (codes of cxdesk.metrics.exit_survey.THEMES)."""
    return {
        "nothing": QCoreApplication.translate("EnumLabels", "Nothing, all is fine"),
        "prices": QCoreApplication.translate("EnumLabels", "Prices and discounts"),
        "waiting": QCoreApplication.translate("EnumLabels", "Waiting and queues"),
        "assortment": QCoreApplication.translate("EnumLabels", "Assortment and choice"),
        "parking": QCoreApplication.translate("EnumLabels", "Parking"),
        "staff": QCoreApplication.translate("EnumLabels", "Staff and their manners"),
        "cleanliness": QCoreApplication.translate("EnumLabels", "Cleanliness"),
        "opening_hours": QCoreApplication.translate("EnumLabels", "Opening hours"),
        "payment": QCoreApplication.translate("EnumLabels", "Payment"),
        "delivery": QCoreApplication.translate("EnumLabels", "Delivery"),
        "quality": QCoreApplication.translate("EnumLabels", "Quality and freshness"),
        "atmosphere": QCoreApplication.translate("EnumLabels", "Atmosphere: music, light, space"),
    }


def theme_label(theme: str) -> str:
    """A built-in theme's name, or a theme the user typed as it is."""
    return theme_labels().get(theme, theme)
