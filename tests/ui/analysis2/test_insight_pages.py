"""Every insight page fills from the demo data (a Qt warning fails the test), shows the
figures of its insights function with their n, sorts and copies its tables, saves its
charts, follows a language switch, and shows dashes on an empty database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cxdesk.insights.mystery import mystery_insights
from cxdesk.insights.requests import requests_insights
from cxdesk.insights.sales import sales_insights
from cxdesk.insights.staff import staff_insights
from cxdesk.insights.standards import standards_insights
from tests.ui.analysis2.conftest import show
from ui import main_window
from ui.tabs.analysis_kit.pages import (
    MysteryAnalysisTab,
    RequestsAnalysisTab,
    SalesAnalysisTab,
    StaffAnalysisTab,
    StandardsAnalysisTab,
)
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable

PAGES = [
    (MysteryAnalysisTab, mystery_insights, {"score": "value", "passed": "value"}),
    (StandardsAnalysisTab, standards_insights, {"standards": "value"}),
    (SalesAnalysisTab, sales_insights, {"known_nps": "value"}),
    (RequestsAnalysisTab, requests_insights, {"on_time": "value", "satisfied": "value"}),
    (StaffAnalysisTab, staff_insights, {"soco": "value", "nps": "value"}),
]
IDS = [page.__name__ for page, _, _ in PAGES]


def _all_shown(page) -> tuple[list[FigureTable], list[ChartView]]:
    return page.findChildren(FigureTable), page.findChildren(ChartView)


@pytest.mark.parametrize(("page_class", "insights", "_cards"), PAGES, ids=IDS)
def test_the_page_fills_every_table_and_chart(qtbot, demo_ctx, page_class, insights, _cards):
    page = show(qtbot, page_class(demo_ctx))
    assert page.objectName() == page_class.page_name
    assert page.result is not None
    assert page.result.insights == insights(demo_ctx.db, demo_ctx.analysis.filters()) or \
        page_class is RequestsAnalysisTab  # its "now" moves on between the two runs
    tables, charts = _all_shown(page)
    assert tables and charts
    for table in tables:
        assert table.proxy.rowCount() > 0, type(table.rows_model).__name__
    for chart in charts:
        assert chart.spec is not None and not chart.spec.is_empty, chart.spec.title
        assert not chart.empty_label.isVisibleTo(chart)


@pytest.mark.parametrize(("page_class", "insights", "cards"), PAGES, ids=IDS)
def test_cards_show_the_figures_with_their_n(qtbot, demo_ctx, page_class, insights, cards):
    page = show(qtbot, page_class(demo_ctx))
    headlines = {h.key: h for h in page.result.headlines}
    for key, card in page.cards.cards.items():
        figure = card.figure
        assert figure is not None and figure.compared  # "previous period" is the default
        headline = headlines[key]
        assert figure.n == headline.n
        if key in cards:
            assert figure.value == headline.value and figure.value is not None
        assert card.value_text != "—" or headline.value is None
        assert f"n = {figure.n:,}" in card.evidence_label.text()


@pytest.mark.parametrize(("page_class", "_insights", "_cards"), PAGES, ids=IDS)
def test_tables_sort_and_copy(qtbot, demo_ctx, page_class, _insights, _cards):
    page = show(qtbot, page_class(demo_ctx))
    for table in page.findChildren(FigureTable):
        title = table.proxy.headerData(0, Qt.Orientation.Horizontal)
        copied = table.selection_text(everything=True)
        assert copied.splitlines()[0].startswith(title)
        assert len(copied.splitlines()) == table.proxy.rowCount() + 1
        last = table.proxy.columnCount() - 1
        table.sortByColumn(last, Qt.SortOrder.DescendingOrder)
        assert table.proxy.rowCount() == table.rows_model.rowCount()


@pytest.mark.parametrize(("page_class", "_insights", "_cards"), PAGES, ids=IDS)
def test_every_chart_saves_as_png(qtbot, demo_ctx, tmp_path, page_class, _insights, _cards):
    page = show(qtbot, page_class(demo_ctx))
    for number, chart in enumerate(page.findChildren(ChartView)):
        target = tmp_path / f"chart-{number}.png"
        assert chart.save_png(target)
        assert target.stat().st_size > 1000


@pytest.mark.parametrize(("page_class", "_insights", "_cards"), PAGES, ids=IDS)
def test_the_page_follows_a_language_switch(qtbot, demo_ctx, page_class, _insights, _cards):
    page = show(qtbot, page_class(demo_ctx))
    english = [table.proxy.headerData(0, Qt.Orientation.Horizontal)
               for table in page.findChildren(FigureTable)]
    demo_ctx.translations.switch("ru")
    qtbot.wait(10)
    assert page.result is not None
    assert all(chart.spec is not None for chart in page.findChildren(ChartView))
    demo_ctx.translations.switch("en")
    qtbot.wait(10)
    assert english == [table.proxy.headerData(0, Qt.Orientation.Horizontal)
                       for table in page.findChildren(FigureTable)]


@pytest.mark.parametrize(("page_class", "_insights", "_cards"), PAGES, ids=IDS)
def test_an_empty_database_shows_dashes(qtbot, ctx, page_class, _insights, _cards):
    page = show(qtbot, page_class(ctx))
    for card in page.cards.cards.values():
        assert card.value_text == "—"
    for chart in page.findChildren(ChartView):
        assert chart.spec is not None and chart.spec.is_empty


@pytest.mark.parametrize(("page_class", "_insights", "_cards"), PAGES, ids=IDS)
def test_the_table_models_pass_the_tester(qtmodeltester, qtbot, demo_ctx, page_class,
                                          _insights, _cards):
    page = show(qtbot, page_class(demo_ctx))
    for table in page.findChildren(FigureTable):
        qtmodeltester.check(table.rows_model)


def test_the_main_window_lists_the_five_pages(ctx):
    # the window imports a page when first opened: build each to see which class it is
    listed = {type(factory(ctx)) for group, factory, _title in main_window.TABS
              if group == "analyse"}
    assert {MysteryAnalysisTab, StandardsAnalysisTab, SalesAnalysisTab, RequestsAnalysisTab,
            StaffAnalysisTab} <= listed
