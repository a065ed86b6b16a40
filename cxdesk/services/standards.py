"""Service standards (observable behaviours per stage and role), scenarios, checklist links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    JourneyStage,
    Role,
    Scenario,
    Standard,
)
from cxdesk.errors import InUseError, ValidationError
from cxdesk.i18n import fill, plural, translate
from cxdesk.services.journey import (  # noqa: F401 - the Standards tab imports all from here
    JourneyTree,
    RoleForm,
    RoleNode,
    RoleRow,
    ScenarioNode,
    StageForm,
    StageNode,
    StageRow,
    StandardNode,
    create_role,
    create_stage,
    delete_role,
    delete_stage,
    get_role,
    get_row,
    get_stage,
    in_use,
    journey_tree,
    list_roles,
    list_stages,
    move_stage,
    new_code,
    reorder_stages,
    set_duties,
    update_role,
    update_stage,
)
from cxdesk.services.org import count_where
from cxdesk.services.search import clean_texts, localized, matches, terms


@dataclass
class StandardForm:
    text: dict[str, str] = field(default_factory=dict)
    stage_id: int | None = None
    role_id: int | None = None
    active: bool = True


@dataclass
class ScenarioForm:
    title: dict[str, str] = field(default_factory=dict)
    risk: dict[str, str] = field(default_factory=dict)
    action: dict[str, str] = field(default_factory=dict)
    stage_id: int | None = None


@dataclass(frozen=True)
class StandardRow:
    id: int
    code: str
    text: dict[str, str]
    stage_id: int
    stage_name: dict[str, str]
    stage_position: int
    role_id: int | None
    role_name: dict[str, str]  # {} when no role is named
    active: bool
    item_count: int  # checklist items (of any version) that check it
    created_at: datetime | None


@dataclass(frozen=True)
class ScenarioRow:
    id: int
    code: str
    title: dict[str, str]
    risk: dict[str, str]
    action: dict[str, str]
    stage_id: int | None
    stage_name: dict[str, str]


# ---- standards ------------------------------------------------------------------------------


def _standard_row(s: Standard, items: int) -> StandardRow:
    return StandardRow(
        s.id,
        s.code,
        s.text,
        s.stage_id,
        s.stage.name,
        s.stage.position,
        s.role_id,
        s.role.name if s.role else {},
        s.active,
        items,
        s.created_at,
    )


def standard_rows(session: Session, query: Any = None) -> list[StandardRow]:
    """Standards (of `query`, else all) in journey order, with how many items check each."""
    counts = dict(
        session.execute(
            select(ChecklistItem.standard_id, func.count()).group_by(ChecklistItem.standard_id)
        ).all()
    )
    if query is None:
        query = select(Standard)
    rows = [_standard_row(s, counts.get(s.id, 0)) for s in session.scalars(query)]
    return sorted(rows, key=lambda r: (r.stage_position, r.stage_id, r.id))


def list_standards(
    db: Database,
    search: str = "",
    stage_id: int | None = None,
    role_id: int | None = None,
    active_only: bool = False,
) -> list[StandardRow]:
    words = terms(search)
    with db.session() as session:
        rows = standard_rows(session)
    return [
        r
        for r in rows
        if (stage_id is None or r.stage_id == stage_id)
        and (role_id is None or r.role_id == role_id)
        and (r.active or not active_only)
        and matches(words, r.code, r.text, r.stage_name, r.role_name)
    ]


def get_standard(db: Database, standard_id: int) -> StandardRow:
    with db.session() as session:
        standard = get_row(session, Standard, standard_id)
        return _standard_row(standard, count_where(session, ChecklistItem.standard_id, standard_id))


def _apply_standard(session: Session, standard: Standard, form: StandardForm) -> None:
    text = clean_texts(form.text, "text")
    if form.stage_id is None:
        raise ValidationError(
            translate("Standards", "Choose the stage of the journey."), "stage_id"
        )
    get_row(session, JourneyStage, form.stage_id)
    if form.role_id is not None:
        get_row(session, Role, form.role_id)
    if not standard.code:
        standard.code = new_code(session, Standard, text, "standard")
    standard.text, standard.stage_id, standard.role_id = text, form.stage_id, form.role_id
    standard.active = bool(form.active)


def create_standard(db: Database, form: StandardForm) -> int:
    with db.begin() as session:
        standard = Standard(code="")
        _apply_standard(session, standard, form)
        session.add(standard)
        session.flush()
        return standard.id


def update_standard(db: Database, standard_id: int, form: StandardForm) -> None:
    with db.begin() as session:
        _apply_standard(session, get_row(session, Standard, standard_id), form)


def set_standard_active(db: Database, standard_id: int, active: bool) -> None:
    with db.begin() as session:
        get_row(session, Standard, standard_id).active = active


def delete_standard(db: Database, standard_id: int) -> None:
    """Delete a standard no checklist item checks; otherwise refuse (deactivate it instead)."""
    with db.begin() as session:
        standard = get_row(session, Standard, standard_id)
        n = count_where(session, ChecklistItem.standard_id, standard_id)
        if n:
            raise InUseError(
                fill(
                    translate(
                        "Standards",
                        "“%1” cannot be deleted: it is checked by %2. Deactivate it instead.",
                    ),
                    localized(standard.text),
                    plural(translate("Standards", "%n checklist item|%n checklist items"), n),
                )
            )
        session.delete(standard)


# ---- scenarios ------------------------------------------------------------------------------


def list_scenarios(
    db: Database, search: str = "", stage_id: int | None = None
) -> list[ScenarioRow]:
    words = terms(search)
    with db.session() as session:
        stages = {s.id: s for s in session.scalars(select(JourneyStage))}
        rows = []
        for s in session.scalars(select(Scenario).order_by(Scenario.id)):
            stage = stages.get(s.stage_id) if s.stage_id is not None else None
            row = ScenarioRow(
                s.id, s.code, s.title, s.risk, s.action, s.stage_id, stage.name if stage else {}
            )
            if (stage_id is None or s.stage_id == stage_id) and matches(
                words, s.title, s.risk, s.action, row.stage_name
            ):
                rows.append((stage.position if stage else 1 << 30, row))
    return [row for _, row in sorted(rows, key=lambda pair: (pair[0], pair[1].id))]


def _apply_scenario(session: Session, scenario: Scenario, form: ScenarioForm) -> None:
    title = clean_texts(form.title, "title")
    if form.stage_id is not None:
        get_row(session, JourneyStage, form.stage_id)
    if not scenario.code:
        scenario.code = new_code(session, Scenario, title, "scenario")
    scenario.title, scenario.stage_id = title, form.stage_id
    scenario.risk = clean_texts(form.risk, "risk", required=False)
    scenario.action = clean_texts(form.action, "action", required=False)


def create_scenario(db: Database, form: ScenarioForm) -> int:
    with db.begin() as session:
        scenario = Scenario(code="")
        _apply_scenario(session, scenario, form)
        session.add(scenario)
        session.flush()
        return scenario.id


def update_scenario(db: Database, scenario_id: int, form: ScenarioForm) -> None:
    with db.begin() as session:
        _apply_scenario(session, get_row(session, Scenario, scenario_id), form)


def delete_scenario(db: Database, scenario_id: int) -> None:
    with db.begin() as session:
        session.delete(get_row(session, Scenario, scenario_id))


def get_scenario(db: Database, scenario_id: int) -> ScenarioRow:
    with db.session() as session:
        s = get_row(session, Scenario, scenario_id)
        stage = session.get(JourneyStage, s.stage_id) if s.stage_id is not None else None
        return ScenarioRow(
            s.id, s.code, s.title, s.risk, s.action, s.stage_id, stage.name if stage else {}
        )


# ---- checklist links ------------------------------------------------------------------------


def link_item(db: Database, standard_id: int, item_id: int) -> None:
    """Let a checklist item check a standard (an item checks one standard at most)."""
    with db.begin() as session:
        get_row(session, Standard, standard_id)
        get_row(session, ChecklistItem, item_id).standard_id = standard_id


def unlink_item(db: Database, standard_id: int, item_id: int) -> None:
    """Stop an item checking the standard; an item linked to another one stays as it is."""
    with db.begin() as session:
        item = get_row(session, ChecklistItem, item_id)
        if item.standard_id == standard_id:
            item.standard_id = None


def unchecked_standards(db: Database) -> list[StandardRow]:
    """Active standards that no item of any current checklist version checks."""
    checked = (
        select(ChecklistItem.standard_id)
        .join(ChecklistSection, ChecklistItem.section_id == ChecklistSection.id)
        .join(ChecklistTemplate, ChecklistSection.template_id == ChecklistTemplate.id)
        .where(ChecklistTemplate.current.is_(True), ChecklistItem.standard_id.is_not(None))
    )
    with db.session() as session:
        return standard_rows(
            session, select(Standard).where(Standard.active.is_(True), Standard.id.not_in(checked))
        )
