"""Customers-and-sales insights: growth, ABC × XYZ, Pareto, loyalty and known customers."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace

import pandas as pd
import pytest
from sqlalchemy import select

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.models import Customer, Response, SalesFigure
from cxdesk.insights.loyalty import category
from cxdesk.insights.sales import SalesInsights, sales_insights

from .demo import NOTHING, YEAR, demo_database


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "sales", demo_template)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def year(db) -> SalesInsights:
    return sales_insights(db, YEAR)


def _figures(db) -> pd.DataFrame:
    with db.session() as session:
        rows = session.execute(select(SalesFigure.period_start, SalesFigure.customer_id,
                                      SalesFigure.location_id, SalesFigure.revenue)).all()
    frame = pd.DataFrame(rows, columns=["period", "customer", "location", "revenue"])
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def test_months_are_the_shop_totals_with_a_year_over_year_base(year, db):
    figures = _figures(db)
    totals = figures[figures["customer"].isna()].groupby("period")["revenue"].sum()
    direct = {r.period: r for r in metrics.growth(totals).rows}
    assert [r.period for r in year.months][0] == "2025-07"
    assert year.months[-1].period == "2026-05"  # the demo's last full month
    for row in year.months:
        assert row.value == pytest.approx(direct[row.period].value)
        assert row.yoy == pytest.approx(direct[row.period].yoy)
    assert year.months[0].yoy is not None  # its base lies before the period: read anyway
    assert year.revenue == pytest.approx(sum(r.value for r in year.months))
    assert not year.from_details


def test_cagr_runs_over_the_period(year, db):
    figures = _figures(db)
    totals = figures[figures["customer"].isna()].groupby("period")["revenue"].sum()
    direct = metrics.cagr_from_series(totals[totals.index >= pd.Timestamp("2025-07-01")])
    assert year.cagr.value == pytest.approx(direct.value)
    assert year.cagr.years == pytest.approx(10 / 12)


def test_abc_and_pareto_rank_the_customers_by_their_revenue(year, db):
    figures = _figures(db)
    mine = figures[figures["customer"].notna()
                   & (figures["period"] >= pd.Timestamp("2025-07-01"))]
    revenue = mine.groupby("customer")["revenue"].sum()
    assert year.abc_by == "customer"
    assert year.abc.n == len(revenue) == 60
    assert {k.key: k.abc for k in year.keys} == {int(k): v for k, v in
                                                 metrics.abc(revenue).class_of().items()}
    ordered = revenue.sort_values(ascending=False)
    top = math.ceil(0.2 * len(ordered))
    assert year.pareto.value == pytest.approx(100 * ordered.iloc[:top].sum() / ordered.sum())
    assert year.pareto_curve[0] == (0.0, 0.0)
    assert year.pareto_curve[-1] == pytest.approx((100.0, 100.0))


def test_the_matrix_counts_every_customer_once(year):
    assert sum(c.n for c in year.matrix.cells) + year.matrix.unclassified == year.abc.n
    assert sum(c.share for c in year.matrix.cells) == pytest.approx(100.0)
    xyz = {r.key: r.cls for r in year.xyz.rows}
    assert all(k.xyz == xyz[k.key] for k in year.keys)
    assert all(k.months == 11 for k in year.keys)  # zeros filled: every month counts


def test_names_are_shown_only_with_consent(year, db):
    with db.session() as session:
        consent = dict(session.execute(select(Customer.id, Customer.consent)).all())
    for key in year.keys:
        assert key.label.startswith("#") != consent[key.key]
    for person in year.known:
        assert (person.name is not None) == consent[person.customer]


def test_loyalty_rows_count_every_customer_and_judge_the_latest_answer(year, db):
    with db.session() as session:
        people = session.execute(select(Customer.id, Customer.loyalty)).all()
        answers = session.execute(
            select(Response.customer_id, Response.nps)
            .where(Response.customer_id.is_not(None), Response.nps.is_not(None),
                   Response.taken_at >= YEAR.start, Response.taken_at < YEAR.end)
            .order_by(Response.taken_at, Response.id)).all()
    assert sum(r.n for r in year.loyalty) == len(people)
    latest = dict(answers)  # the last one of each customer wins
    dedicated = {i for i, loyalty in people if loyalty == "dedicated"}
    row = next(r for r in year.loyalty if r.loyalty == "dedicated")
    direct = metrics.nps([s for c, s in latest.items() if c in dedicated])
    assert row.nps.value == pytest.approx(direct.value)
    assert year.known_nps.n == len(latest)
    assert sum(r.revenue_share for r in year.loyalty) == pytest.approx(100.0)


def test_known_customers_are_the_promoters_and_detractors(year):
    kinds = {p.category for p in year.known}
    assert kinds == {"promoter", "detractor"}
    assert len(year.known) == year.known_nps.promoters + year.known_nps.detractors
    assert all(category(p.score) == p.category for p in year.known)
    assert year.known[0].revenue == max(p.revenue or 0 for p in year.known)
    assert category(9) == "promoter" and category(7) == "passive" and category(6) == "detractor"


def test_a_segment_narrows_the_customers_but_not_the_totals(db, year):
    wholesale = sales_insights(db, replace(YEAR, segments=("опт",)))
    assert 0 < wholesale.abc.n < year.abc.n
    assert wholesale.revenue == pytest.approx(year.revenue)
    assert wholesale.totals_uncut
    assert sum(r.n for r in wholesale.loyalty) < sum(r.n for r in year.loyalty)


def test_a_location_keeps_its_totals_and_the_unlocated_customers(db, year):
    one = sales_insights(db, replace(YEAR, location_ids=(1,)))
    assert one.revenue < year.revenue
    assert one.abc.n == year.abc.n and one.unlocated_kept


def test_an_empty_period_shows_dashes(db):
    result = sales_insights(db, NOTHING)
    assert result.months == () and result.revenue == 0
    assert result.cagr.value is None and result.pareto.value is None
    assert result.abc_by is None and result.keys == () and result.pareto_curve == ()
    assert result.known_nps.value is None and result.known == ()
