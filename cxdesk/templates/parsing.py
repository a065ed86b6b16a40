"""Turn plain template data (from YAML or a shared file) into validated template objects."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from cxdesk.templates._reader import Reader
from cxdesk.templates.model import (
    CHOICE_KINDS,
    ITEM_KINDS,
    QUESTION_KINDS,
    ROLE_KINDS,
    SCALED_KINDS,
    SERVQUAL_DIMENSIONS,
    SURVEY_KINDS,
    ChecklistTemplate,
    ItemTemplate,
    JourneyTemplate,
    OptionTemplate,
    QuestionTemplate,
    RoleTemplate,
    ScenarioTemplate,
    SectionTemplate,
    StageRoleTemplate,
    StageTemplate,
    StandardTemplate,
    SurveyTemplate,
)

# Scales a question kind must use; `None` means any integer range with min < max.
FIXED_SCALES: dict[str, frozenset[tuple[int, int]] | None] = {
    "nps": frozenset({(0, 10), (1, 10)}),
    "csat": frozenset({(1, 5)}),
    "ces": frozenset({(1, 5), (1, 7)}),
    "servqual": frozenset({(1, 7)}),
    "rating": None,
    "number": None,
}
_QUESTION_FIELDS = (
    "required", "scale", "labels", "options", "dimension", "reverse", "role", "unit",
)  # fmt: skip


def _scale(r: Reader, data: Mapping[str, Any], kind: str) -> tuple[int, int] | None:
    value = data.get("scale")
    if value is None:
        if kind in SCALED_KINDS:
            r.fail(f"a {kind} question needs a scale [min, max]")
        return None
    if kind not in FIXED_SCALES:
        r.fail(f"a {kind} question takes no scale")
    ok = isinstance(value, list) and len(value) == 2
    if not ok or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        r.fail(f"scale must be two whole numbers [min, max], got {value!r}")
    low, high = value
    if low >= high:
        r.fail(f"scale min must be below max, got [{low}, {high}]")
    allowed = FIXED_SCALES[kind]
    if allowed is not None and (low, high) not in allowed:
        shown = " or ".join(f"[{a}, {b}]" for a, b in sorted(allowed))
        r.fail(f"a {kind} question needs the scale {shown}, got [{low}, {high}]")
    return low, high


def _question(r: Reader, data: Any, n: int) -> QuestionTemplate:
    r, data = r.entry(data, "question", n, ("code", "kind", "text"), _QUESTION_FIELDS)
    kind = r.choice(data, "kind", QUESTION_KINDS)
    labels = data.get("labels")
    label_min = label_max = None
    if labels is not None:
        if kind not in SCALED_KINDS:
            r.fail(f"a {kind} question takes no scale labels")
        labels = r.at("labels").fields(labels, ("min", "max"))
        label_min, label_max = r.i18n(labels, "min"), r.i18n(labels, "max")
    options: tuple[OptionTemplate, ...] = ()
    if kind in CHOICE_KINDS:
        raw = data.get("options")
        if not isinstance(raw, list) or len(raw) < 2:
            r.fail(f"a {kind} question needs at least 2 options")
        options = tuple(_option(r, item, n) for n, item in enumerate(raw, 1))
        r.unique((o.code for o in options), "option")
    elif data.get("options") is not None:
        r.fail(f"a {kind} question takes no options")
    dimension = data.get("dimension")
    if kind == "servqual":
        if dimension is None:
            r.fail(f"a servqual question needs a dimension ({', '.join(SERVQUAL_DIMENSIONS)})")
        dimension = r.choice(data, "dimension", SERVQUAL_DIMENSIONS)
    elif dimension is not None:
        r.fail(f"only servqual questions take a dimension, this one is {kind}")
    reverse = r.flag(data, "reverse", False)
    if reverse and kind != "rating":
        r.fail(f"only rating questions can be reverse-scored, this one is {kind}")
    role = data.get("role")
    if role is not None:
        role = r.choice(data, "role", ROLE_KINDS)
        if kind not in ROLE_KINDS[role]:
            r.fail(f"role {role} needs a {' or '.join(sorted(ROLE_KINDS[role]))} question")
    if data.get("unit") is not None and kind != "number":
        r.fail(f"only number questions take a unit, this one is {kind}")
    return QuestionTemplate(
        code=data["code"],
        kind=kind,
        text=r.i18n(data, "text"),
        required=r.flag(data, "required", True),
        scale=_scale(r, data, kind),
        label_min=label_min,
        label_max=label_max,
        options=options,
        dimension=dimension,
        reverse=reverse,
        role=role,
        unit=r.optional_i18n(data, "unit"),
    )


def _option(r: Reader, data: Any, n: int) -> OptionTemplate:
    r, data = r.entry(data, "option", n, ("code", "text"))
    return OptionTemplate(code=data["code"], text=r.i18n(data, "text"))


def parse_survey(data: Any, source: str = "survey") -> SurveyTemplate:
    """A validated survey template from its plain data; `source` names it in error messages."""
    r = Reader(source)
    data = r.fields(data, ("key", "kind", "name", "description", "questions"))
    questions = tuple(_question(r, q, n) for n, q in enumerate(r.items(data, "questions"), 1))
    r.unique((q.code for q in questions), "question")
    roles: dict[str, str] = {}
    for q in questions:
        if q.role is not None and q.role in roles:
            r.fail(f"role {q.role} is on both question '{roles[q.role]}' and '{q.code}'")
        if q.role is not None:
            roles[q.role] = q.code
    return SurveyTemplate(
        key=r.code(data, "key"),
        kind=r.choice(data, "kind", SURVEY_KINDS),
        name=r.i18n(data, "name"),
        description=r.i18n(data, "description"),
        questions=questions,
    )


def _item(r: Reader, data: Any, n: int, standards: Collection[str] | None) -> ItemTemplate:
    optional = ("weight", "critical", "required", "standard", "hint")
    r, data = r.entry(data, "item", n, ("code", "text", "kind"), optional)
    kind = r.choice(data, "kind", ITEM_KINDS)
    weight = data.get("weight", 1)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not weight > 0:
        r.fail(f"weight must be a number above 0, got {weight!r}")
    critical = r.flag(data, "critical", False)
    if critical and kind != "yes_no_na":
        r.fail(f"only yes_no_na items can be critical, this one is {kind}")
    standard = r.optional_code(data, "standard")
    if standard is not None and standards is not None and standard not in standards:
        r.fail(f"unknown standard '{standard}' (not in the service standards)")
    return ItemTemplate(
        code=data["code"],
        text=r.i18n(data, "text"),
        kind=kind,
        weight=weight,
        critical=critical,
        required=r.flag(data, "required", kind != "text"),
        standard=standard,
        hint=r.optional_i18n(data, "hint"),
    )


def _section(r: Reader, data: Any, n: int, standards: Collection[str] | None) -> SectionTemplate:
    r, data = r.entry(data, "section", n, ("code", "title", "items"))
    items = tuple(_item(r, it, i, standards) for i, it in enumerate(r.items(data, "items"), 1))
    return SectionTemplate(code=data["code"], title=r.i18n(data, "title"), items=items)


def parse_checklist(
    data: Any, source: str = "checklist", standards: Collection[str] | None = None
) -> ChecklistTemplate:
    """A validated checklist; with `standards` (codes) each item's standard must be among them."""
    r = Reader(source)
    data = r.fields(data, ("key", "name", "description", "sections"))
    raw = r.items(data, "sections")
    sections = tuple(_section(r, s, n, standards) for n, s in enumerate(raw, 1))
    r.unique((s.code for s in sections), "section")
    r.unique((i.code for s in sections for i in s.items), "item")
    return ChecklistTemplate(
        key=r.code(data, "key"),
        name=r.i18n(data, "name"),
        description=r.i18n(data, "description"),
        sections=sections,
    )


