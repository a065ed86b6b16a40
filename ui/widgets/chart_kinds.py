"""A ChartSpec as a QChart: line (with its 95% band), bar, horizontal bar and scatter.

The PDF draws the same spec with reportlab (cxdesk/reports/chart_kinds.py); the heat map is
a table (ui/widgets/heat_map.py). `build(spec)` returns the chart and, for bar charts, the
spec index of each category shown, so a click on a bar can name its category.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QXYSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from cxdesk.charts import ChartSpec, Series
from ui import figure_format as ff
from ui.widgets.chart_axes import category_axis, nice_range, value_axis
from ui.widgets.chart_labels import BarLabels

# the PDF's palette (cxdesk/reports/styles.py): distinguishable with colour-vision deficiencies
PALETTE = ("#1d5b8f", "#e07b39", "#3a9a5b", "#c23b3b", "#7b5ea7", "#8c6d31", "#2ca9b8",
           "#6b7280")
REFERENCE = QColor("#c23b3b")
HEADROOM = 0.12  # of the value range, beyond the longest bar, for its label


def color_of(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def _frame(spec: ChartSpec) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    if spec.title:
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(spec.title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _keep_labels(chart: QChart) -> None:
    """Axis labels in full: QtCharts elides them ("…") when it measures them before the
    window's font is known (seen under X11), and a cut number is no number."""
    for axis in chart.axes():
        axis.setTruncateLabels(False)


def _attach(chart: QChart, series, *axes: QAbstractAxis) -> None:
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)


def _hide_marker(chart: QChart, series) -> None:
    for marker in chart.legend().markers(series):
        marker.setVisible(False)


