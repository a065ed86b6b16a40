"""The Overview page shows exactly the figures of `compute_figures` (= `cxdesk metrics
--json`) for the filter in the bar, keeps the newest answer when the filter changes fast,
flags low n, and a click on a location narrows every analysis page."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date

import pytest

from cxdesk.cli import main as cli
from cxdesk.db.queries.filters import Filters
from cxdesk.services.figures import compute_figures
from tests.ui.analysis.conftest import choose, make_ctx, show, step
from ui import figure_format as ff
from ui.qtcompat import emit
from ui.tabs.overview import OverviewTab
from ui.tabs.overview.locations import LocationsFiguresModel
from ui.tabs.overview.tab import CARD_FORMAT
from ui.tabs.surveys import SurveysTab
from ui.tasks import TaskRunner

# where each card's n is in the JSON of `cxdesk metrics`
N_PATH = {"nps": ("nps", "n"), "csat": ("csat", "n"), "ces": ("ces", "n"),
          "mystery": ("mystery", "n"), "standards": ("standards", "n"),
          "sla": ("sla", "on_time", "n"), "complaints": ("complaints", "answered", "n")}


@pytest.fixture
def page(qtbot, demo_ctx) -> OverviewTab:
    return show(qtbot, OverviewTab(demo_ctx))


def dig(tree: dict, path: tuple[str, ...]):
    for key in path:
        tree = tree[key]
    return tree


def shown(value, key: str) -> str:
    decimals, percent = CARD_FORMAT[key]
    return ff.percent(value, decimals) if percent else ff.number(value, decimals)


def assert_written(text: str, value: float | None, key: str) -> None:
    """The card writes `value` (the JSON's, rounded to 2 decimals) to its own decimals: the
    same number, give or take the second rounding."""
    if value is None:
        assert text == "—"
        return
    decimals, _percent = CARD_FORMAT[key]
    number = float(text.replace("%", "").replace(",", "").replace("\u2212", "-"))
    assert abs(number - value) <= 0.5 * 10 ** -decimals + 0.006, (key, text, value)


def assert_cards_match(page: OverviewTab, expected: dict, previous: dict | None) -> None:
    for key, card in page.cards.items():
        figure = card.figure
        want = expected[key]["value"]
        assert (None if figure.value is None else round(figure.value, 2)) == want, key
        assert figure.n == dig(expected, N_PATH[key]), key
        assert card.value_text == shown(figure.value, key), key
        assert_written(card.value_text, want, key)
        assert card.flag_label.isVisible() == (figure.n > 0 and dig(
            expected, N_PATH[key][:-1] + ("low_n",))), key
        if previous is not None:
            before = previous[key]["value"]
            assert (None if figure.previous is None else round(figure.previous, 2)) == before


def assert_locations_match(page: OverviewTab, expected: dict) -> None:
    table = page.locations_table
    rows = {row.key: row for row in table.shown_rows()}
    groups = [g for g in expected["by"]["groups"] if g["key"] is not None]
    assert set(rows) == {g["key"] for g in groups}
    model = table.proxy
    for number in range(model.rowCount()):
        row = table.shown_rows()[number]
        group = next(g for g in groups if g["key"] == row.key)
        cells = [model.index(number, c).data() for c in range(model.columnCount())]
        assert cells[LocationsFiguresModel.NAME] == group["label"]
        assert_written(cells[LocationsFiguresModel.NPS], group["nps"]["value"], "nps")
        assert round(row.nps.value, 2) == group["nps"]["value"]
        assert cells[LocationsFiguresModel.ANSWERS] == ff.count(group["nps"]["n"])
        assert_written(cells[LocationsFiguresModel.CSAT], group["csat"]["value"], "csat")
        assert cells[LocationsFiguresModel.CSAT_N] == ff.count(group["csat"]["n"])
    nps = [row.nps.value for row in table.shown_rows()]
    assert nps == sorted(nps, reverse=True)  # best to worst


def expected_for(ctx) -> tuple[dict, dict | None]:
    state = ctx.analysis
    now = compute_figures(ctx.db, state.filters(), by="location").as_dict()
    comparison = state.comparison()
    before = compute_figures(ctx.db, comparison).as_dict() if comparison else None
    return now, before


def test_cards_and_locations_show_the_figures_of_the_filter(page, demo_ctx):
    bar = page.filter_bar
    for period in ("this_month", "last_12_months", "this_quarter"):
        choose(bar.period_combo, period)
        now, before = expected_for(demo_ctx)
        assert_cards_match(page, now, before)
        assert_locations_match(page, now)
    step(bar.location_combo)  # the first location, with the arrow key
    location = bar.location_combo.currentData()
    assert demo_ctx.analysis.filters().location_ids == (location,)
    now, before = expected_for(demo_ctx)
    assert_cards_match(page, now, before)
    assert_locations_match(page, now)
    assert len(page.locations_table.shown_rows()) == 1


def test_the_cards_equal_the_cli_json(page, demo_ctx, capsys):
    bar = page.filter_bar
    choose(bar.period_combo, "last_month")
    location, name = demo_ctx.analysis.options.locations[-1]
    choose(bar.location_combo, location)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["metrics", "--db", str(demo_ctx.db.path), "--from", "2026-05-01",
                    "--to", "2026-05-31", "--location", name, "--json"]) == 0
    printed = json.loads(out.getvalue())
    for key, card in page.cards.items():
        assert_written(card.value_text, printed[key]["value"], key)
        assert card.figure.n == dig(printed, N_PATH[key])
        assert card.flag_label.isVisible() == (card.figure.n > 0 and dig(
            printed, N_PATH[key][:-1] + ("low_n",)))


def test_a_low_n_figure_shows_its_flag(page, demo_ctx):
    bar = page.filter_bar
    choose(bar.period_combo, "this_month")
    choose(bar.channel_combo, "sms")
    now, _ = expected_for(demo_ctx)
    assert now["nps"]["low_n"] and now["nps"]["n"] > 0
    assert page.cards["nps"].flag_label.isVisible()
    assert page.cards["nps"].flag_label.text() == "n < 30"
    assert all(row.nps.n < 30 for row in page.locations_table.shown_rows())


@pytest.mark.parametrize("where", ["thread", "reading process"])
def test_fast_filter_changes_end_showing_the_last_filter(qtbot, demo_db, where):
    tasks = TaskRunner()
    ctx = make_ctx(demo_db, tasks)
    sent: list[bool] = []  # per computation: did it go to the reading process?
    if where == "reading process":  # as the app runs it
        assert ctx.reader.start() and ctx.reader.wait_ready(60)
        call = ctx.reader.call
        ctx.reader.call = lambda func, *args: sent.append(ctx.reader.ready) or call(func, *args)
    page = show(qtbot, OverviewTab(ctx))
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    shown_filters: list[Filters] = []
    page.figures_shown.connect(lambda: shown_filters.append(page.data.filters))
    state = ctx.analysis
    locations = [i for i, _ in state.options.locations]
    changes = [dict(period="last_month"), dict(location_id=locations[0]),
               dict(period="this_quarter"), dict(location_id=locations[1]),
               dict(period="last_12_months", compare="year"), dict(location_id=locations[2]),
               dict(channel="in_store"), dict(period="this_month")]
    for change in changes:
        state.update(**change)
    last = state.filters()
    qtbot.waitUntil(lambda: not page.worker.busy and shown_filters
                    and shown_filters[-1] == last, timeout=20_000)
    assert len(shown_filters) <= 2  # coalesced: a stale answer was never painted
    assert shown_filters[-1] == last
    now, before = expected_for(ctx)
    assert_cards_match(page, now, before)
    assert_locations_match(page, now)
    assert tasks.wait(5000)
    assert all(sent) and len(sent) >= (3 if where == "reading process" else 0)
    ctx.reader.close()


def test_clicking_a_location_narrows_every_analysis_page(qtbot, page, demo_ctx):
    surveys = SurveysTab(demo_ctx)  # built, but not shown: it catches up when opened
    qtbot.addWidget(surveys)
    choose(page.filter_bar.period_combo, "last_12_months")
    row = page.locations_table.shown_rows()[1]
    rect = page.locations_table.visualRect(page.locations_table.proxy.index(1, 0))
    qtbot.mouseClick(page.locations_table.viewport(), qtbot_left(), pos=rect.center())
    assert demo_ctx.analysis.filters().location_ids == (row.key,)
    assert page.data.filters.location_ids == (row.key,)
    assert [r.key for r in page.locations_table.shown_rows()] == [row.key]
    assert page.filter_bar.location_combo.currentData() == row.key
    show(qtbot, surveys)
    assert surveys.data.filters.location_ids == (row.key,)
    assert surveys.filter_bar.location_combo.currentData() == row.key


def test_a_bar_of_the_location_chart_narrows_too(qtbot, page, demo_ctx):
    from PySide6.QtCharts import QAbstractBarSeries

    first = page.data.locations[0]
    [bars] = [s for s in page.location_chart.chart.series()
              if isinstance(s, QAbstractBarSeries)]
    top = bars.barSets()[0].count() - 1  # the chart draws the first location on top
    emit(bars.clicked, top, bars.barSets()[0])
    assert demo_ctx.analysis.filters().location_ids == (first.key,)


def test_an_empty_database_shows_dashes(qtbot, ctx):
    page = show(qtbot, OverviewTab(ctx))
    assert all(card.value_text == "—" for card in page.cards.values())
    assert page.locations_table.shown_rows() == []
    assert page.trend_chart.empty_label.isVisible()


def test_the_locations_model_passes_the_tester(qtmodeltester, page):
    qtmodeltester.check(page.locations_model)


def test_the_trend_covers_twelve_months_to_the_period_end(page, demo_ctx):
    choose(page.filter_bar.period_combo, "last_month")
    keys = [p.key for p in page.data.trend.points]
    assert keys[0] == "2025-06" and keys[-1] == "2026-05" and len(keys) == 12
    assert page.trend_chart.spec.kind == "line" and page.trend_chart.spec.series[0].has_band
    assert date(2026, 5, 31) == page.data.filters.date_to


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_language_switch_rewrites_the_figures(qtbot, page, demo_ctx):
    choose(page.filter_bar.period_combo, "last_12_months")
    nps = page.cards["nps"].figure.value
    demo_ctx.translations.switch("ru")
    qtbot.waitUntil(lambda: "," in page.cards["nps"].value_text)
    assert page.cards["nps"].value_text == f"{nps:.1f}".replace(".", ",")
    assert page.filter_bar.range_label.text() == "01.07.2025 – 30.06.2026"
    assert "июль 2025" in page.trend_chart.spec.x_labels
