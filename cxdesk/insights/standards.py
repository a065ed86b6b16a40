"""The Standards page: compliance per standard and per journey stage × role, with the checks
(checklist answers of the period's visits) behind every figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import labels, mystery
from cxdesk.db.queries.filters import Filters
from cxdesk.insights._common import I18n, text_of
from cxdesk.services.journey import journey_tree

OTHER_STAGE = ""  # standards no stage holds any more (deleted since the visit) pool here
CELL_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class StandardRow:
    code: str
    text: I18n
    stage: str  # stage code, OTHER_STAGE when unknown
    role: str | None  # role code; None when the standard names no role
    score: metrics.PartScore  # % of checks passed, n checks


@dataclass(frozen=True)
class CheckRow:
    """One checklist answer that judged a standard."""

    visit: int
    visited_at: datetime
    location: str
    standard: str
    stage: str
    role: str | None
    item: I18n
    answer: str
    passed: bool
    comment: str


@dataclass(frozen=True)
class StandardsInsights:
    filters: Filters
    compliance: metrics.ComplianceResult  # all checks pooled, and per standard
    standards: tuple[StandardRow, ...]  # journey order, then the unknown ones
    stages: tuple[str, ...]  # heat-map rows: stage codes in journey order (+ OTHER_STAGE)
    roles: tuple[str | None, ...]  # heat-map columns: role codes (None: no role named)
    cells: dict[tuple[str, str | None], metrics.PartScore]  # (stage, role) with checks
    checks: tuple[CheckRow, ...]  # newest first
    stage_names: dict[str, I18n]
    role_names: dict[str, I18n]
    standard_texts: dict[str, I18n]

    def checks_of(self, stage: str | None = None, role: str | None = "*",
                  standard: str | None = None) -> tuple[CheckRow, ...]:
        """The checks behind one heat-map cell (stage and role; role None = no role named)
        or one standard; "*" or None leaves that part open."""
        return tuple(
            c for c in self.checks
            if (stage is None or c.stage == stage)
            and (role == "*" or c.role == role)
            and (standard is None or c.standard == standard)
        )


def _answer_text(answer) -> str:
    if isinstance(answer, float) and answer.is_integer():
        return str(int(answer))
    return str(answer)


def _checks(items: pd.DataFrame) -> pd.DataFrame:
    rows = items.dropna(subset=["standard"]).copy()
    rows["passed"] = rows["answer"].map(metrics.check_passed)
    return rows.dropna(subset=["passed"])


def standards_insights(db: Database, filters: Filters) -> StandardsInsights:
    tree = journey_tree(db)
    with db.session() as session:
        items = mystery.visit_items(session, filters)
        names = labels.location_names(session)
        _, item_texts = labels.checklist_texts(session)
    role_codes = {r.id: r.code for r in tree.roles}
    place: dict[str, tuple[str, str | None]] = {}
    texts: dict[str, I18n] = {}
    for node_stage in tree.stages:
        nodes = [*node_stage.standards,
                 *(s for role in node_stage.roles for s in role.standards)]
        for node in nodes:
            role = role_codes.get(node.role_id) if node.role_id is not None else None
            place[node.code] = (node_stage.code, role)
            texts[node.code] = node.text
    checks = _checks(items)
    compliance = metrics.standard_compliance(checks[["standard", "passed"]])
    order = {code: i for i, code in enumerate(place)}
    parts = sorted(compliance.standards, key=lambda p: (order.get(p.name, len(order)), p.name))
    standards = tuple(
        StandardRow(p.name, text_of(texts, p.name), *place.get(p.name, (OTHER_STAGE, None)), p)
        for p in parts
    )
    where = [place.get(code, (OTHER_STAGE, None)) for code in checks["standard"]]
    cell_keys = [f"{stage}{CELL_SEPARATOR}{role or ''}" for stage, role in where]
    by_cell = metrics.standard_compliance(pd.DataFrame({
        "standard": cell_keys, "passed": checks["passed"].to_numpy(),
    }))
    cells: dict[tuple[str, str | None], metrics.PartScore] = {}
    for part in by_cell.standards:
        stage, role = part.name.split(CELL_SEPARATOR)
        cells[stage, role or None] = part
    stage_order = [s.code for s in tree.stages] + [OTHER_STAGE]
    role_order = [r.code for r in tree.roles] + [None]
    rows = [
        CheckRow(int(r.visit), r.visited_at, names.get(int(r.location), ""), r.standard,
                 stage, role, text_of(item_texts, (r.section, r.item)), _answer_text(r.answer),
                 bool(r.passed), r.comment or "")
        for r, (stage, role) in zip(checks.itertuples(), where, strict=True)
    ]
    rows.sort(key=lambda c: (c.visited_at, c.visit), reverse=True)
    return StandardsInsights(
        filters=filters,
        compliance=compliance,
        standards=standards,
        stages=tuple(s for s in stage_order if any(k[0] == s for k in cells)),
        roles=tuple(r for r in role_order if any(k[1] == r for k in cells)),
        cells=cells,
        checks=tuple(rows),
        stage_names={s.code: s.name for s in tree.stages},
        role_names={r.code: r.name for r in tree.roles},
        standard_texts=texts,
    )
