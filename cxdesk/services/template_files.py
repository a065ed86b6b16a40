"""Share templates as YAML files: export a survey, a checklist or the journey; import one."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    ChecklistTemplate,
    JourneyStage,
    Role,
    Scenario,
    StageRole,
    Standard,
    Survey,
)
from cxdesk.errors import CxdeskError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.checklist_templates import (
    checklist_spec,
    current_checklist,
    save_checklist_into,
    validate_checklist,
)
from cxdesk.services.search import completed, i18n_dict, localized, map_texts, to_i18n
from cxdesk.services.survey_templates import (
    current_survey,
    save_survey_into,
    survey_template,
    validate_survey,
)
from cxdesk.templates import ChecklistTemplate as ChecklistSpec
from cxdesk.templates import (
    JourneyTemplate,
    RoleTemplate,
    ScenarioTemplate,
    StageRoleTemplate,
    StageTemplate,
    StandardTemplate,
    SurveyTemplate,
    TemplateError,
    dump_checklist,
    dump_journey,
    dump_survey,
    load_template,
    parse_checklist,
    parse_journey,
    parse_survey,
    to_yaml,
)

Template = SurveyTemplate | ChecklistSpec | JourneyTemplate


@dataclass(frozen=True)
class TemplatePreview:
    """What a file holds, so the GUI can ask before importing it."""

    kind: str  # survey | checklist | journey
    key: str
    name: dict[str, str]
    exists: bool  # a survey/checklist family with this key, or journey codes, already here


@dataclass(frozen=True)
class ImportResult:
    kind: str
    key: str
    id: int | None  # the survey or checklist version saved
    version: int | None
    new_family: bool
    notes: tuple[str, ...] = ()  # e.g. standard links dropped


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write a UTF-8 file whole or not at all: a temporary file, then os.replace."""
    path = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise CxdeskError(fill(translate("TemplateFiles", "Cannot write %1: %2"),
                               path, exc.strerror or exc)) from exc
    return path


def _for_file(template: Template) -> Any:
    """Every text in all three languages, as the file format needs (missing ones copied)."""
    if not isinstance(template, JourneyTemplate) and not i18n_dict(template.description):
        template = replace(template, description=template.name)
    return map_texts(template, completed)


def _write(data: dict[str, Any], parse: Any, path: str | Path) -> Path:
    try:
        parse(data)  # what we write must load again
    except TemplateError as exc:
        raise CxdeskError(fill(translate("TemplateFiles", "Cannot export the template: %1"),
                               exc)) from exc
    return write_text_atomic(path, to_yaml(data))


def export_survey(db: Database, family: str, path: str | Path) -> Path:
    """Write the current version of a survey to a YAML file."""
    with db.session() as session:
        spec = survey_template(current_survey(session, family))
    return _write(dump_survey(_for_file(spec)), parse_survey, path)


def export_checklist(db: Database, family: str, path: str | Path) -> Path:
    """Write the current (or, archived, the latest) version of a checklist to a YAML file."""
    with db.session() as session:
        spec = checklist_spec(session, current_checklist(session, family))
    return _write(dump_checklist(_for_file(spec)), parse_checklist, path)


def journey_template(session: Session) -> JourneyTemplate:
    """The stored journey with its active standards, as the file format needs it."""
    stages = list(session.scalars(select(JourneyStage).order_by(JourneyStage.position,
                                                               JourneyStage.id)))
    roles = list(session.scalars(select(Role).order_by(Role.id)))
    stage_code = {s.id: s.code for s in stages}
    role_code = {r.id: r.code for r in roles}
    standards = []
    for s in session.scalars(select(Standard).where(Standard.active.is_(True))
                             .order_by(Standard.id)):
        if s.role_id is None:
            raise ValidationError(fill(translate(
                "TemplateFiles", "The standard “%1” names no role; the journey file needs one. "
                                 "Choose a role for it first."), localized(s.text)), "role_id")
        standards.append(StandardTemplate(s.code, stage_code[s.stage_id], role_code[s.role_id],
                                          to_i18n(s.text)))
    scenarios = []
    for c in session.scalars(select(Scenario).order_by(Scenario.id)):
        if c.stage_id is None:
            raise ValidationError(fill(translate(
                "TemplateFiles", "The scenario “%1” belongs to no stage; the journey file needs "
                                 "one. Choose a stage for it first."), localized(c.title)),
                "stage_id")
        risk, action = to_i18n(c.risk or c.title), to_i18n(c.action or c.title)
        scenarios.append(ScenarioTemplate(c.code, stage_code[c.stage_id], to_i18n(c.title),
                                          risk, action))
    duties = [StageRoleTemplate(stage_code[d.stage_id], role_code[d.role_id], to_i18n(d.duties))
              for d in session.scalars(select(StageRole).order_by(StageRole.id)) if d.duties]
    return JourneyTemplate(
        key="journey",
        stages=tuple(StageTemplate(s.code, to_i18n(s.name), to_i18n(s.description or s.name))
                     for s in stages),
        roles=tuple(RoleTemplate(r.code, to_i18n(r.name)) for r in roles),
        stage_roles=tuple(duties), standards=tuple(standards), scenarios=tuple(scenarios),
    )


