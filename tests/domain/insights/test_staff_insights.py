"""Staff insights: SOCO, the mystery score of observed visits, and their customers' NPS."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.models import Response, Staff
from cxdesk.db.queries import answers, mystery
from cxdesk.insights.staff import StaffInsights, staff_insights

from .demo import NOTHING, YEAR, demo_database


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "staff", demo_template)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def year(db) -> StaffInsights:
    return staff_insights(db, YEAR)


def _row(result: StaffInsights, staff_id: int):
    return next(r for r in result.rows if r.staff == staff_id)


def test_everyone_on_the_staff_list_has_a_row(year, db):
    with db.session() as session:
        staff = session.execute(select(Staff.id, Staff.name)).all()
    assert {r.staff for r in year.rows} == {i for i, _ in staff}
    names = [r.name.casefold() for r in year.rows]
    assert names == sorted(names)


def test_soco_is_the_metric_over_the_latest_questionnaires(year, db):
    with db.session() as session:
        direct = metrics.soco(answers.soco_answers(session, YEAR))
    assert year.soco.value == pytest.approx(direct.value)
    for person in direct.people:
        assert _row(year, person.person).soco == person


def test_the_mystery_score_pools_the_visits_that_observed_them(year, db):
    with db.session() as session:
        items = mystery.visit_items(session, YEAR)
        observed = mystery.visit_staff_frame(session, YEAR)
    person = int(observed["staff"].value_counts().index[0])
    visits = observed.loc[observed["staff"] == person, "visit"]
    direct = metrics.visits_rollup(items[items["visit"].isin(visits)])
    row = _row(year, person)
    assert row.mystery.value == pytest.approx(direct.value)
    assert row.mystery.n == direct.n and row.mystery.n_visits == len(visits)
    assert year.mystery.n_visits == observed["visit"].nunique()


def test_nps_is_that_of_the_customers_they_served(year, db):
    person = year.rows[0].staff
    with db.session() as session:
        scores = session.scalars(select(Response.nps).where(
            Response.staff_id == person, Response.nps.is_not(None),
            Response.taken_at >= YEAR.start, Response.taken_at < YEAR.end)).all()
    direct = metrics.nps(scores)
    row = _row(year, person)
    assert row.nps.value == pytest.approx(direct.value)
    assert row.nps.n == direct.n > 30
    assert row.nps.moe == pytest.approx(direct.moe)
    assert year.nps.n == sum(r.nps.n for r in year.rows)


def test_someone_never_observed_nor_rated_shows_dashes(year):
    manager = next(r for r in year.rows if r.location == "")
    assert manager.mystery.value is None and manager.mystery.n == 0
    assert manager.nps.value is None and manager.nps.n == 0
    assert manager.soco is not None and manager.soco.complete


def test_a_location_lists_its_own_people(db, year):
    shop = next(r for r in year.rows if r.location == "Центр")
    with db.session() as session:
        location_id = session.scalar(select(Staff.location_id).where(Staff.id == shop.staff))
    result = staff_insights(db, replace(YEAR, location_ids=(location_id,)))
    assert {r.location for r in result.rows} == {"Центр"}
    assert result.soco.n == len(result.rows)


def test_an_empty_period_lists_the_active_staff_with_dashes(db):
    result = staff_insights(db, NOTHING)
    assert result.rows and all(r.soco is None for r in result.rows)
    assert result.soco.value is None and result.nps.value is None
    assert result.mystery.value is None
