"""The customer journey: ordered stages, roles and their duties, and the whole tree at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import ChecklistItem, JourneyStage, Role, Scenario, StageRole, Standard
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import fill, plural, translate
from cxdesk.services.org import count_where
from cxdesk.services.search import clean_texts, localized, make_code


@dataclass
class StageForm:
    name: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)


@dataclass
class RoleForm:
    name: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StageRow:
    id: int
    code: str
    position: int
    name: dict[str, str]
    description: dict[str, str]


@dataclass(frozen=True)
class RoleRow:
    id: int
    code: str
    name: dict[str, str]


@dataclass(frozen=True)
class StandardNode:
    id: int
    code: str
    text: dict[str, str]
    role_id: int | None
    active: bool
    item_count: int  # checklist items (of any version) that check it


@dataclass(frozen=True)
class RoleNode:
    """One role at one stage: its duties there and the standards it must meet."""

    id: int
    code: str
    name: dict[str, str]
    duties: dict[str, str]
    standards: tuple[StandardNode, ...]


@dataclass(frozen=True)
class ScenarioNode:
    id: int
    code: str
    title: dict[str, str]
    risk: dict[str, str]
    action: dict[str, str]


@dataclass(frozen=True)
class StageNode:
    id: int
    code: str
    position: int
    name: dict[str, str]
    description: dict[str, str]
    roles: tuple[RoleNode, ...]
    standards: tuple[StandardNode, ...]  # those that name no role
    scenarios: tuple[ScenarioNode, ...]


@dataclass(frozen=True)
class JourneyTree:
    stages: tuple[StageNode, ...]  # in journey order
    roles: tuple[RoleRow, ...]
    scenarios: tuple[ScenarioNode, ...]  # those tied to no stage


def get_row(session: Session, model: type, row_id: int) -> Any:
    """The row of `model` with `row_id`, or NotFoundError."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(fill(translate("Standards", "Record %1 no longer exists."), row_id))
    return row


def new_code(session: Session, model: Any, texts: dict[str, str], prefix: str) -> str:
    """A code for a new row of `model`, made from its text and unique in the table."""
    return make_code(localized(texts), set(session.scalars(select(model.code))), prefix)


def in_use(what: str, found: list[str]) -> InUseError:
    return InUseError(
        fill(
            translate("Standards", "“%1” cannot be deleted: it is used by %2."),
            what,
            ", ".join(found),
        )
    )


# ---- stages ---------------------------------------------------------------------------------


def list_stages(db: Database) -> list[StageRow]:
    with db.session() as session:
        stages = session.scalars(
            select(JourneyStage).order_by(JourneyStage.position, JourneyStage.id)
        )
        return [StageRow(s.id, s.code, s.position, s.name, s.description) for s in stages]


def create_stage(db: Database, form: StageForm) -> int:
    """A new stage at the end of the journey."""
    name = clean_texts(form.name, "name")
    description = clean_texts(form.description, "description", required=False)
    with db.begin() as session:
        last = session.scalar(select(func.max(JourneyStage.position))) or 0
        stage = JourneyStage(
            code=new_code(session, JourneyStage, name, "stage"),
            position=last + 1,
            name=name,
            description=description,
        )
        session.add(stage)
        session.flush()
        return stage.id


def update_stage(db: Database, stage_id: int, form: StageForm) -> None:
    name = clean_texts(form.name, "name")
    description = clean_texts(form.description, "description", required=False)
    with db.begin() as session:
        stage = get_row(session, JourneyStage, stage_id)
        stage.name, stage.description = name, description


def delete_stage(db: Database, stage_id: int) -> None:
    """Delete a stage without standards or scenarios (its duties go with it)."""
    with db.begin() as session:
        stage = get_row(session, JourneyStage, stage_id)
        found = []
        n = count_where(session, Standard.stage_id, stage_id)
        if n:
            found.append(plural(translate("Standards", "%n standard|%n standards"), n))
        n = count_where(session, Scenario.stage_id, stage_id)
        if n:
            found.append(plural(translate("Standards", "%n scenario|%n scenarios"), n))
        if found:
            raise in_use(localized(stage.name), found)
        session.delete(stage)
        session.flush()
        _renumber(session, _ordered(session))


def _ordered(session: Session) -> list[JourneyStage]:
    return list(
        session.scalars(select(JourneyStage).order_by(JourneyStage.position, JourneyStage.id))
    )


def _renumber(session: Session, stages: Sequence[JourneyStage]) -> None:
    for position, stage in enumerate(stages, start=1):
        stage.position = position


def move_stage(db: Database, stage_id: int, delta: int) -> None:
    """Move a stage `delta` places later (negative: earlier), stopping at either end."""
    with db.begin() as session:
        stages = _ordered(session)
        stage = get_row(session, JourneyStage, stage_id)
        index = stages.index(stage)
        stages.insert(max(0, min(len(stages) - 1, index + delta)), stages.pop(index))
        _renumber(session, stages)


