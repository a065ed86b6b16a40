"""Mystery-shopping insights checked against the metric functions on the same rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pandas as pd
import pytest

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import labels, mystery
from cxdesk.insights._common import proportion, trend_freq
from cxdesk.insights.mystery import MysteryInsights, mystery_insights, pool

from .demo import HALF, NOTHING, YEAR, demo_database


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "mystery", demo_template)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def items(db) -> pd.DataFrame:
    with db.session() as session:
        return mystery.visit_items(session, YEAR)


@pytest.fixture(scope="module")
def year(db) -> MysteryInsights:
    return mystery_insights(db, YEAR)


def test_the_period_score_is_the_roll_up_of_its_visits(year, items):
    direct = metrics.visits_rollup(items)
    assert year.rollup.value == pytest.approx(direct.value)
    assert year.rollup.n == direct.n
    assert year.passed.n == direct.n_visits == len(year.visits) > 20
    assert year.passed.value == pytest.approx(100 * direct.visits_passed / direct.n_visits)
    assert year.passed.moe is not None


def test_visits_come_newest_first_with_their_own_score(year, items):
    stamps = [v.visited_at for v in year.visits]
    assert stamps == sorted(stamps, reverse=True)
    newest = year.visits[0]
    alone = metrics.visit_score(items[items["visit"] == newest.visit])
    assert newest.score.value == pytest.approx(alone.value)
    assert newest.score.passed == alone.passed
    assert newest.shopper and newest.location


def test_a_heat_map_cell_is_the_roll_up_of_that_location_and_section(year, items):
    row = year.heat[0]
    section = year.sections[2]
    cell = row.cells[2]
    rows = items[(items["location"] == row.location_id) & (items["section"] == section)]
    direct = metrics.visits_rollup(rows)
    assert cell is not None
    assert cell.value == pytest.approx(direct.value)
    assert cell.n == direct.n
    assert row.n_visits == items.loc[items["location"] == row.location_id, "visit"].nunique()


def test_heat_map_rows_are_the_locations_and_columns_the_sections(year, db):
    with db.session() as session:
        names = labels.location_names(session)
    assert {r.location for r in year.heat} == set(names.values())
    assert all(len(r.cells) == len(year.sections) for r in year.heat)
    assert year.sections[0] == "website"  # checklist order, not alphabetical
    assert year.section_names["website"]["ru"]


def test_failed_critical_items_belong_to_failed_visits(year):
    failed_visits = {v.visit for v in year.visits if not v.score.passed}
    assert failed_visits, "the demo has visits that failed on a critical item"
    assert {f.visit for f in year.failed} == failed_visits
    expected = sum(len(set(v.score.failed_critical)) for v in year.visits if not v.score.passed)
    assert len(year.failed) == expected
    assert all(f.item.get("en") for f in year.failed)


def test_the_trend_pools_each_month(year, items):
    assert trend_freq(YEAR) == "month"
    assert sum(p.result.n_visits for p in year.trend.points) == len(year.visits)
    june = next(p for p in year.trend.points if p.label == "2026-06")
    rows = items[items["visited_at"].dt.strftime("%Y-%m") == "2026-06"]
    assert june.result.value == pytest.approx(metrics.visits_rollup(rows).value)
    empty = [p for p in year.trend.points if p.result.n_visits == 0]
    assert all(p.result.value is None for p in empty)


def test_a_short_period_trends_by_week(db):
    quarter = replace(HALF, date_from=HALF.date_to.replace(day=1, month=5))
    result = mystery_insights(db, quarter)
    assert all("-W" in p.label for p in result.trend.points)


def test_shoppers_split_the_visits_and_are_compared_with_the_others(year, items, db):
    assert sum(s.n_visits for s in year.shoppers) == len(year.visits)
    first = year.shoppers[0]
    theirs = [v.visit for v in year.visits if v.shopper == first.shopper]
    direct = metrics.visits_rollup(items[items["visit"].isin(theirs)])
    assert first.value == pytest.approx(direct.value)
    others = [v.visit for v in year.visits if v.shopper != first.shopper]
    assert first.offset == pytest.approx(
        direct.value - metrics.visits_rollup(items[items["visit"].isin(others)]).value
    )


def test_an_empty_period_shows_nothing_rather_than_zero(db):
    result = mystery_insights(db, NOTHING)
    assert result.rollup.value is None and result.passed.value is None
    assert result.visits == result.heat == result.failed == result.shoppers == ()
    assert result.trend.points == ()


def test_pool_is_a_ratio_of_sums_and_proportion_has_a_margin(year):
    two = year.visits[:2]
    pooled = pool(v.score for v in two)
    earned = sum(v.score.earned for v in two)
    possible = sum(v.score.possible for v in two)
    assert pooled.value == pytest.approx(100 * earned / possible)
    assert pooled.n_visits == 2
    assert proportion(3, 4).value == 75.0
    assert 0 < proportion(3, 4).moe < 50
    assert proportion(0, 0).value is None and proportion(0, 0).moe is None
