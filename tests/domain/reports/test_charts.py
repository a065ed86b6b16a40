"""Chart specs validate themselves; every kind renders into a PDF with its labels."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Drawing, String

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.reports.chart_parts import axis_scale, nice_ticks, tick_decimals
from cxdesk.reports.charts_pdf import chart_height, draw_chart
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.fonts import SANS
from tests.domain.reports.samples import page_texts, sample_charts


def strings(node) -> list[String]:
    found = []
    for child in getattr(node, "contents", []):
        found += [child] if isinstance(child, String) else strings(child)
    return found


@pytest.mark.parametrize("spec", sample_charts(), ids=lambda spec: spec.kind)
def test_each_kind_renders_with_its_labels(spec):
    drawing = draw_chart(spec)
    assert isinstance(drawing, Drawing)
    assert drawing.initialFontName == SANS
    labels = strings(drawing)
    assert labels and all(s.fontName.startswith("DejaVuSans") for s in labels)
    text = "".join(page_texts(build_pdf([drawing], ReportMeta("Chart", spec.kind)))[0].split())
    assert "".join(spec.title.split()) in text
    for category in spec.x_labels[:3]:
        assert category[:5] in text


def test_every_kind_is_covered_by_the_samples():
    assert {spec.kind for spec in sample_charts()} == {"line", "bar", "hbar", "scatter",
                                                       "heatmap"}


def test_an_empty_chart_says_no_data():
    spec = ChartSpec("line", "Пусто", [Series("NPS", values=[None, None])], x_labels=["a", "b"])
    assert spec.is_empty
    text = page_texts(build_pdf([draw_chart(spec)], ReportMeta("T", "S")))[0]
    assert "No data" in text


def test_a_line_over_numeric_x_and_a_single_point_render():
    specs = [
        ChartSpec("line", series=[Series("a", points=[(1, 2), (3, 5), (10, -4)])]),
        ChartSpec("line", series=[Series("a", values=[7])], x_labels=["только"]),
        ChartSpec("bar", series=[Series("a", values=[0, 0])], x_labels=["x", "y"]),
        ChartSpec("heatmap", series=[Series("r", values=[5, 5])], x_labels=["x", "y"]),
        ChartSpec("hbar", series=[Series("a", values=[-3, 4]), Series("b", values=[1, None])],
                  x_labels=["x", "y"], reference_lines=[ReferenceLine(2, label="цель")]),
    ]
    pdf = build_pdf([draw_chart(spec) for spec in specs], ReportMeta("T", "S"))
    assert pdf.startswith(b"%PDF")


def test_specs_are_frozen_and_hashable_with_lists_turned_into_tuples():
    spec = ChartSpec("bar", "t", [Series("s", values=[1, 2])], x_labels=["a", "b"])
    assert spec.series[0].values == (1, 2) and spec.x_labels == ("a", "b")
    hash(spec)
    with pytest.raises(AttributeError):
        spec.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize("make", [
    lambda: ChartSpec("pie"),  # type: ignore[arg-type]
    lambda: ChartSpec("bar", series=[Series("s", values=[1])], x_labels=["a", "b"]),
    lambda: ChartSpec("bar", series=[Series("s", points=[(1, 1)])], x_labels=[]),
    lambda: ChartSpec("line", y_range=(5, 5)),
    lambda: Series("s", values=[1, 2], low=[0, 1]),
    lambda: Series("s", values=[1, 2], low=[0], high=[2]),
    lambda: Series("s", values=[1], points=[(1, 1)]),
])
def test_inconsistent_specs_are_refused(make):
    with pytest.raises(ValueError):
        make()


def test_nice_ticks_and_axis_scale():
    assert nice_ticks(0, 100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(-5, 91.2)[0] <= -5 and nice_ticks(-5, 91.2)[-1] >= 91.2
    low, high, ticks = axis_scale([3, 97], include_zero=True)
    assert (low, high) == (ticks[0], ticks[-1]) and low <= 0 and high >= 97
    assert axis_scale([], (0, 10))[:2] == (0, 10)
    assert axis_scale([None])[:2] == (0, 1)
    assert tick_decimals([0, 2.5, 5]) == 1 and tick_decimals([0, 10]) == 0


def test_row_charts_grow_with_their_rows():
    small = ChartSpec("heatmap", series=[Series("r", values=[1])], x_labels=["x"])
    big = ChartSpec("heatmap", series=[Series(f"r{i}", values=[1]) for i in range(10)],
                    x_labels=["x"])
    assert chart_height(big) > chart_height(small)
