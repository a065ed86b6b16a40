"""The chart specs the pages and the reports draw, built from the insights alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from cxdesk.charts import ChartSpec
from cxdesk.db.database import Database
from cxdesk.insights import charts, names
from cxdesk.insights.mystery import mystery_insights
from cxdesk.insights.requests import BIN_EDGES, requests_insights
from cxdesk.insights.sales import sales_insights
from cxdesk.insights.staff import staff_insights
from cxdesk.insights.standards import standards_insights
from cxdesk.reports.charts_pdf import draw_chart

from .demo import NOTHING, YEAR, demo_database

NOW = datetime(2026, 6, 30, 12, 0)


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template) -> Iterator[Database]:
    database = demo_database(tmp_path_factory, "charts", demo_template)
    yield database
    database.dispose()


def _all(db, filters) -> list[ChartSpec]:
    m, s = mystery_insights(db, filters), standards_insights(db, filters)
    sa, r = sales_insights(db, filters), requests_insights(db, filters, now=NOW)
    st = staff_insights(db, filters)
    return [
        charts.mystery_heatmap(m, "ru"), charts.mystery_trend(m), charts.shoppers_chart(m),
        charts.standards_heatmap(s, "uk"), charts.standards_chart(s),
        charts.revenue_chart(sa), charts.growth_chart(sa), charts.abc_xyz_heatmap(sa),
        charts.abc_xyz_heatmap(sa, "count"), charts.pareto_chart(sa), charts.loyalty_chart(sa),
        charts.sla_priority_chart(r), charts.sla_speed_chart(r), charts.time_chart(r),
        charts.staff_chart(st, "mystery"), charts.staff_chart(st, "nps"),
        charts.staff_chart(st, "csat"), charts.soco_nps_chart(st),
    ]


def test_every_chart_has_data_and_the_pdf_draws_it(db):
    for spec in _all(db, YEAR):
        assert spec.title and not spec.is_empty, spec.title
        assert draw_chart(spec).width > 0


def test_an_empty_period_gives_empty_charts_not_errors(db):
    for spec in _all(db, NOTHING):
        assert spec.is_empty, spec.title


def test_the_mystery_heat_map_is_the_sections_by_location(db):
    result = mystery_insights(db, YEAR)
    spec = charts.mystery_heatmap(result, "en")
    assert list(spec.x_labels) == [f"{row.location} ({row.n_visits} visits)"
                                   for row in result.heat]
    assert spec.series[0].name == "Website"
    assert spec.series[2].values[1] == result.heat[1].cells[2].value
    assert any("n < 30" in note for note in spec.notes)


def test_the_standards_heat_map_is_stages_by_roles(db):
    result = standards_insights(db, YEAR)
    spec = charts.standards_heatmap(result, "en")
    assert len(spec.series) == len(result.stages)
    row = result.stages.index("sales_floor")
    column = result.roles.index("seller")
    assert spec.series[row].values[column] == result.cells["sales_floor", "seller"].value
    weakest = charts.standards_chart(result, limit=5)
    values = list(weakest.series[0].values)
    assert values == sorted(values) and len(values) == 5


def test_abc_xyz_and_pareto_charts(db):
    result = sales_insights(db, YEAR)
    share = charts.abc_xyz_heatmap(result, "share")
    count = charts.abc_xyz_heatmap(result, "count")
    assert [s.name for s in share.series] == ["A", "B", "C"] and list(share.x_labels) == list("XYZ")
    assert sum(sum(s.values) for s in count.series) == result.matrix.n
    pareto = charts.pareto_chart(result)
    assert pareto.series[0].points[-1] == pytest.approx((100.0, 100.0))
    assert {line.axis for line in pareto.reference_lines} == {"x", "y"}
    with pytest.raises(ValueError):
        charts.abc_xyz_heatmap(result, "profit")


def test_the_speed_chart_has_both_lines_by_month(db):
    result = requests_insights(db, YEAR, now=NOW)
    spec = charts.sla_speed_chart(result)
    assert len(spec.series) == 2
    assert len(spec.x_labels) == len(result.monthly.months) == 12
    bands = charts.time_chart(result)
    assert len(bands.x_labels) == len(BIN_EDGES) + 1 and len(bands.series) == 3


def test_time_band_and_duration_names():
    assert names.bin_names((15.0, 60.0, 1440.0, 4320.0)) == [
        "≤ 15 min", "≤ 1 h", "≤ 24 h", "≤ 3 days", "> 3 days"]
    assert names.duration(None) == "—"
    assert names.duration(45) == "45 min"
    assert names.duration(90) == "1.5 h"
    assert names.duration(90, lambda value, decimals: f"{value:.{decimals}f}".replace(".", ",")
                          ) == "1,5 h"
    assert names.priority_name("high") == "High" and names.priority_name("odd") == "odd"
