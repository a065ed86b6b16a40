"""The service standard as one ordered tree: stages → roles, standards, scenarios."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.models import JourneyStage, Role, Scenario, StageRole, Standard

I18n = dict[str, Any]  # {"ru": …, "uk": …, "en": …}; the report picks the language


@dataclass(frozen=True)
class RoleDuty:
    """What one role does at one stage."""

    role_code: str
    role: I18n
    duties: I18n


@dataclass(frozen=True)
class StandardItem:
    code: str
    text: I18n
    role: I18n | None  # the role that must do it, when the standard names one


@dataclass(frozen=True)
class ScenarioItem:
    code: str
    title: I18n
    risk: I18n
    action: I18n


@dataclass(frozen=True)
class StageSection:
    code: str
    position: int
    name: I18n
    description: I18n
    roles: tuple[RoleDuty, ...]
    standards: tuple[StandardItem, ...]
    scenarios: tuple[ScenarioItem, ...]


@dataclass(frozen=True)
class HandbookData:
    """Everything the staff handbook prints, in journey order."""

    stages: tuple[StageSection, ...]
    general_scenarios: tuple[ScenarioItem, ...]  # hard cases not tied to one stage

    @property
    def standard_count(self) -> int:
        return sum(len(stage.standards) for stage in self.stages)


def load_handbook(session: Session, *, active_only: bool = True) -> HandbookData:
    """Stages by position, each with its roles (by role), standards (retired ones left out
    unless `active_only` is False) and scenarios, in the order they were written."""
    stages = session.scalars(select(JourneyStage).order_by(JourneyStage.position,
                                                           JourneyStage.id)).all()
    roles: dict[int, list[RoleDuty]] = defaultdict(list)
    duty_rows = session.execute(
        select(StageRole.stage_id, Role.code, Role.name, StageRole.duties)
        .join(Role, Role.id == StageRole.role_id)
        .order_by(StageRole.stage_id, Role.id)
    )
    for stage_id, code, name, duties in duty_rows:
        roles[stage_id].append(RoleDuty(code, dict(name or {}), dict(duties or {})))

    standards: dict[int, list[StandardItem]] = defaultdict(list)
    query = (
        select(Standard.stage_id, Standard.code, Standard.text, Role.name)
        .outerjoin(Role, Role.id == Standard.role_id)
        .order_by(Standard.stage_id, Standard.id)
    )
    if active_only:
        query = query.where(Standard.active.is_(True))
    for stage_id, code, text, role_name in session.execute(query):
        role = dict(role_name) if role_name else None
        standards[stage_id].append(StandardItem(code, dict(text or {}), role))

    scenarios: dict[int | None, list[ScenarioItem]] = defaultdict(list)
    for scenario in session.scalars(select(Scenario).order_by(Scenario.id)):
        scenarios[scenario.stage_id].append(ScenarioItem(
            scenario.code, dict(scenario.title or {}), dict(scenario.risk or {}),
            dict(scenario.action or {}),
        ))

    sections = tuple(
        StageSection(
            stage.code, stage.position, dict(stage.name or {}), dict(stage.description or {}),
            tuple(roles[stage.id]), tuple(standards[stage.id]), tuple(scenarios[stage.id]),
        )
        for stage in stages
    )
    return HandbookData(sections, tuple(scenarios[None]))