def reorder_stages(db: Database, stage_ids: Sequence[int]) -> None:
    """Put the stages in the order of `stage_ids`, which must name every stage once."""
    with db.begin() as session:
        stages = {s.id: s for s in _ordered(session)}
        if sorted(stage_ids) != sorted(stages):
            raise ValidationError(
                translate("Standards", "The new order must list every stage exactly once."),
                "stages",
            )
        _renumber(session, [stages[i] for i in stage_ids])


# ---- roles and duties -----------------------------------------------------------------------


def list_roles(db: Database) -> list[RoleRow]:
    with db.session() as session:
        roles = [RoleRow(r.id, r.code, r.name) for r in session.scalars(select(Role))]
    return sorted(roles, key=lambda r: (localized(r.name).casefold(), r.id))


def create_role(db: Database, form: RoleForm) -> int:
    name = clean_texts(form.name, "name")
    with db.begin() as session:
        role = Role(code=new_code(session, Role, name, "role"), name=name)
        session.add(role)
        session.flush()
        return role.id


def update_role(db: Database, role_id: int, form: RoleForm) -> None:
    name = clean_texts(form.name, "name")
    with db.begin() as session:
        get_row(session, Role, role_id).name = name


def delete_role(db: Database, role_id: int) -> None:
    """Delete a role no standard names (its duties go with it)."""
    with db.begin() as session:
        role = get_row(session, Role, role_id)
        n = count_where(session, Standard.role_id, role_id)
        if n:
            raise in_use(
                localized(role.name),
                [plural(translate("Standards", "%n standard|%n standards"), n)],
            )
        session.delete(role)


def set_duties(db: Database, stage_id: int, role_id: int, duties: dict[str, str]) -> None:
    """What `role` does at `stage`; empty texts remove the role from that stage."""
    clean = clean_texts(duties, "duties", required=False)
    with db.begin() as session:
        get_row(session, JourneyStage, stage_id)
        get_row(session, Role, role_id)
        cell = session.scalar(
            select(StageRole).where(StageRole.stage_id == stage_id, StageRole.role_id == role_id)
        )
        if not clean:
            if cell is not None:
                session.delete(cell)
        elif cell is None:
            session.add(StageRole(stage_id=stage_id, role_id=role_id, duties=clean))
        else:
            cell.duties = clean


def get_stage(db: Database, stage_id: int) -> StageRow:
    with db.session() as session:
        s = get_row(session, JourneyStage, stage_id)
        return StageRow(s.id, s.code, s.position, s.name, s.description)


def get_role(db: Database, role_id: int) -> RoleRow:
    with db.session() as session:
        r = get_row(session, Role, role_id)
        return RoleRow(r.id, r.code, r.name)


# ---- the tree -------------------------------------------------------------------------------


def journey_tree(db: Database) -> JourneyTree:
    """Stages in order, each with its roles (duties and standards), role-less standards and
    scenarios: what the Standards tab and the printed handbook show."""
    with db.session() as session:
        counts = dict(
            session.execute(
                select(ChecklistItem.standard_id, func.count()).group_by(ChecklistItem.standard_id)
            ).all()
        )
        roles = sorted(
            (RoleRow(r.id, r.code, r.name) for r in session.scalars(select(Role))),
            key=lambda r: (localized(r.name).casefold(), r.id),
        )
        duties = {(d.stage_id, d.role_id): d.duties for d in session.scalars(select(StageRole))}
        standards: dict[tuple[int, int | None], list[StandardNode]] = {}
        for s in session.scalars(select(Standard).order_by(Standard.id)):
            node = StandardNode(s.id, s.code, s.text, s.role_id, s.active, counts.get(s.id, 0))
            standards.setdefault((s.stage_id, s.role_id), []).append(node)
        scenarios: dict[int | None, list[ScenarioNode]] = {}
        for c in session.scalars(select(Scenario).order_by(Scenario.id)):
            node_c = ScenarioNode(c.id, c.code, c.title, c.risk, c.action)
            scenarios.setdefault(c.stage_id, []).append(node_c)
        stages = []
        for stage in _ordered(session):
            role_nodes = tuple(
                RoleNode(
                    r.id,
                    r.code,
                    r.name,
                    duties.get((stage.id, r.id), {}),
                    tuple(standards.get((stage.id, r.id), ())),
                )
                for r in roles
                if (stage.id, r.id) in duties or (stage.id, r.id) in standards
            )
            stages.append(
                StageNode(
                    stage.id,
                    stage.code,
                    stage.position,
                    stage.name,
                    stage.description,
                    role_nodes,
                    tuple(standards.get((stage.id, None), ())),
                    tuple(scenarios.get(stage.id, ())),
                )
            )
    return JourneyTree(tuple(stages), tuple(roles), tuple(scenarios.get(None, ())))
