"""The analysis pages' core: periods and comparisons, the headline cards against
compute_figures, the Overview and Surveys data on the demo, and their chart specs."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sqlalchemy import select

from cxdesk import charts_build, metrics
from cxdesk.db.models import Answer, Customer, Question, Response
from cxdesk.db.queries import scores
from cxdesk.db.queries.filters import Filters
from cxdesk.services.analysis import nps_trend, overview
from cxdesk.services.analysis_cards import HEADLINES, headlines
from cxdesk.services.analysis_periods import (
    comparison_filters,
    period_dates,
    period_keys,
    trend_filters,
)
from cxdesk.services.analysis_surveys import survey_breakdowns, survey_trend, weighted_themes
from cxdesk.services.figures import compute_figures
from cxdesk.services.filter_options import filter_options

TODAY = date(2026, 6, 30)
HALF_YEAR = Filters(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def demo(demo_db):
    """The session's demo database (tests/conftest.py), a fresh copy for each test."""
    return demo_db


# periods

@pytest.mark.parametrize(("period", "today", "first", "last"), [
    ("this_month", date(2024, 2, 10), date(2024, 2, 1), date(2024, 2, 29)),
    ("last_month", date(2026, 1, 15), date(2025, 12, 1), date(2025, 12, 31)),
    ("this_quarter", date(2026, 11, 23), date(2026, 10, 1), date(2026, 12, 31)),
    ("this_year", date(2026, 6, 30), date(2026, 1, 1), date(2026, 12, 31)),
    ("last_12_months", date(2026, 6, 30), date(2025, 7, 1), date(2026, 6, 30)),
])
def test_periods(period, today, first, last):
    assert period_dates(period, today) == (first, last)


def test_a_custom_period_is_put_in_order():
    assert period_dates("custom", TODAY, date(2026, 3, 9), date(2026, 3, 1)) == (
        date(2026, 3, 1), date(2026, 3, 9))
    assert period_dates("custom", TODAY, None, None) == (TODAY, TODAY)
    with pytest.raises(ValueError):
        period_dates("fortnight", TODAY)


def test_whole_months_compare_with_whole_months():
    june = Filters(date(2026, 6, 1), date(2026, 6, 30), location_ids=(2,))
    assert comparison_filters(june, "previous") == Filters(date(2026, 5, 1),
                                                           date(2026, 5, 31), location_ids=(2,))
    q1 = Filters(date(2026, 1, 1), date(2026, 3, 31))
    assert comparison_filters(q1, "previous") == Filters(date(2025, 10, 1), date(2025, 12, 31))
    assert comparison_filters(q1, "year") == Filters(date(2025, 1, 1), date(2025, 3, 31))
    ten_days = Filters(date(2026, 6, 11), date(2026, 6, 20))
    assert comparison_filters(ten_days, "previous") == Filters(date(2026, 6, 1),
                                                               date(2026, 6, 10))
    assert comparison_filters(Filters(), "previous") is None


def test_the_trend_ends_with_the_period_or_today():
    assert trend_filters(Filters(date(2026, 5, 1), date(2026, 5, 31)), TODAY) == Filters(
        date(2025, 6, 1), date(2026, 5, 31))
    year = Filters(date(2026, 1, 1), date(2026, 12, 31))
    assert trend_filters(year, TODAY).date_to == date(2026, 6, 30)


def test_period_keys_spell_what_the_histogram_spells():
    assert period_keys(date(2025, 11, 15), date(2026, 2, 1), "month") == [
        "2025-11", "2025-12", "2026-01", "2026-02"]
    assert period_keys(date(2025, 12, 1), date(2026, 4, 1), "quarter") == [
        "2025-Q4", "2026-Q1", "2026-Q2"]
    assert period_keys(date(2026, 1, 1), date(2026, 1, 12), "week") == [
        "2025-12-29", "2026-01-05", "2026-01-12"]


def test_the_histogram_buckets_by_quarter_and_week(demo):
    with demo.session() as session:
        quarters = scores.score_histogram(session, HALF_YEAR, "quarter")
        weeks = scores.score_histogram(session, HALF_YEAR, "week")
    assert sorted(quarters["g0"].unique()) == ["2026-Q1", "2026-Q2"]
    expected = set(period_keys(HALF_YEAR.date_from, HALF_YEAR.date_to, "week"))
    assert set(weeks["g0"].unique()) <= expected


# headline cards

