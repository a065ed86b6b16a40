"""Service-request insights: on time per priority, time bands, and the speed gap by month."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pandas as pd
import pytest
from sqlalchemy import func, select

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.models import Response
from cxdesk.db.queries import logs
from cxdesk.insights.requests import (
    BIN_EDGES,
    RequestsInsights,
    requests_insights,
    speed_answers,
    time_bins,
)

from .demo import NOTHING, YEAR, demo_database

NOW = datetime(2026, 6, 30, 12, 0)


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "requests", demo_template)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def requests(db) -> pd.DataFrame:
    with db.session() as session:
        return logs.requests_frame(session, YEAR)


@pytest.fixture(scope="module")
def year(db) -> RequestsInsights:
    return requests_insights(db, YEAR, now=NOW)


def _speed_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Response).where(
            Response.speed.is_not(None), Response.taken_at >= YEAR.start,
            Response.taken_at < YEAR.end))


def test_on_time_is_the_sla_metric_over_the_requests(year, requests, db):
    with db.session() as session:
        targets = logs.sla_targets(session)
    direct = metrics.sla(requests, targets, now=NOW)
    assert year.sla.on_time == direct.on_time
    assert year.on_time.value == pytest.approx(direct.on_time.value)
    assert year.on_time.moe is not None
    assert year.sla.satisfied.n == _speed_count(db)
    assert year.sla.gap == pytest.approx(direct.on_time.value - year.sla.satisfied.value)


def test_priorities_come_most_urgent_first_and_add_up(year, requests):
    assert [p.priority for p in year.priorities] == ["critical", "high", "normal", "low"]
    assert sum(p.n for p in year.priorities) == len(requests)
    assert sum(p.on_time.n for p in year.priorities) == year.sla.on_time.n
    high = next(p for p in year.priorities if p.priority == "high")
    assert high.target_minutes == 480
    minutes = requests[requests["priority"] == "high"].eval("resolved_at - registered_at")
    assert high.to_resolve.median == pytest.approx(minutes.dt.total_seconds().median() / 60)


def test_months_set_on_time_beside_satisfied_with_speed(year, requests, db):
    with db.session() as session:
        targets = logs.sla_targets(session)
    on_time = metrics.sla_by_month(requests, targets, None, now=NOW)
    assert [m.on_time_pct for m in year.monthly.months] == \
        [m.on_time_pct for m in on_time.months]
    assert sum(m.satisfied_n for m in year.monthly.months) == _speed_count(db)
    july = year.monthly.months[0]
    assert july.period == "2025-07"
    assert july.gap == pytest.approx(july.on_time_pct - july.satisfied_pct)


def test_time_bands_count_every_request_with_both_times(year, requests):
    resolve = next(b for b in year.bins if b.step == "resolve")
    assert sum(resolve.counts) == resolve.n == requests["resolved_at"].notna().sum()
    assert len(resolve.counts) == len(BIN_EDGES) + 1


def test_time_bands_by_hand():
    start = pd.Timestamp("2026-01-01 09:00")
    frame = pd.DataFrame({
        "requested_at": [start] * 4,
        "registered_at": [start] * 4,
        "taken_at": [start + pd.Timedelta(minutes=m) for m in (15, 16, 5000, 0)],
        "resolved_at": [pd.NaT] * 4,
    })
    take = next(b for b in time_bins(frame) if b.step == "take")
    assert take.counts[0] == 2  # 0 and exactly 15 minutes: "up to 15"
    assert take.counts[1] == 1  # 16 minutes
    assert take.counts[-1] == 1  # over three days
    assert next(b for b in time_bins(frame) if b.step == "resolve").n == 0


def test_speed_answers_unfold_the_histogram():
    hist = pd.DataFrame({"g0": ["2026-01", "2026-02", "2026-02"], "speed": [5, 2, None],
                         "count": [3, 1, 7]})
    answers = speed_answers(hist)
    assert list(answers["score"]) == [5, 5, 5, 2]
    assert answers["taken_at"].dt.strftime("%Y-%m").tolist() == ["2026-01"] * 3 + ["2026-02"]


def test_an_empty_period_shows_dashes(db):
    result = requests_insights(db, NOTHING, now=NOW)
    assert result.sla.n == 0 and result.on_time.value is None
    assert result.priorities == () and result.monthly.months == ()
    assert all(b.n == 0 for b in result.bins)