def _runs(points: Sequence[tuple[float, float | None]]) -> list[list[tuple[float, float]]]:
    """Consecutive points with a value: a None breaks the line."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in points:
        if y is None or not math.isfinite(y):
            runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def _reference(chart: QChart, spec: ChartSpec, x_axis, y_axis, x_span, y_span) -> None:
    """Dashed lines: 'y' across the x axis at y = value, 'x' up the y axis at x = value."""
    for line in spec.reference_lines:
        series = QLineSeries()
        series.setName(line.label)
        pen = QPen(REFERENCE, 1.4, Qt.PenStyle.DashLine)
        series.setPen(pen)
        if line.axis == "y":
            series.append(QPointF(x_span[0], line.value))
            series.append(QPointF(x_span[1], line.value))
        else:
            series.append(QPointF(line.value, y_span[0]))
            series.append(QPointF(line.value, y_span[1]))
        _attach(chart, series, x_axis, y_axis)
        if not line.label:
            _hide_marker(chart, series)


def line(spec: ChartSpec) -> tuple[QChart, list[int]]:
    chart = _frame(spec)
    numeric = any(s.points for s in spec.series)
    values = [y for s in spec.series for y in (*[p[1] for p in s.xy()], *s.low, *s.high)]
    values += [r.value for r in spec.reference_lines if r.axis == "y"]
    low, high, ticks = nice_range(values, fixed=spec.y_range)
    y_axis = value_axis(low, high, ticks, spec.y_title)
    if numeric:
        xs = [x for s in spec.series for x, _ in s.xy()]
        x_low, x_high, x_ticks = nice_range(xs, fixed=spec.x_range)
        x_axis: QAbstractAxis = value_axis(x_low, x_high, x_ticks, spec.x_title)
        x_span = (x_low, x_high)
    else:
        count = max([len(spec.x_labels)] + [len(s.values) for s in spec.series])
        x_axis = category_axis(spec.x_labels, count, spec.x_title)
        x_span = (-0.5, count - 0.5)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    band_named = False
    for index, series in enumerate(spec.series):
        if series.has_band:
            for area in _bands(series, color_of(index)):
                _attach(chart, area, x_axis, y_axis)
                if band_named:
                    _hide_marker(chart, area)
                band_named = True
    for index, series in enumerate(spec.series):
        for number, run in enumerate(_runs(series.xy())):
            drawn = QLineSeries()
            drawn.setName(series.name)
            drawn.setPen(QPen(color_of(index), 2.2))
            drawn.setPointsVisible(len(run) <= 60)
            drawn.setMarkerSize(6)
            for x, y in run:
                drawn.append(QPointF(x, y))
            _attach(chart, drawn, x_axis, y_axis)
            if number:
                _hide_marker(chart, drawn)
    _reference(chart, spec, x_axis, y_axis, x_span, (low, high))
    chart.legend().setVisible(len(spec.series) > 1 or band_named
                              or any(r.label for r in spec.reference_lines))
    return chart, []


def _bands(series: Series, color: QColor) -> list[QAreaSeries]:
    """The shaded 95% interval between low and high, broken where either is missing."""
    areas, run = [], []
    rows = zip([x for x, _ in series.xy()], series.low, series.high, strict=True)
    for x, low, high in [*rows, (0.0, None, None)]:
        if low is not None and high is not None:
            run.append((x, low, high))
            continue
        if run:
            upper, lower = QLineSeries(), QLineSeries()
            for x0, lo, hi in run:
                upper.append(QPointF(x0, hi))
                lower.append(QPointF(x0, lo))
            area = QAreaSeries(upper, lower)
            area.setName(QCoreApplication.translate("ChartView", "95% interval"))
            fill = QColor(color)
            fill.setAlphaF(0.18)
            area.setBrush(QBrush(fill))
            area.setPen(QPen(Qt.PenStyle.NoPen))
            upper.setParent(area)
            lower.setParent(area)
            areas.append(area)
        run = []
    return areas


def bars(spec: ChartSpec, horizontal: bool) -> tuple[QChart, list[int]]:
    """Bars per category; categories without any value are left out (no bar reads as 0)."""
    chart = _frame(spec)
    shown = [i for i in range(len(spec.x_labels))
             if any(s.values[i] is not None for s in spec.series)]
    if horizontal:
        shown.reverse()  # QtCharts draws the first category at the bottom: ours goes on top
    categories = QBarCategoryAxis()
    categories.append([spec.x_labels[i] for i in shown])
    categories.setTitleText(spec.x_title)
    values = [v for s in spec.series for v in s.values if v is not None]
    values += [r.value for r in spec.reference_lines if r.axis == "y"]
    # room past the longest bar for its label
    span = max(values + [0.0]) - min(values + [0.0])
    room = [v + math.copysign(span * HEADROOM, v) for v in values]
    low, high, ticks = nice_range(values + room, include_zero=True, fixed=spec.y_range)
    values_axis = value_axis(low, high, ticks, spec.y_title)
    bar_series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    for index, series in enumerate(spec.series):
        bar_set = QBarSet(series.name)
        bar_set.setColor(color_of(index))
        bar_set.setBorderColor(color_of(index))
        bar_set.append([_round(series.values[i], spec.decimals) for i in shown])
        bar_series.append(bar_set)
    if len(spec.series) == 1:
        bar_series.setBarWidth(0.6)
    chart.addSeries(bar_series)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    bar_series.attachAxis(categories)
    bar_series.attachAxis(values_axis)
    span = (-0.5, len(shown) - 0.5)
    for line in spec.reference_lines:
        ref = QLineSeries()
        ref.setName(line.label)
        ref.setPen(QPen(REFERENCE, 1.4, Qt.PenStyle.DashLine))
        for end in span:
            ref.append(QPointF(line.value, end) if horizontal else QPointF(end, line.value))
        _attach(chart, ref, categories, values_axis)
        if not line.label:
            _hide_marker(chart, ref)
    chart.legend().setVisible(len(spec.series) > 1
                              or any(r.label for r in spec.reference_lines))
    labels = [[ff.number(s.values[i], spec.decimals) for i in shown] for s in spec.series]
    BarLabels(chart, bar_series, labels, horizontal)
    return chart, shown


def _round(value: float | None, decimals: int) -> float:
    return 0.0 if value is None else round(float(value), decimals)


def scatter(spec: ChartSpec) -> tuple[QChart, list[int]]:
    chart = _frame(spec)
    xs = [x for s in spec.series for x, _ in s.xy()]
    ys = [y for s in spec.series for _, y in s.xy() if y is not None]
    xs += [r.value for r in spec.reference_lines if r.axis == "x"]
    ys += [r.value for r in spec.reference_lines if r.axis == "y"]
    x_low, x_high, x_ticks = nice_range(_padded(xs), fixed=spec.x_range)
    y_low, y_high, y_ticks = nice_range(_padded(ys), fixed=spec.y_range)
    x_axis = value_axis(x_low, x_high, x_ticks, spec.x_title)
    y_axis = value_axis(y_low, y_high, y_ticks, spec.y_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    _reference(chart, spec, x_axis, y_axis, (x_low, x_high), (y_low, y_high))
    for index, series in enumerate(spec.series):
        cloud = QScatterSeries()
        cloud.setName(series.name)
        cloud.setColor(color_of(index))
        cloud.setBorderColor(QColor("white"))
        cloud.setMarkerSize(11)
        for x, y in series.xy():
            cloud.append(QPointF(x, y))
        if series.point_labels:
            cloud.setPointLabelsVisible(True)
            cloud.setPointLabelsClipping(False)
            cloud.setPointLabelsFormat("")
            for number, text in enumerate(series.point_labels):
                cloud.setPointConfiguration(number, {
                    QXYSeries.PointConfiguration.LabelVisibility: True,
                    QXYSeries.PointConfiguration.LabelFormat: text,
                })
        _attach(chart, cloud, x_axis, y_axis)
    chart.legend().setVisible(len(spec.series) > 1)
    return chart, []


def _padded(values: list[float]) -> list[float]:
    """Room around a cloud of points, so a point's label is not cut off at the edge."""
    known = [v for v in values if v is not None]
    if not known:
        return known
    pad = (max(known) - min(known)) * 0.08 or 0.5
    return [min(known) - pad, max(known) + pad]


def build(spec: ChartSpec) -> tuple[QChart, list[int]]:
    if spec.kind == "line":
        chart, shown = line(spec)
    elif spec.kind in ("bar", "hbar"):
        chart, shown = bars(spec, horizontal=spec.kind == "hbar")
    elif spec.kind == "scatter":
        chart, shown = scatter(spec)
    else:
        raise ValueError(f"{spec.kind} charts are drawn as a table, not a QChart")
    _keep_labels(chart)
    return chart, shown