def test_the_cards_are_the_figures_of_the_cli(demo):
    now = compute_figures(demo, HALF_YEAR)
    before = compute_figures(demo, comparison_filters(HALF_YEAR, "previous"))
    cards = {card.key: card for card in headlines(now, before)}
    assert tuple(cards) == HEADLINES
    printed = now.as_dict()
    for key in ("nps", "csat", "ces", "mystery", "standards"):
        assert round(cards[key].value, 2) == printed[key]["value"]
        assert cards[key].n == printed[key]["n"]
    assert cards["sla"].n == printed["sla"]["on_time"]["n"]
    assert cards["complaints"].n == printed["complaints"]["answered"]["n"]
    assert cards["nps"].moe == now.nps.moe
    test = metrics.nps_difference(before.nps, now.nps)
    assert (cards["nps"].change, cards["nps"].significant) == (test.difference,
                                                               test.significant)
    assert not cards["mystery"].tested and cards["mystery"].significant is None
    assert cards["mystery"].visits == now.mystery.n_visits
    assert cards["standards"].low <= cards["standards"].value <= cards["standards"].high


def test_without_a_comparison_there_is_no_change(demo):
    cards = headlines(compute_figures(demo, HALF_YEAR))
    assert all(card.change is None and card.significant is None for card in cards)


def test_an_empty_filter_gives_no_value_and_no_test(demo):
    nothing = Filters(date(2030, 1, 1), date(2030, 1, 31))
    cards = headlines(compute_figures(demo, nothing), compute_figures(demo, HALF_YEAR))
    for card in cards:
        assert card.value is None and card.n == 0 and card.low_n
        assert card.change is None and not card.significant


# overview

def test_the_overview_of_the_demo(demo):
    data = overview(demo, HALF_YEAR, comparison_filters(HALF_YEAR, "previous"), TODAY)
    assert data.figures.as_dict() == compute_figures(demo, HALF_YEAR, by="location").as_dict()
    values = [row.nps.value for row in data.locations]
    assert values == sorted(values, reverse=True) and len(values) == 3
    for row in data.locations:  # each location's own mystery score, pooled over its visits
        alone = compute_figures(demo, Filters(HALF_YEAR.date_from, HALF_YEAR.date_to,
                                              location_ids=(row.key,)))
        assert row.mystery == pytest.approx(alone.mystery.value)
        assert row.visits == alone.mystery.n_visits
        assert row.nps == alone.nps


def test_the_nps_trend_is_the_monthly_nps(demo):
    trend = nps_trend(demo, HALF_YEAR, TODAY)
    assert [p.key for p in trend.points][0] == "2025-07" and len(trend.points) == 12
    by_month = {g.key: g.nps for g in compute_figures(
        demo, Filters(date(2025, 7, 1), date(2026, 6, 30)), by="month").by}
    assert all(p.result == by_month[p.key] for p in trend.points)


def test_filter_options_offer_customer_surveys(demo):
    options = filter_options(demo)
    assert [f for f, _ in options.surveys] == ["ces", "csat", "exit", "nps", "servqual"]
    assert len(options.locations) == 3 and options.segments


# surveys

@pytest.fixture
def breakdowns(demo):
    return survey_breakdowns(demo, HALF_YEAR)


def test_the_survey_scores_are_the_headline_ones(demo, breakdowns):
    figures = compute_figures(demo, HALF_YEAR)
    assert (breakdowns.nps, breakdowns.csat, breakdowns.ces) == (figures.nps, figures.csat,
                                                                  figures.ces)
    assert sum(breakdowns.distribution) == figures.nps.n
    assert sum(breakdowns.distribution[9:]) == figures.nps.promoters
    assert {g.key for g in breakdowns.staff} >= {None}  # CES cards name nobody


def test_score_per_question_is_the_mean_of_its_answers(demo, breakdowns):
    speed = next(q for q in breakdowns.questions if (q.family, q.code) == ("exit", "speed"))
    with demo.session() as session:
        raw = pd.Series(session.scalars(
            select(Answer.number).join(Response).join(Question)
            .where(Question.code == "speed", Response.taken_at >= "2026-01-01",
                   Response.taken_at < "2026-07-01", Answer.number.is_not(None))).all())
    assert speed.n == len(raw) and speed.mean == pytest.approx(raw.mean())
    assert speed.top2 == pytest.approx(100 * (raw >= 4).mean())
    assert speed.moe == pytest.approx(1.96 * raw.std() / len(raw) ** 0.5)
    assert not any(q.family in ("soco", "staff") for q in breakdowns.questions)


