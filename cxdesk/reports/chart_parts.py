"""The pieces every PDF chart shares: scales, ticks, labels, grid, legend; DejaVu only."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from cxdesk.charts import ChartSpec
from cxdesk.reports.fonts import SANS, SANS_BOLD, SANS_ITALIC
from cxdesk.reports.styles import INK, MUTED, PALETTE, RULE
from cxdesk.reports.text import clean

LABEL_SIZE = 7.5
GRID = Color(0.88, 0.9, 0.92)
REFERENCE = colors.HexColor("#c23b3b")
Area = tuple[float, float, float, float]  # x, y, width, height left for a plot and its axes


def color_of(index: int) -> Color:
    return PALETTE[index % len(PALETTE)]


def fmt(value: float, decimals: int = 0) -> str:
    """A value label with `decimals` places and never "-0"."""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def tick_decimals(ticks: Sequence[float]) -> int:
    """As many decimal places as the ticks need to print exactly (2.5 needs one)."""
    for decimals in range(4):
        if all(abs(tick - round(tick, decimals)) < 1e-9 for tick in ticks):
            return decimals
    return 3


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (1, 2, 2.5, 5 × 10^k steps)."""
    if not math.isfinite(low) or not math.isfinite(high):
        low, high = 0.0, 1.0
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step + 1e-9) * step
    ticks = []
    value = start
    while value <= high + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high - step * 1e-6:
        ticks.append(round(value, 10))
    return ticks


def axis_scale(values: Iterable[float | None], fixed: tuple[float, float] | None = None,
               include_zero: bool = False) -> tuple[float, float, list[float]]:
    """An axis as (low, high, ticks): `fixed` if given, else the data rounded out to nice
    ticks."""
    if fixed is not None:
        low, high = float(fixed[0]), float(fixed[1])
        ticks = [t for t in nice_ticks(low, high) if low - 1e-9 <= t <= high + 1e-9]
        return low, high, ticks
    numbers = [float(v) for v in values if v is not None and math.isfinite(v)]
    if include_zero:
        numbers.append(0.0)
    ticks = nice_ticks(min(numbers), max(numbers)) if numbers else nice_ticks(0.0, 1.0)
    return ticks[0], ticks[-1], ticks


@dataclass(frozen=True)
class Box:
    """The plot area in drawing points and the data range it shows."""

    x: float
    y: float
    width: float
    height: float
    x_min: float = 0.0
    x_max: float = 1.0
    y_min: float = 0.0
    y_max: float = 1.0

    def sx(self, value: float) -> float:
        return self.x + (value - self.x_min) / (self.x_max - self.x_min) * self.width

    def sy(self, value: float) -> float:
        return self.y + (value - self.y_min) / (self.y_max - self.y_min) * self.height

    def clamp_y(self, value: float) -> float:
        return min(max(value, self.y_min), self.y_max)


def fit(text: str, width: float, size: float = LABEL_SIZE, font: str = SANS) -> str:
    """Cut `text` with '…' to `width` points."""
    text = clean(text, 300)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def label(x: float, y: float, text: str, *, size: float = LABEL_SIZE, anchor: str = "start",
          color: Color = INK, bold: bool = False, italic: bool = False,
          width: float | None = None) -> String:
    font = SANS_BOLD if bold else SANS_ITALIC if italic else SANS
    text = fit(text, width, size, font) if width is not None else clean(text, 300)
    return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def width_of(text: str, size: float = LABEL_SIZE) -> float:
    return stringWidth(clean(text, 300), SANS, size)


def y_grid(box: Box, ticks: Sequence[float]) -> Group:
    """Horizontal grid lines with their values on the left of the plot."""
    group = Group()
    decimals = tick_decimals(ticks)
    for tick in ticks:
        if not box.y_min - 1e-9 <= tick <= box.y_max + 1e-9:
            continue
        y = box.sy(tick)
        group.add(Line(box.x, y, box.x + box.width, y, strokeColor=GRID, strokeWidth=0.5))
        group.add(label(box.x - 4, y - 2.6, fmt(tick, decimals), anchor="end", color=MUTED))
    group.add(Line(box.x, box.y, box.x + box.width, box.y, strokeColor=RULE, strokeWidth=0.8))
    return group


