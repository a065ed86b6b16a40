"""The five chart kinds drawn into a reportlab Drawing: line, bar, hbar, scatter, heat map."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.colors import Color

from cxdesk.charts import ChartSpec, Series
from cxdesk.reports.chart_parts import (
    REFERENCE,
    Area,
    Box,
    axis_scale,
    category_labels,
    color_of,
    fit,
    fmt,
    label,
    needs_top_room,
    reference_lines,
    value_box,
    width_of,
    x_grid,
    y_grid,
)
from cxdesk.reports.styles import ACCENT, INK, MUTED

NO_VALUE = colors.HexColor("#e4e7eb")
PALE = colors.HexColor("#f4f7fb")


def _runs(points: Sequence[tuple[float, float | None]]) -> list[list[tuple[float, float]]]:
    """Consecutive points with a value: a None breaks the line."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in points:
        if y is None or not math.isfinite(y):
            runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def _flat(points: Sequence[tuple[float, float]]) -> list[float]:
    return [coordinate for point in points for coordinate in point]


def line(drawing: Drawing, spec: ChartSpec, area: Area) -> None:
    numeric = any(s.points for s in spec.series)
    values = [y for s in spec.series for y in (*[p[1] for p in s.xy()], *s.low, *s.high)]
    x_ticks: list[float] = []
    if numeric:
        x_min, x_max, x_ticks = axis_scale([x for s in spec.series for x, _ in s.xy()],
                                           spec.x_range)
    else:
        count = max([len(spec.x_labels)] + [len(s.values) for s in spec.series])
        x_min, x_max = -0.5, count - 0.5
    box, ticks = value_box(area, spec, values, x_range=(x_min, x_max),
                           top_room=12 if needs_top_room(spec) else 4)
    drawing.add(y_grid(box, ticks))
    if numeric:
        drawing.add(x_grid(box, x_ticks))
    else:
        category_labels(drawing, box, spec.x_labels)
    for index, series in enumerate(spec.series):
        if series.has_band:
            _band(drawing, series, box, color_of(index))
    reference_lines(drawing, spec, box)
    for index, series in enumerate(spec.series):
        color = color_of(index)
        for run in _runs(series.xy()):
            points = [(box.sx(x), box.sy(box.clamp_y(y))) for x, y in run]
            if len(points) > 1:
                drawing.add(PolyLine(_flat(points), strokeColor=color, strokeWidth=1.6,
                                     strokeLineJoin=1))
            if len(points) <= 60:
                for x, y in points:
                    drawing.add(Circle(x, y, 2, fillColor=color, strokeColor=colors.white,
                                       strokeWidth=0.5))


def _band(drawing: Drawing, series: Series, box: Box, color: Color) -> None:
    """The shaded interval between low and high, broken where either is missing."""
    run: list[tuple[float, float, float]] = []
    rows = zip([x for x, _ in series.xy()], series.low, series.high, strict=True)
    for x, low, high in [*rows, (0.0, None, None)]:
        if low is not None and high is not None:
            run.append((x, low, high))
            continue
        if len(run) > 1:
            upper = [(box.sx(x), box.sy(box.clamp_y(hi))) for x, _, hi in run]
            lower = [(box.sx(x), box.sy(box.clamp_y(lo))) for x, lo, _ in reversed(run)]
            drawing.add(Polygon(_flat(upper + lower), fillColor=color, fillOpacity=0.18,
                                strokeColor=None))
        run = []


def bar(drawing: Drawing, spec: ChartSpec, area: Area) -> None:
    count = len(spec.x_labels)
    values = [v for s in spec.series for v in s.values]
    box, ticks = value_box(area, spec, values, include_zero=True, x_range=(-0.5, count - 0.5),
                           top_room=10)
    drawing.add(y_grid(box, ticks))
    category_labels(drawing, box, spec.x_labels)
    slot = box.width / max(count, 1)
    width = slot * 0.78 / max(len(spec.series), 1)
    base = box.sy(box.clamp_y(0))
    for index, series in enumerate(spec.series):
        for position, value in enumerate(series.values):
            if value is None:
                continue
            x = box.sx(position) - slot * 0.39 + index * width
            y = box.sy(box.clamp_y(value))
            drawing.add(Rect(x, min(base, y), width, abs(y - base), fillColor=color_of(index),
                             strokeColor=None))
            text = fmt(value, spec.decimals)
            if width_of(text, 6.5) <= width + 6:
                drawing.add(label(x + width / 2, y + 2 if value >= 0 else y - 8, text,
                                  anchor="middle", size=6.5))
    reference_lines(drawing, spec, box)