def test_detractors_carry_a_contact_only_with_consent(demo, breakdowns):
    with demo.session() as session:
        consent = dict(session.execute(
            select(Response.id, Customer.consent)
            .join(Customer, Customer.id == Response.customer_id)).all())
    assert breakdowns.detractors_total == breakdowns.nps.detractors
    assert len(breakdowns.detractors) == 200
    assert all(d.score <= 6 for d in breakdowns.detractors)
    for row in breakdowns.detractors:
        assert (row.name is not None) == bool(consent.get(row.response))
    stamps = [d.taken_at for d in breakdowns.detractors]
    assert stamps == sorted(stamps, reverse=True)


def test_themes_counted_once_per_distinct_answer_equal_the_plain_count(demo, breakdowns):
    with demo.session() as session:
        texts = session.scalars(
            select(Answer.text).join(Response).join(Question)
            .where(Question.role == "improve", Response.taken_at >= "2026-01-01",
                   Response.taken_at < "2026-07-01")).all()
    plain = metrics.improvement_themes(texts)
    assert [(t.theme, t.n) for t in breakdowns.themes.themes] == [
        (t.theme, t.n) for t in plain.themes]
    assert breakdowns.themes.n == plain.n
    assert weighted_themes(pd.DataFrame({"text": ["цены, очереди", ""], "count": [3, 5]})
                           ).n == 3


def test_servqual_and_drivers_of_the_demo(breakdowns):
    servqual = breakdowns.servqual
    assert servqual is not None and len(servqual.result.items) == 22
    assert [i.item for i in servqual.result.items][:2] == ["sq_01", "sq_02"]
    assert all(d.gap < 0 for d in servqual.result.dimensions)
    drivers = breakdowns.drivers
    assert drivers.family == "servqual" and drivers.target == "overall"
    assert len(drivers.result.drivers) == 22


def test_the_survey_trend_fills_every_bucket(demo):
    months = survey_trend(demo, HALF_YEAR, "month", TODAY)
    assert [g.key for g in months] == [f"2026-0{m}" for m in range(1, 7)]
    quarters = survey_trend(demo, Filters(date(2026, 1, 1), date(2026, 12, 31)), "quarter",
                            TODAY)
    assert [g.key for g in quarters] == ["2026-Q1", "2026-Q2"]  # not the future
    empty = survey_trend(demo, Filters(date(2030, 1, 1), date(2030, 2, 28)), "month",
                         date(2030, 12, 1))
    assert [g.nps.value for g in empty] == [None, None]


# chart specs

def test_chart_specs_of_the_demo(demo, breakdowns):
    data = overview(demo, HALF_YEAR, None, TODAY)
    trend = charts_build.nps_trend_spec([p.key for p in data.trend.points],
                                        [p.result for p in data.trend.points])
    assert trend.kind == "line" and trend.series[0].has_band
    assert trend.y_range[0] <= 0 <= trend.y_range[1]
    places = charts_build.by_location_spec([r.name for r in data.locations],
                                           [r.nps for r in data.locations], data.figures.nps)
    assert places.reference_lines[0].value == data.figures.nps.value
    assert places.x_labels == tuple(r.name for r in data.locations)
    themes = charts_build.themes_spec([t.theme for t in breakdowns.themes.themes],
                                      breakdowns.themes.themes, breakdowns.themes.n)
    assert len(themes.x_labels) == 10
    drivers = breakdowns.drivers.result
    scatter = charts_build.drivers_spec([d.attribute for d in drivers.drivers], drivers)
    assert {r.axis for r in scatter.reference_lines} == {"x", "y"}
    assert len(scatter.series[0].points) == 22
    gaps = charts_build.servqual_spec(["a"] * 5, breakdowns.servqual.result.dimensions)
    assert gaps.kind == "hbar" and not gaps.is_empty
    assert charts_build.distribution_spec(breakdowns.distribution).x_labels[-1] == "10"


def test_low_n_groups_are_noted_under_the_chart():
    few = metrics.nps_from_counts({10: 5, 3: 2})
    many = metrics.nps_from_counts({10: 50, 3: 20})
    spec = charts_build.by_location_spec(["A", "B"], [few, many])
    assert spec.notes == ("n < 30: A",)
    trend = charts_build.nps_trend_spec(["m1", "m2"], [metrics.nps_from_counts({}), few])
    assert trend.notes == ("n < 30: m2",) and trend.series[0].values[0] is None
