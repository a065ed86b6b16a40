"""Frozen dataclasses for the built-in and shared survey, checklist and standards templates."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.errors import CxdeskError

LANGS: tuple[str, ...] = ("ru", "uk", "en")

SURVEY_KINDS = frozenset({"exit", "nps", "csat", "ces", "servqual", "staff", "soco", "custom"})
QUESTION_KINDS = frozenset(
    {"nps", "csat", "ces", "rating", "yes_no", "single", "multi", "text", "number", "servqual"}
)
SCALED_KINDS = frozenset({"nps", "csat", "ces", "rating", "servqual"})
CHOICE_KINDS = frozenset({"single", "multi"})
SERVQUAL_DIMENSIONS: tuple[str, ...] = (
    "tangibles",
    "reliability",
    "responsiveness",
    "assurance",
    "empathy",
)
# Which question kinds may carry each analytic role.
ROLE_KINDS: dict[str, frozenset[str]] = {
    "nps": frozenset({"nps"}),
    "csat": frozenset({"csat"}),
    "ces": frozenset({"ces"}),
    "speed": frozenset({"csat", "rating"}),
    "overall": frozenset({"csat", "rating"}),
    "improve": frozenset({"text"}),
    "why": frozenset({"text"}),
}
ITEM_KINDS = frozenset({"yes_no_na", "scale_1_5", "text"})


class TemplateError(CxdeskError, ValueError):
    """A template file that cannot be used; the message names the file, the code and the fault."""


@dataclass(frozen=True)
class I18n:
    """One user-visible text in Russian, Ukrainian and English."""

    ru: str
    uk: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang`, else English, else Russian."""
        text = getattr(self, lang, "") if lang in LANGS else ""
        return text or self.en or self.ru


@dataclass(frozen=True)
class OptionTemplate:
    code: str
    text: I18n


@dataclass(frozen=True)
class QuestionTemplate:
    code: str
    kind: str
    text: I18n
    required: bool = True
    scale: tuple[int, int] | None = None
    label_min: I18n | None = None
    label_max: I18n | None = None
    options: tuple[OptionTemplate, ...] = ()
    dimension: str | None = None
    reverse: bool = False
    role: str | None = None
    unit: I18n | None = None


@dataclass(frozen=True)
class SurveyTemplate:
    key: str
    kind: str
    name: I18n
    description: I18n
    questions: tuple[QuestionTemplate, ...]

    def question(self, code: str) -> QuestionTemplate:
        """The question with `code` (KeyError if there is none)."""
        for question in self.questions:
            if question.code == code:
                return question
        raise KeyError(code)

    def by_role(self, role: str) -> QuestionTemplate | None:
        """The question that plays the analytic `role`, if any."""
        return next((q for q in self.questions if q.role == role), None)


@dataclass(frozen=True)
class ItemTemplate:
    code: str
    text: I18n
    kind: str
    weight: float = 1
    critical: bool = False
    required: bool = True
    standard: str | None = None
    hint: I18n | None = None


@dataclass(frozen=True)
class SectionTemplate:
    code: str
    title: I18n
    items: tuple[ItemTemplate, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str
    name: I18n
    description: I18n
    sections: tuple[SectionTemplate, ...]

    def items(self) -> tuple[ItemTemplate, ...]:
        """Every item of every section, in order."""
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True)
class StageTemplate:
    code: str
    name: I18n
    description: I18n


@dataclass(frozen=True)
class RoleTemplate:
    code: str
    name: I18n


@dataclass(frozen=True)
class StageRoleTemplate:
    stage: str
    role: str
    duties: I18n


@dataclass(frozen=True)
class StandardTemplate:
    code: str
    stage: str
    role: str
    text: I18n


@dataclass(frozen=True)
class ScenarioTemplate:
    code: str
    stage: str
    title: I18n
    risk: I18n
    action: I18n


@dataclass(frozen=True)
class JourneyTemplate:
    key: str
    stages: tuple[StageTemplate, ...]
    roles: tuple[RoleTemplate, ...]
    stage_roles: tuple[StageRoleTemplate, ...]
    standards: tuple[StandardTemplate, ...]
    scenarios: tuple[ScenarioTemplate, ...]
    name: I18n | None = None
    description: I18n | None = None

    def standard_codes(self) -> frozenset[str]:
        return frozenset(s.code for s in self.standards)