def hbar(drawing: Drawing, spec: ChartSpec, area: Area) -> None:
    x, y, w, h = area
    values = [v for s in spec.series for v in s.values]
    values += [r.value for r in spec.reference_lines if r.axis == "y"]
    low, high, ticks = axis_scale(values, spec.y_range, include_zero=True)
    left = min(max([width_of(text) for text in spec.x_labels] + [0]) + 8, w * 0.4)
    count = max(len(spec.x_labels), 1)
    top_room = 12 if needs_top_room(spec, "y") else 2
    box = Box(x + left, y + 14, w - left - 24, h - 14 - top_room, low, high, count - 0.5, -0.5)
    drawing.add(x_grid(box, ticks))
    slot = box.height / count
    thickness = slot * 0.72 / max(len(spec.series), 1)
    base = box.sx(min(max(0.0, low), high))
    for position, text in enumerate(spec.x_labels):
        drawing.add(label(box.x - 4, box.sy(position) - 2.6, text, anchor="end", width=left - 6))
    for index, series in enumerate(spec.series):
        for position, value in enumerate(series.values):
            if value is None:
                continue
            top = box.sy(position) + slot * 0.36 - index * thickness
            end = box.sx(min(max(value, low), high))
            drawing.add(Rect(min(base, end), top - thickness, abs(end - base), thickness,
                             fillColor=color_of(index), strokeColor=None))
            if thickness >= 6:
                drawing.add(label(end + 3 if value >= 0 else end - 3,
                                  top - thickness / 2 - 2.4, fmt(value, spec.decimals),
                                  size=6.5, anchor="start" if value >= 0 else "end"))
    reference_lines(drawing, spec, box, swap=True)


def scatter(drawing: Drawing, spec: ChartSpec, area: Area) -> None:
    points = [p for s in spec.series for p in s.xy()]
    xs = [px for px, _ in points] + [r.value for r in spec.reference_lines if r.axis == "x"]
    x_min, x_max, x_ticks = axis_scale(xs, spec.x_range)
    box, ticks = value_box(area, spec, [py for _, py in points], x_range=(x_min, x_max),
                           top_room=12 if needs_top_room(spec) else 4)
    drawing.add(y_grid(box, ticks))
    drawing.add(x_grid(box, x_ticks))
    reference_lines(drawing, spec, box)
    for index, series in enumerate(spec.series):
        names = list(series.point_labels) + [""] * len(series.points)
        for (px, py), name in zip(series.xy(), names, strict=False):
            if py is None or not (x_min <= px <= x_max and box.y_min <= py <= box.y_max):
                continue
            cx, cy = box.sx(px), box.sy(py)
            drawing.add(Circle(cx, cy, 3, fillColor=color_of(index), strokeColor=colors.white,
                               strokeWidth=0.6, fillOpacity=0.9))
            if name:
                drawing.add(label(cx + 4.5, cy - 2.4, name, size=6.5, width=90))


def heat_color(value: float, low: float, high: float) -> Color:
    """Sequential pale → accent; diverging red ← pale → accent when the range spans zero."""
    blend = colors.linearlyInterpolatedColor
    if low < 0 < high:
        if value < 0:
            return blend(PALE, REFERENCE, 0, 1, min(value / low, 1))
        return blend(PALE, ACCENT, 0, 1, min(value / high, 1))
    share = 0.0 if high == low else (value - low) / (high - low)
    return blend(PALE, ACCENT, 0, 1, min(max(share, 0), 1))


def heatmap(drawing: Drawing, spec: ChartSpec, area: Area) -> None:
    x, y, w, h = area
    rows, columns = list(spec.series), list(spec.x_labels)
    numbers = [v for s in rows for v in s.values if v is not None]
    low, high = spec.y_range or (min(numbers), max(numbers))  # not empty: checked before
    left = min(max(width_of(s.name) for s in rows) + 8, w * 0.35)
    cell_w = (w - left) / max(len(columns), 1)
    cell_h = min((h - 14) / max(len(rows), 1), 28)
    top = y + h - 14
    for col, text in enumerate(columns):
        drawing.add(label(x + left + (col + 0.5) * cell_w, top + 4, text, anchor="middle",
                          color=MUTED, width=cell_w - 2))
    size = max(min(7.5, cell_h * 0.45, cell_w / 5), 4.5)
    for row, series in enumerate(rows):
        cy = top - (row + 1) * cell_h
        drawing.add(label(x + left - 4, cy + cell_h / 2 - 2.6, series.name, anchor="end",
                          width=left - 6))
        for col, value in enumerate(series.values):
            fill = NO_VALUE if value is None else heat_color(value, low, high)
            drawing.add(Rect(x + left + col * cell_w, cy, cell_w, cell_h, fillColor=fill,
                             strokeColor=colors.white, strokeWidth=1))
            dark = value is not None and _luminance(fill) < 0.5
            text = "—" if value is None else fmt(value, spec.decimals)
            drawing.add(label(x + left + (col + 0.5) * cell_w, cy + cell_h / 2 - size * 0.35,
                              fit(text, cell_w - 2, size), anchor="middle", size=size,
                              color=colors.white if dark else INK))


def _luminance(color: Color) -> float:
    return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue


RENDERERS: dict[str, Callable[[Drawing, ChartSpec, Area], None]] = {
    "line": line,
    "bar": bar,
    "hbar": hbar,
    "scatter": scatter,
    "heatmap": heatmap,
}