def export_journey(db: Database, path: str | Path) -> Path:
    """Write the stages, roles, duties, active standards and scenarios to a YAML file."""
    with db.session() as session:
        spec = journey_template(session)
    return _write(dump_journey(_for_file(spec)), parse_journey, path)


def _exists(session: Session, template: Template) -> bool:
    if isinstance(template, SurveyTemplate):
        return bool(session.scalar(select(func.count()).where(Survey.family == template.key)))
    if isinstance(template, JourneyTemplate):
        return any(_taken(session, template).values())
    return bool(session.scalar(
        select(func.count()).where(ChecklistTemplate.family == template.key)))


def _taken(session: Session, spec: JourneyTemplate) -> dict[Any, set[str]]:
    """Per table, the codes of the file that the database already has."""
    lists = ((JourneyStage, spec.stages), (Role, spec.roles), (Standard, spec.standards),
             (Scenario, spec.scenarios))
    return {model: set(session.scalars(select(model.code))) & {x.code for x in entries}
            for model, entries in lists}


def preview_template(db: Database, path: str | Path) -> TemplatePreview:
    """Read a template file (TemplateError when it is damaged or foreign) and say what it is."""
    template = load_template(path)
    kind = ("survey" if isinstance(template, SurveyTemplate)
            else "journey" if isinstance(template, JourneyTemplate) else "checklist")
    with db.session() as session:
        exists = _exists(session, template)
    return TemplatePreview(kind, template.key, i18n_dict(template.name), exists)


def import_template(db: Database, path: str | Path, *, as_new_version: bool = False
                    ) -> ImportResult:
    """Install a template file in one transaction: a new family, or with `as_new_version` a
    new current version of the family with the same key (for a journey: update the stages,
    roles, standards and scenarios whose codes are already here). A clash without the flag
    raises ValidationError; a damaged or foreign file TemplateError; nothing is written then."""
    template = load_template(path)
    with db.begin() as session:
        exists = _exists(session, template)
        if exists and not as_new_version:
            raise ValidationError(fill(translate(
                "TemplateFiles", "“%1” is already here (key %2). Import it as a new version "
                                 "to replace it, or change the key in the file."),
                localized(i18n_dict(template.name)) or template.key, template.key), "key")
        if isinstance(template, SurveyTemplate):
            survey = save_survey_into(session, template.key if exists else None,
                                      validate_survey(template), new_version=True)
            return ImportResult("survey", survey.family, survey.id, survey.version, not exists)
        if isinstance(template, JourneyTemplate):
            return _import_journey(session, template)
        known = set(session.scalars(select(Standard.code)))
        dropped = sorted({i.standard for i in template.items() if i.standard} - known)
        spec = replace(template, sections=tuple(replace(s, items=tuple(
            replace(i, standard=None) if i.standard in dropped else i for i in s.items))
            for s in template.sections))
        checklist = save_checklist_into(session, template.key if exists else None,
                                        validate_checklist(spec, known), new_version=True)
        notes = tuple(fill(translate(
            "TemplateFiles", "The standard %1 is not in this database: its items were left "
                             "unlinked."), code) for code in dropped)
        return ImportResult("checklist", checklist.family, checklist.id, checklist.version,
                            not exists, notes)


def _import_journey(session: Session, spec: JourneyTemplate) -> ImportResult:
    """Add the stages, roles, duties, standards and scenarios of a file; update those whose
    code is already here."""
    stages = {s.code: s for s in session.scalars(select(JourneyStage))}
    last = max((s.position for s in stages.values()), default=0)
    for item in spec.stages:
        if item.code not in stages:
            last += 1
            stages[item.code] = JourneyStage(code=item.code, position=last, name={})
            session.add(stages[item.code])
        stages[item.code].name = i18n_dict(item.name)
        stages[item.code].description = i18n_dict(item.description)
    roles = {r.code: r for r in session.scalars(select(Role))}
    for role in spec.roles:
        if role.code not in roles:
            roles[role.code] = Role(code=role.code, name={})
            session.add(roles[role.code])
        roles[role.code].name = i18n_dict(role.name)
    session.flush()
    cells = {(d.stage_id, d.role_id): d for d in session.scalars(select(StageRole))}
    for duty in spec.stage_roles:
        key = (stages[duty.stage].id, roles[duty.role].id)
        if key not in cells:
            cells[key] = StageRole(stage_id=key[0], role_id=key[1])
            session.add(cells[key])
        cells[key].duties = i18n_dict(duty.duties)
    standards = {s.code: s for s in session.scalars(select(Standard))}
    for rule in spec.standards:
        standard = standards.get(rule.code) or Standard(code=rule.code, active=True)
        standard.stage_id, standard.role_id = stages[rule.stage].id, roles[rule.role].id
        standard.text = i18n_dict(rule.text)
        session.add(standard)
    scenarios = {c.code: c for c in session.scalars(select(Scenario))}
    for case in spec.scenarios:
        scenario = scenarios.get(case.code) or Scenario(code=case.code)
        scenario.stage_id, scenario.title = stages[case.stage].id, i18n_dict(case.title)
        scenario.risk, scenario.action = i18n_dict(case.risk), i18n_dict(case.action)
        session.add(scenario)
    session.flush()
    return ImportResult("journey", spec.key, None, None, False)