def x_grid(box: Box, ticks: Sequence[float]) -> Group:
    """Vertical grid lines with their values under the plot."""
    group = Group()
    decimals = tick_decimals(ticks)
    for tick in ticks:
        if not box.x_min - 1e-9 <= tick <= box.x_max + 1e-9:
            continue
        x = box.sx(tick)
        group.add(Line(x, box.y, x, box.y + box.height, strokeColor=GRID, strokeWidth=0.5))
        group.add(label(x, box.y - 10, fmt(tick, decimals), anchor="middle", color=MUTED))
    return group


def rotated_label(x: float, y: float, text: str, width: float) -> Group:
    """A vertical axis title reading bottom to top, centred on (x, y)."""
    group = Group(label(0, 0, text, anchor="middle", color=MUTED, width=width))
    group.translate(x, y)
    group.rotate(90)
    return group


def legend(entries: Sequence[tuple[str, Color, bool]], x: float, y: float,
           width: float) -> tuple[Group, int]:
    """Swatches and names in rows from (x, y) downwards; `True` in an entry draws a band
    swatch. Returns the group and the number of rows used."""
    group = Group()
    cursor, rows = x, 1
    for name, color, band in entries:
        text = fit(name, width / 2)
        need = 16 + width_of(text) + 12
        if cursor > x and cursor + need > x + width:
            cursor, rows = x, rows + 1
        top = y - (rows - 1) * 12
        if band:
            group.add(Rect(cursor, top - 1, 11, 7, fillColor=color, strokeColor=None,
                           fillOpacity=0.25))
        group.add(Line(cursor, top + 2.5, cursor + 11, top + 2.5, strokeColor=color,
                       strokeWidth=1.6))
        group.add(label(cursor + 15, top, text))
        cursor += need
    return group, rows


def value_box(area: Area, spec: ChartSpec, values: list[float | None], *,
              include_zero: bool = False, x_range: tuple[float, float] = (0, 1),
              top_room: float = 4) -> tuple[Box, list[float]]:
    """The plot box inside `area` with a value axis on the left and 14 points for x labels
    below; returns it and the y ticks."""
    values = values + [r.value for r in spec.reference_lines if r.axis == "y"]
    y_min, y_max, ticks = axis_scale(values, spec.y_range, include_zero)
    left = max(width_of(fmt(t, tick_decimals(ticks))) for t in ticks) + 8
    x, y, w, h = area
    box = Box(x + left, y + 14, w - left - 8, h - 14 - top_room,
              x_range[0], x_range[1], y_min, y_max)
    return box, ticks


def category_labels(drawing: Drawing, box: Box, labels: Sequence[str]) -> None:
    """Labels under slot centres 0 … n-1, cut to their slot; thinned out only when the slots
    are too narrow for a few letters."""
    if not labels:
        return
    slot = box.width / len(labels)
    step = 1 if slot >= 30 else math.ceil(30 / slot)
    for index in range(0, len(labels), step):
        drawing.add(label(box.sx(index), box.y - 10, labels[index], anchor="middle",
                          color=MUTED, width=slot * step - 3))


def needs_top_room(spec: ChartSpec, vertical_axis: str = "x") -> bool:
    """Whether a labelled vertical reference line wants its label above the plot."""
    return any(ref.label and ref.axis == vertical_axis for ref in spec.reference_lines)


def reference_lines(drawing: Drawing, spec: ChartSpec, box: Box, *, swap: bool = False) -> None:
    """Dashed target/split lines; `swap` for hbar charts, whose value axis runs across."""
    for ref in spec.reference_lines:
        horizontal = (ref.axis == "y") != swap
        if horizontal and box.y_min <= ref.value <= box.y_max:
            y = box.sy(ref.value)
            drawing.add(Line(box.x, y, box.x + box.width, y, strokeColor=REFERENCE,
                             strokeWidth=0.8, strokeDashArray=[3, 2]))
            if ref.label:
                drawing.add(label(box.x + box.width - 2, y + 2.5, ref.label, anchor="end",
                                  size=6.5, color=REFERENCE, width=box.width / 2))
        elif not horizontal and box.x_min <= ref.value <= box.x_max:
            x = box.sx(ref.value)
            drawing.add(Line(x, box.y, x, box.y + box.height, strokeColor=REFERENCE,
                             strokeWidth=0.8, strokeDashArray=[3, 2]))
            if ref.label:  # above the plot, where no bar or point can cover it
                drawing.add(label(x, box.y + box.height + 3, ref.label, size=6.5,
                                  anchor="middle", color=REFERENCE, width=box.width / 3))
