"""What each insight page adds beyond the common frame: the checks behind a heat-map cell,
the failed critical items, the narrowing of every page, the newest answer winning."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesk.db.queries.filters import Filters
from cxdesk.insights import charts
from tests.ui.analysis2.conftest import make_ctx, show
from ui.qtcompat import emit
from ui.tabs.analysis_kit.pages import (
    MysteryAnalysisTab,
    RequestsAnalysisTab,
    SalesAnalysisTab,
    StaffAnalysisTab,
    StandardsAnalysisTab,
)
from ui.tasks import TaskRunner


def test_mystery_page_lists_visits_failures_and_the_heat_map(qtbot, demo_ctx):
    page = show(qtbot, MysteryAnalysisTab(demo_ctx))
    data = page.result.insights
    assert page.visits.table.proxy.rowCount() == len(data.visits) == data.rollup.n_visits
    assert page.failures.table.proxy.rowCount() == len(data.failed) > 0
    assert page.sections_panel.chart.spec == charts.mystery_heatmap(data, "en")
    assert page.sections_panel.chart.heat_map.isVisibleTo(page.sections_panel.chart)
    assert page.cards.cards["score"].evidence_label.text().endswith(
        f"{data.rollup.n_visits} visits")
    assert page.shoppers.table.proxy.rowCount() == len(data.shoppers)


def test_a_heat_map_cell_opens_the_checks_behind_it(qtbot, demo_ctx):
    page = show(qtbot, StandardsAnalysisTab(demo_ctx))
    data = page.result.insights
    heat = page.heat_chart.heat_map
    row = data.stages.index("payment")
    column = data.roles.index("cashier")
    index = heat.model().index(row, column)
    qtbot.mouseClick(heat.viewport(), Qt.MouseButton.LeftButton,
                     pos=heat.visualRect(index).center())
    assert page.cell == ("payment", "cashier")
    cell = data.cells["payment", "cashier"]
    assert page.cell_checks.table.proxy.rowCount() == cell.n
    assert f"{cell.n} checks" in page.cell_checks.count_label.text()


def test_a_standard_row_opens_its_checks(qtbot, demo_ctx):
    page = show(qtbot, StandardsAnalysisTab(demo_ctx))
    data = page.result.insights
    chosen = data.standards[3]
    emit(page.standards_table.cell_clicked, chosen, 2)
    assert page.standard == chosen.code
    assert page.standard_checks.table.proxy.rowCount() == chosen.score.n
    assert {c.standard for c in page.standard_checks.table.shown_rows()} == {chosen.code}


def test_the_sales_page_follows_the_segment_filter(qtbot, demo_ctx):
    page = show(qtbot, SalesAnalysisTab(demo_ctx))
    everyone = page.result.insights.abc.n
    demo_ctx.analysis.update(segment="опт")
    assert page.result.insights.filters.segments == ("опт",)
    assert 0 < page.result.insights.abc.n < everyone
    assert page.abc.table.proxy.rowCount() == page.result.insights.abc.n


def test_the_requests_page_shows_a_month_per_row(qtbot, demo_ctx):
    page = show(qtbot, RequestsAnalysisTab(demo_ctx))
    data = page.result.insights
    assert page.speed.table.proxy.rowCount() == len(data.monthly.months) == 12
    resolve = page.cards.cards["resolve"].figure
    assert resolve.value == data.sla.to_resolve.median / 60


def test_a_hidden_page_catches_up_when_shown(qtbot, demo_ctx):
    page = StaffAnalysisTab(demo_ctx)
    qtbot.addWidget(page)
    demo_ctx.analysis.update(period="last_month")
    assert page.result is None  # not computed while hidden
    show(qtbot, page)
    assert page.result.insights.filters == demo_ctx.analysis.filters()


def test_fast_filter_changes_end_showing_the_last_filter(qtbot, demo_db):
    tasks = TaskRunner()
    ctx = make_ctx(demo_db, tasks)
    page = show(qtbot, StaffAnalysisTab(ctx))
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    shown: list[Filters] = []
    page.figures_shown.connect(lambda: shown.append(page.result.insights.filters))
    state = ctx.analysis
    for change in (dict(period="last_month"), dict(period="this_quarter"),
                   dict(period="this_year"), dict(period="last_12_months", compare="year"),
                   dict(period="this_month")):
        state.update(**change)
    last = state.filters()
    qtbot.waitUntil(lambda: not page.worker.busy and shown and shown[-1] == last,
                    timeout=30_000)
    assert len(shown) <= 2  # coalesced: no stale answer was painted after a newer one
    assert tasks.wait(5000)


def test_figures_of_everything_carry_no_low_n_flag(qtbot, demo_ctx):
    page = show(qtbot, SalesAnalysisTab(demo_ctx))
    cagr = page.cards.cards["cagr"]
    assert cagr.figure.n < 30 and not cagr.flag_label.isVisible()  # months, not a sample
    staff = show(qtbot, StaffAnalysisTab(demo_ctx))
    assert staff.cards.cards["soco"].figure.n < 30
    assert not staff.cards.cards["soco"].flag_label.isVisible()
    demo_ctx.analysis.update(period="last_month", channel="phone")
    nps = staff.cards.cards["nps"]
    assert 0 < nps.figure.n < 30 and nps.flag_label.isVisible()  # a sample: flagged
