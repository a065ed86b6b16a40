"""Standards insights: compliance per standard and per stage × role, and the checks behind."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import mystery
from cxdesk.insights.standards import StandardsInsights, standards_insights
from cxdesk.services.journey import journey_tree

from .demo import NOTHING, YEAR, demo_database


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "standards", demo_template)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def checks(db) -> pd.DataFrame:
    with db.session() as session:
        items = mystery.visit_items(session, YEAR)
    return items.dropna(subset=["standard"])


@pytest.fixture(scope="module")
def year(db) -> StandardsInsights:
    return standards_insights(db, YEAR)


def test_compliance_is_the_metric_over_the_linked_items(year, checks):
    direct = metrics.standard_compliance(checks[["standard", "answer"]])
    assert year.compliance.value == pytest.approx(direct.value)
    assert year.compliance.n == direct.n > 500
    assert {s.code: s.score.n for s in year.standards} == {p.name: p.n for p in direct.standards}


def test_standards_come_in_journey_order(year, db):
    tree = journey_tree(db)
    stage_index = {stage.code: i for i, stage in enumerate(tree.stages)}
    order = [stage_index[s.stage] for s in year.standards]
    assert order == sorted(order)
    assert all(s.text.get("en") for s in year.standards)


def test_a_cell_pools_the_checks_of_its_stage_and_role(year, checks, db):
    tree = journey_tree(db)
    stage = next(s for s in tree.stages if s.code == "sales_floor")
    seller = next(r for r in stage.roles if r.code == "seller")
    codes = {s.code for s in seller.standards}
    direct = metrics.standard_compliance(
        checks[checks["standard"].isin(codes)].assign(standard="cell")[["standard", "answer"]]
    )
    cell = year.cells["sales_floor", "seller"]
    assert cell.value == pytest.approx(direct.value)
    assert cell.n == direct.n


def test_the_checks_behind_a_cell_add_up_to_it(year):
    for (stage, role), cell in year.cells.items():
        behind = year.checks_of(stage, role)
        assert len(behind) == cell.n
        assert sum(c.passed for c in behind) == cell.earned
    assert set(year.stages) == {stage for stage, _ in year.cells}
    assert set(year.roles) == {role for _, role in year.cells}


def test_the_checks_of_one_standard_carry_visit_item_and_answer(year):
    weakest = min(year.standards, key=lambda s: s.score.value)
    behind = year.checks_of(standard=weakest.code)
    assert len(behind) == weakest.score.n
    failed = [c for c in behind if not c.passed]
    assert failed and all(c.answer in ("no", "1", "2", "3") for c in failed)
    assert all(c.location and c.item.get("en") for c in behind)
    stamps = [c.visited_at for c in year.checks]
    assert stamps == sorted(stamps, reverse=True)


def test_an_empty_period_has_no_cells(db):
    result = standards_insights(db, NOTHING)
    assert result.compliance.value is None and result.compliance.n == 0
    assert result.cells == {} and result.stages == () and result.roles == ()
    assert result.checks == () and result.standards == ()
