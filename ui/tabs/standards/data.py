"""Everything the Standards page shows, read in one background call through the services."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cxdesk.db.database import Database
from cxdesk.services import checklist_templates, standard_links, standards
from cxdesk.services.checklist_templates import ChecklistRow
from cxdesk.services.standards import RoleRow, ScenarioRow, StageRow, StandardRow
from cxdesk.services.visit_detail import SectionInfo


@dataclass(frozen=True)
class DutyRow:
    """What one role does at one stage."""

    stage_id: int
    stage_position: int
    stage_name: dict[str, str]
    role_id: int
    role_name: dict[str, str]
    duties: dict[str, str]


@dataclass(frozen=True)
class RoleEntry:
    role: RoleRow
    stage_count: int  # stages where it has duties
    standard_count: int  # standards that name it

    @property
    def id(self) -> int:
        return self.role.id


@dataclass(frozen=True)
class StandardEntry:
    row: StandardRow
    checks: int  # items of the checklists in use that check it
    unchecked: bool  # active, and no checklist in use checks it

    @property
    def id(self) -> int:
        return self.row.id


@dataclass(frozen=True)
class JourneyData:
    stages: tuple[StageRow, ...]
    roles: tuple[RoleEntry, ...]
    standards: tuple[StandardEntry, ...]
    scenarios: tuple[ScenarioRow, ...]
    duties: tuple[DutyRow, ...]
    checklists: tuple[ChecklistRow, ...]  # those in use (not archived)
    items: dict[int, tuple[SectionInfo, ...]]  # per checklist in use: its sections and items

    @property
    def unchecked_count(self) -> int:
        return sum(entry.unchecked for entry in self.standards)

    def stage(self, stage_id: int | None) -> StageRow | None:
        return next((s for s in self.stages if s.id == stage_id), None)


EMPTY = JourneyData((), (), (), (), (), (), {})


def load_journey(db: Database) -> JourneyData:
    stages = standards.list_stages(db)
    tree = standards.journey_tree(db)
    rows = standards.list_standards(db)
    unchecked = {row.id for row in standards.unchecked_standards(db)}
    checklists = checklist_templates.list_checklists(db)
    items = {c.id: standard_links.checklist_items(db, c.id) for c in checklists}
    checks = Counter(info.standard_code for sections in items.values()
                     for section in sections for info in section.items if info.standard_code)
    duties = tuple(
        DutyRow(stage.id, stage.position, stage.name, role.id, role.name, role.duties)
        for stage in tree.stages for role in stage.roles if role.duties
    )
    named = Counter(row.role_id for row in rows if row.role_id is not None)
    staged = Counter(duty.role_id for duty in duties)
    roles = tuple(RoleEntry(role, staged[role.id], named[role.id]) for role in tree.roles)
    return JourneyData(
        stages=tuple(stages),
        roles=roles,
        standards=tuple(StandardEntry(row, checks[row.code], row.id in unchecked)
                        for row in rows),
        scenarios=tuple(standards.list_scenarios(db)),
        duties=duties,
        checklists=tuple(checklists),
        items=items,
    )
