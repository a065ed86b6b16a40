"""Install the built-in surveys, checklists and service standards, and default SLA targets."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    JourneyStage,
    Priority,
    Question,
    QuestionKind,
    Role,
    Scenario,
    SlaTarget,
    StageRole,
    Standard,
    Survey,
    SurveyKind,
)
from cxdesk.templates import ChecklistTemplate as ChecklistSpec
from cxdesk.templates import (
    I18n,
    JourneyTemplate,
    QuestionTemplate,
    builtin_checklists,
    builtin_journey,
    builtin_surveys,
)
from cxdesk.templates import SurveyTemplate as SurveySpec

# minutes to register, to take into work, to resolve
DEFAULT_SLA: dict[Priority, tuple[int, int, int]] = {
    Priority.CRITICAL: (15, 30, 240),
    Priority.HIGH: (30, 60, 480),
    Priority.NORMAL: (60, 240, 1440),
    Priority.LOW: (240, 1440, 4320),
}


def texts(value: I18n | None) -> dict[str, str]:
    """An I18n text as the {"ru", "uk", "en"} dict the tables keep; {} for none."""
    if value is None:
        return {}
    return {"ru": value.ru, "uk": value.uk, "en": value.en}


def install_builtins(db: Database) -> dict[str, int]:
    """Install every built-in template the database lacks, in one transaction; returns what
    was added per kind (all zeros on a second call)."""
    with db.begin() as session:
        return install_builtins_into(session)


def install_builtins_into(session: Session) -> dict[str, int]:
    """`install_builtins` inside a transaction the caller owns (the demo generator's)."""
    added: Counter[str] = Counter()
    _install_journey(session, builtin_journey(), added)
    session.flush()
    standards = {code: id_ for code, id_ in session.execute(select(Standard.code, Standard.id))}
    families = set(session.scalars(select(Survey.family)))
    for spec in builtin_surveys():
        if spec.key not in families:
            session.add(_survey(spec))
            added["surveys"] += 1
            added["questions"] += len(spec.questions)
    checklist_families = set(session.scalars(select(ChecklistTemplate.family)))
    for checklist in builtin_checklists():
        if checklist.key not in checklist_families:
            session.add(_checklist(checklist, standards))
            added["checklists"] += 1
            added["checklist_items"] += len(checklist.items())
    added["sla_targets"] += ensure_default_sla_targets(session)
    session.flush()
    keys = ("stages", "roles", "stage_roles", "standards", "scenarios", "surveys", "questions",
            "checklists", "checklist_items", "sla_targets")
    return {key: added[key] for key in keys}


def ensure_default_sla_targets(session: Session) -> int:
    """Add the default SLA target of every priority that has none; returns how many."""
    present = set(session.scalars(select(SlaTarget.priority)))
    missing = [p for p in DEFAULT_SLA if p not in present]
    for priority in missing:
        register, take, resolve = DEFAULT_SLA[priority]
        session.add(SlaTarget(priority=priority, register_minutes=register,
                              take_minutes=take, resolve_minutes=resolve))
    return len(missing)


def _survey(spec: SurveySpec) -> Survey:
    return Survey(
        family=spec.key,
        version=1,
        kind=SurveyKind(spec.kind),
        name=texts(spec.name),
        description=texts(spec.description),
        builtin=True,
        current=True,
        active=True,
        questions=[_question(n, q) for n, q in enumerate(spec.questions, start=1)],
    )


def _question(position: int, spec: QuestionTemplate) -> Question:
    labels: dict[str, Any] = {}
    if spec.label_min is not None:
        labels["min"] = texts(spec.label_min)
    if spec.label_max is not None:
        labels["max"] = texts(spec.label_max)
    return Question(
        position=position,
        code=spec.code,
        kind=QuestionKind(spec.kind),
        text=texts(spec.text),
        required=spec.required,
        scale_min=spec.scale[0] if spec.scale else None,
        scale_max=spec.scale[1] if spec.scale else None,
        labels=labels,
        options=[{"code": o.code, "text": texts(o.text)} for o in spec.options],
        dimension=spec.dimension,
        reverse=spec.reverse,
        role=spec.role,
        unit=texts(spec.unit),
    )


def _checklist(spec: ChecklistSpec, standards: dict[str, int]) -> ChecklistTemplate:
    sections = []
    for s_pos, section in enumerate(spec.sections, start=1):
        items = [
            ChecklistItem(
                position=i_pos,
                code=item.code,
                text=texts(item.text),
                hint=texts(item.hint),
                kind=AnswerKind(item.kind),
                weight=float(item.weight),
                critical=item.critical,
                required=item.required,
                standard_id=standards.get(item.standard) if item.standard else None,
            )
            for i_pos, item in enumerate(section.items, start=1)
        ]
        sections.append(ChecklistSection(position=s_pos, code=section.code,
                                         title=texts(section.title), items=items))
    return ChecklistTemplate(family=spec.key, version=1, name=texts(spec.name),
                             description=texts(spec.description), builtin=True, current=True,
                             sections=sections)


def _install_journey(session: Session, spec: JourneyTemplate, added: Counter[str]) -> None:
    """Stages, roles, their duties, standards and scenarios that are not there yet (by code)."""
    stages = {s.code: s for s in session.scalars(select(JourneyStage))}
    for position, stage in enumerate(spec.stages, start=1):
        if stage.code not in stages:
            stages[stage.code] = JourneyStage(code=stage.code, position=position,
                                              name=texts(stage.name),
                                              description=texts(stage.description))
            session.add(stages[stage.code])
            added["stages"] += 1
    roles = {r.code: r for r in session.scalars(select(Role))}
    for role in spec.roles:
        if role.code not in roles:
            roles[role.code] = Role(code=role.code, name=texts(role.name))
            session.add(roles[role.code])
            added["roles"] += 1
    session.flush()
    pairs = {(s, r) for s, r in session.execute(select(StageRole.stage_id, StageRole.role_id))}
    for duty in spec.stage_roles:
        key = (stages[duty.stage].id, roles[duty.role].id)
        if key not in pairs:
            pairs.add(key)
            session.add(StageRole(stage_id=key[0], role_id=key[1], duties=texts(duty.duties)))
            added["stage_roles"] += 1
    known = set(session.scalars(select(Standard.code)))
    for standard in spec.standards:
        if standard.code not in known:
            session.add(Standard(code=standard.code, stage_id=stages[standard.stage].id,
                                 role_id=roles[standard.role].id if standard.role else None,
                                 text=texts(standard.text), active=True))
            added["standards"] += 1
    known = set(session.scalars(select(Scenario.code)))
    for scenario in spec.scenarios:
        if scenario.code not in known:
            row = stages.get(scenario.stage) if scenario.stage else None
            session.add(Scenario(code=scenario.code, stage_id=row.id if row else None,
                                 title=texts(scenario.title), risk=texts(scenario.risk),
                                 action=texts(scenario.action)))
            added["scenarios"] += 1
