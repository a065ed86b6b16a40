"""ChartView draws every kind of ChartSpec without a Qt warning, names the clicked bar,
says when there is nothing to draw and saves a PNG."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QAreaSeries, QLineSeries, QScatterSeries
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from ui.qtcompat import emit
from ui.widgets import chart_view
from ui.widgets.chart_axes import nice_range
from ui.widgets.chart_labels import BarLabels
from ui.widgets.chart_view import ChartView
from ui.widgets.heat_map import EMPTY, heat_color

LINE = ChartSpec("line", "NPS by month",
                 [Series("NPS", values=[10.0, None, 30.0, 25.0], low=[0, None, 20, 15],
                         high=[20, None, 40, 35])],
                 x_labels=["Jan", "Feb", "Mar", "Apr"], reference_lines=[ReferenceLine(0.0)])
HBAR = ChartSpec("hbar", "NPS by location", [Series("NPS", values=[50.4, None, 7.25])],
                 x_labels=["Центр", "Лівий берег", "ТЦ Океан"], decimals=1,
                 reference_lines=[ReferenceLine(25.0, label="all")], notes=["n < 30: x"])
BAR = ChartSpec("bar", "", [Series("A", values=[1, 2]), Series("B", values=[3, None])],
                x_labels=["x", "y"])
SCATTER = ChartSpec("scatter", "Drivers", [Series("Q", points=[(0.1, 5.0), (0.3, 4.2)],
                                                  point_labels=["Q1", "Q2"])],
                    reference_lines=[ReferenceLine(0.2, "x"), ReferenceLine(4.6, "y")],
                    x_title="importance", y_title="performance", decimals=2)
HEAT = ChartSpec("heatmap", "Heat", [Series("row", values=[1.0, None, 3.0])],
                 x_labels=["a", "b", "c"])


@pytest.fixture
def view(qtbot) -> ChartView:
    widget = ChartView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def series_of(view: ChartView, kind) -> list:
    return [s for s in view.chart.series() if isinstance(s, kind)]


def test_a_line_with_its_band_and_a_gap(view):
    view.set_spec(LINE)
    assert view.title_label.text() == "NPS by month"
    lines = series_of(view, QLineSeries)
    # the gap splits the line in two; the zero line is the last line series
    assert [line.count() for line in lines] == [1, 2, 2]
    assert len(series_of(view, QAreaSeries)) == 2  # one band on each side of the gap


def test_horizontal_bars_put_the_first_category_on_top_and_skip_empty_ones(qtbot, view):
    view.set_spec(HBAR)
    [bars] = series_of(view, QAbstractBarSeries)
    [values] = bars.barSets()
    assert [values.at(i) for i in range(values.count())] == [7.2, 50.4]  # bottom to top
    view.set_clickable(True)
    with qtbot.waitSignal(view.category_clicked) as blocker:
        emit(bars.clicked, 1, values)  # the top bar
    assert blocker.args == [0]  # Центр, the first category of the spec
    assert view.notes_label.text() == "n < 30: x" and view.notes_label.isVisible()


def test_bar_labels_are_written_in_the_language(view):
    QLocale.setDefault(QLocale("ru_RU"))
    view.set_spec(HBAR)
    [labeller] = view.chart.findChildren(BarLabels)
    assert labeller.texts() == [["7,2", "50,4"]]  # bottom to top, as the bars


def test_grouped_bars_and_scatter(view):
    view.set_spec(BAR)
    [bars] = series_of(view, QAbstractBarSeries)
    assert len(bars.barSets()) == 2
    view.set_spec(SCATTER)
    [cloud] = series_of(view, QScatterSeries)
    assert cloud.count() == 2
    assert len(series_of(view, QLineSeries)) == 2  # the quadrant lines


def test_a_heat_map_is_a_coloured_grid(view):
    view.set_spec(HEAT)
    assert view.heat_map.isVisible() and not view.chart_view.isVisible()
    model = view.heat_map.heat_model
    assert model.rowCount() == 1 and model.columnCount() == 3
    assert model.index(0, 1).data() == "—"
    assert heat_color(None, 0, 1) == EMPTY
    assert heat_color(1.0, 1.0, 3.0) != heat_color(3.0, 1.0, 3.0)


def test_nothing_to_draw_says_so(view):
    view.set_spec(ChartSpec("line", "Empty", [Series("NPS", values=[None, None])],
                            x_labels=["a", "b"]))
    assert view.empty_label.isVisible() and view.empty_label.text() == "No data for this filter"
    assert not view.chart_view.isVisible()


def test_save_as_png(view, tmp_path, monkeypatch):
    view.set_spec(HBAR)
    target = tmp_path / "nps.png"
    asked: list[str] = []
    monkeypatch.setattr(chart_view, "ask_png_path",
                        lambda _parent, suggested: asked.append(suggested) or str(target))
    view.save_as()
    assert asked[0].endswith("NPS-by-location.png")
    image = QImage(str(target))
    assert not image.isNull() and image.width() == view.width()


def test_nice_ranges():
    assert nice_range([3.0, 47.0]) == (0.0, 50.0, 6)
    assert nice_range([-1.87, -0.65], include_zero=True) == (-2.0, 0.0, 5)
    assert nice_range([], fixed=(-100.0, 100.0)) == (-100.0, 100.0, 11)
