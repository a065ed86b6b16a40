"""The names of the template vocabularies (survey, question and answer kinds, SERVQUAL
dimensions, analytic roles) in the interface language, and the scales each kind allows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxdesk.templates.model import ROLE_KINDS, SERVQUAL_DIMENSIONS

SURVEY_KINDS = ("custom", "exit", "nps", "csat", "ces", "servqual", "staff", "soco")
QUESTION_KINDS = (
    "nps",
    "csat",
    "ces",
    "rating",
    "yes_no",
    "single",
    "multi",
    "text",
    "number",
    "servqual",
)
ITEM_KINDS = ("yes_no_na", "scale_1_5", "text")
SCALED = frozenset({"nps", "csat", "ces", "rating", "servqual"})
# the scale a new question of a kind starts with
DEFAULT_SCALES = {
    "nps": (0, 10),
    "csat": (1, 5),
    "ces": (1, 7),
    "servqual": (1, 7),
    "rating": (1, 5),
    "number": (0, 100),
}


def survey_kind_label(kind: str) -> str:
    return {
        "custom": QCoreApplication.translate("TemplateLabels", "Own survey"),
        "exit": QCoreApplication.translate("TemplateLabels", "Exit survey"),
        "nps": QCoreApplication.translate("TemplateLabels", "NPS"),
        "csat": QCoreApplication.translate("TemplateLabels", "CSAT"),
        "ces": QCoreApplication.translate("TemplateLabels", "CES"),
        "servqual": QCoreApplication.translate("TemplateLabels", "SERVQUAL"),
        "staff": QCoreApplication.translate("TemplateLabels", "Staff survey"),
        "soco": QCoreApplication.translate("TemplateLabels", "SOCO self-assessment"),
    }.get(kind, kind)


def question_kind_label(kind: str) -> str:
    return {
        "nps": QCoreApplication.translate("TemplateLabels", "NPS: likely to recommend, 0–10"),
        "csat": QCoreApplication.translate("TemplateLabels", "CSAT: satisfaction, 1–5"),
        "ces": QCoreApplication.translate("TemplateLabels", "CES: effort"),
        "rating": QCoreApplication.translate("TemplateLabels", "Rating on a scale"),
        "yes_no": QCoreApplication.translate("TemplateLabels", "Yes / no"),
        "single": QCoreApplication.translate("TemplateLabels", "Single choice"),
        "multi": QCoreApplication.translate("TemplateLabels", "Multiple choice"),
        "text": QCoreApplication.translate("TemplateLabels", "Free text"),
        "number": QCoreApplication.translate("TemplateLabels", "Number"),
        "servqual": QCoreApplication.translate(
            "TemplateLabels", "SERVQUAL: expectation and perception"
        ),
    }.get(kind, kind)


def item_kind_label(kind: str) -> str:
    return {
        "yes_no_na": QCoreApplication.translate("TemplateLabels", "Yes / no / not applicable"),
        "scale_1_5": QCoreApplication.translate("TemplateLabels", "Scale 1–5"),
        "text": QCoreApplication.translate("TemplateLabels", "Text"),
    }.get(kind, kind)


def dimension_label(dimension: str) -> str:
    return {
        "tangibles": QCoreApplication.translate("TemplateLabels", "Tangibles"),
        "reliability": QCoreApplication.translate("TemplateLabels", "Reliability"),
        "responsiveness": QCoreApplication.translate("TemplateLabels", "Responsiveness"),
        "assurance": QCoreApplication.translate("TemplateLabels", "Assurance"),
        "empathy": QCoreApplication.translate("TemplateLabels", "Empathy"),
    }.get(dimension, dimension)


def role_label(role: str) -> str:
    return {
        "nps": QCoreApplication.translate("TemplateLabels", "The NPS question"),
        "csat": QCoreApplication.translate("TemplateLabels", "The satisfaction question"),
        "ces": QCoreApplication.translate("TemplateLabels", "The effort question"),
        "speed": QCoreApplication.translate("TemplateLabels", "Satisfaction with speed"),
        "overall": QCoreApplication.translate("TemplateLabels", "Overall rating"),
        "improve": QCoreApplication.translate("TemplateLabels", "What to improve"),
        "why": QCoreApplication.translate("TemplateLabels", "Why they bought or not"),
    }.get(role, role)


def roles_for(kind: str) -> list[str]:
    """The analytic roles a question of `kind` may play, in a stable order."""
    return [role for role in ROLE_KINDS if kind in ROLE_KINDS[role]]


DIMENSIONS = SERVQUAL_DIMENSIONS
