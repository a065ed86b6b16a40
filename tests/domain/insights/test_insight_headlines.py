"""The cards of the five pages, compared with a previous period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries.filters import Filters
from cxdesk.insights import headlines
from cxdesk.insights.mystery import mystery_insights
from cxdesk.insights.requests import requests_insights
from cxdesk.insights.sales import sales_insights
from cxdesk.insights.staff import staff_insights
from cxdesk.insights.standards import standards_insights
from cxdesk.metrics.compare import proportion_difference

from .demo import HALF, demo_database

BEFORE = Filters(date(2025, 7, 1), date(2025, 12, 31))
NOW = datetime(2026, 6, 30, 12, 0)


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "headlines", demo_template)
    yield database
    database.dispose()


def test_mystery_cards_compare_the_pass_rate_and_only_show_the_score_change(db):
    now, before = mystery_insights(db, HALF), mystery_insights(db, BEFORE)
    score, passed = headlines.mystery_headlines(now, before)
    assert score.value == now.rollup.value and score.visits == now.rollup.n_visits
    assert score.change == pytest.approx(now.rollup.value - before.rollup.value)
    assert score.significant is None and not score.tested
    test = proportion_difference(before.rollup.visits_passed, before.rollup.n_visits,
                                 now.rollup.visits_passed, now.rollup.n_visits)
    assert passed.change == pytest.approx(test.difference)
    assert passed.significant == test.significant and passed.tested
    assert passed.low is not None and passed.high is not None


def test_cards_without_a_comparison_have_no_change(db):
    (kept,) = headlines.standards_headlines(standards_insights(db, HALF))
    assert kept.value is not None and kept.change is None and kept.previous is None


def test_sales_cards_test_only_the_nps(db):
    now, before = sales_insights(db, HALF), sales_insights(db, BEFORE)
    cards = {h.key: h for h in headlines.sales_headlines(now, before)}
    assert cards["revenue"].value == pytest.approx(now.revenue)
    assert cards["revenue"].change == pytest.approx(now.revenue - before.revenue)
    assert not cards["revenue"].tested and not cards["pareto"].tested
    nps = metrics.nps_difference(before.known_nps, now.known_nps)
    assert cards["known_nps"].change == pytest.approx(nps.difference)
    assert cards["known_nps"].moe == pytest.approx(now.known_nps.moe)


def test_request_cards(db):
    now = requests_insights(db, HALF, now=NOW)
    before = requests_insights(db, BEFORE, now=NOW)
    cards = {h.key: h for h in headlines.requests_headlines(now, before)}
    assert cards["on_time"].value == now.sla.on_time.value
    assert cards["satisfied"].n == now.sla.satisfied.n
    assert cards["gap"].value == pytest.approx(now.sla.gap)
    assert cards["resolve"].value == now.sla.to_resolve.median
    assert cards["on_time"].tested and not cards["gap"].tested


def test_staff_cards(db):
    now, before = staff_insights(db, HALF), staff_insights(db, BEFORE)
    soco, mystery, nps = headlines.staff_headlines(now, before)
    assert soco.value == now.soco.value and soco.n == now.soco.n
    assert mystery.visits == now.mystery.n_visits
    assert nps.significant == metrics.nps_difference(before.nps, now.nps).significant
