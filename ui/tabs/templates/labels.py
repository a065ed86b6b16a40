"""The names of the template vocabularies (survey, question and answer kinds, SERVQUAL
dimensions, analytic roles) in the interface language, and the scales each kind allows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxdesk.templates.model import ROLE_KINDS, SERVQUAL_DIMENSIONS

SURVEY_KINDS = ("custom", "exit", "nps", "csat", "ces", "servqual", "staff", "soco")
QUESTION_KINDS = ("nps", "csat", "ces", "rating", "yes_no", "single", "multi", "text", "number",
                  "servqual")
ITEM_KINDS = ("yes_no_na", "scale_1_5", "text")
SCALED = frozenset({"nps", "csat", "ces", "rating", "servqual"})
# the scale a new question of a kind starts with
DEFAULT_SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7), "servqual": (1, 7),
                  "rating": (1, 5), "number": (0, 100)}


def _t(text: str) -> str:
    return QCoreApplication.translate("TemplateLabels", text)


def survey_kind_label(kind: str) -> str:
    return {
        "custom": _t("Own survey"),
        "exit": _t("Exit survey"),
        "nps": _t("NPS"),
        "csat": _t("CSAT"),
        "ces": _t("CES"),
        "servqual": _t("SERVQUAL"),
        "staff": _t("Staff survey"),
        "soco": _t("SOCO self-assessment"),
    }.get(kind, kind)


def question_kind_label(kind: str) -> str:
    return {
        "nps": _t("NPS: likely to recommend, 0–10"),
        "csat": _t("CSAT: satisfaction, 1–5"),
        "ces": _t("CES: effort"),
        "rating": _t("Rating on a scale"),
        "yes_no": _t("Yes / no"),
        "single": _t("Single choice"),
        "multi": _t("Multiple choice"),
        "text": _t("Free text"),
        "number": _t("Number"),
        "servqual": _t("SERVQUAL: expectation and perception"),
    }.get(kind, kind)


def item_kind_label(kind: str) -> str:
    return {
        "yes_no_na": _t("Yes / no / not applicable"),
        "scale_1_5": _t("Scale 1–5"),
        "text": _t("Text"),
    }.get(kind, kind)


def dimension_label(dimension: str) -> str:
    return {
        "tangibles": _t("Tangibles"),
        "reliability": _t("Reliability"),
        "responsiveness": _t("Responsiveness"),
        "assurance": _t("Assurance"),
        "empathy": _t("Empathy"),
    }.get(dimension, dimension)


def role_label(role: str) -> str:
    return {
        "nps": _t("The NPS question"),
        "csat": _t("The satisfaction question"),
        "ces": _t("The effort question"),
        "speed": _t("Satisfaction with speed"),
        "overall": _t("Overall rating"),
        "improve": _t("What to improve"),
        "why": _t("Why they bought or not"),
    }.get(role, role)


def roles_for(kind: str) -> list[str]:
    """The analytic roles a question of `kind` may play, in a stable order."""
    return [role for role in ROLE_KINDS if kind in ROLE_KINDS[role]]


DIMENSIONS = SERVQUAL_DIMENSIONS