def _ref(r: Reader, data: Mapping[str, Any], name: str, known: Collection[str]) -> str:
    value = r.code(data, name)
    if value not in known:
        r.fail(f"unknown {name} '{value}' (expected one of: {', '.join(known)})")
    return value


def parse_journey(data: Any, source: str = "journey") -> JourneyTemplate:
    """Validated service standards: stages, roles, duties, standards and scenarios."""
    r = Reader(source)
    lists = ("stages", "roles", "stage_roles", "standards", "scenarios")
    data = r.fields(data, ("key", *lists), ("name", "description"))
    raw = {name: list(enumerate(r.items(data, name), 1)) for name in lists}
    stages = []
    for n, item in raw["stages"]:
        at, item = r.entry(item, "stage", n, ("code", "name", "description"))
        stages.append(
            StageTemplate(item["code"], at.i18n(item, "name"), at.i18n(item, "description"))
        )
    roles = []
    for n, item in raw["roles"]:
        at, item = r.entry(item, "role", n, ("code", "name"))
        roles.append(RoleTemplate(item["code"], at.i18n(item, "name")))
    r.unique((s.code for s in stages), "stage")
    r.unique((s.code for s in roles), "role")
    stage_codes = [s.code for s in stages]
    role_codes = [s.code for s in roles]
    duties = []
    for n, item in raw["stage_roles"]:
        at, item = r.entry(item, "stage_role", n, ("stage", "role", "duties"))
        stage, role = _ref(at, item, "stage", stage_codes), _ref(at, item, "role", role_codes)
        duties.append(StageRoleTemplate(stage, role, at.i18n(item, "duties")))
    r.unique((f"{d.stage}/{d.role}" for d in duties), "stage_role")
    standards = []
    for n, item in raw["standards"]:
        at, item = r.entry(item, "standard", n, ("code", "stage", "role", "text"))
        stage, role = _ref(at, item, "stage", stage_codes), _ref(at, item, "role", role_codes)
        standards.append(StandardTemplate(item["code"], stage, role, at.i18n(item, "text")))
    r.unique((s.code for s in standards), "standard")
    scenarios = []
    for n, item in raw["scenarios"]:
        at, item = r.entry(item, "scenario", n, ("code", "stage", "title", "risk", "action"))
        stage = _ref(at, item, "stage", stage_codes)
        texts = [at.i18n(item, name) for name in ("title", "risk", "action")]
        scenarios.append(ScenarioTemplate(item["code"], stage, *texts))
    r.unique((s.code for s in scenarios), "scenario")
    return JourneyTemplate(
        key=r.code(data, "key"),
        stages=tuple(stages),
        roles=tuple(roles),
        stage_roles=tuple(duties),
        standards=tuple(standards),
        scenarios=tuple(scenarios),
        name=r.optional_i18n(data, "name"),
        description=r.optional_i18n(data, "description"),
    )
