"""Draw a ChartSpec with reportlab.graphics: the frame (title, legend, notes, axis titles)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from cxdesk.charts import ChartSpec
from cxdesk.i18n import translate
from cxdesk.reports.chart_kinds import RENDERERS
from cxdesk.reports.chart_parts import color_of, label, legend, rotated_label
from cxdesk.reports.document import CONTENT_WIDTH
from cxdesk.reports.fonts import SANS, register_fonts
from cxdesk.reports.styles import MUTED

DEFAULT_HEIGHT = 200.0


def chart_height(spec: ChartSpec) -> float:
    """A height that suits the chart: row charts grow with their rows, others are fixed."""
    extra = (18 if spec.title else 0) + 10 * len(spec.notes) + (12 if spec.x_title else 0)
    if spec.kind == "heatmap":
        return extra + 22 + 24 * max(len(spec.series), 1)
    if spec.kind == "hbar":
        legend_rows = 16 if len(spec.series) > 1 else 0
        per_row = 10 + 8 * max(len(spec.series), 1)
        return extra + legend_rows + 30 + per_row * max(len(spec.x_labels), 1)
    return DEFAULT_HEIGHT


def draw_chart(spec: ChartSpec, width: float = CONTENT_WIDTH,
               height: float | None = None) -> Drawing:
    """A Drawing (a platypus flowable) of `spec`: title on top; notes, legend and the x title
    below; every text in DejaVu. `height` defaults to chart_height(spec)."""
    register_fonts()
    height = chart_height(spec) if height is None else height
    drawing = Drawing(width, height)
    # the renderer sets this font before any String: Helvetica unless told otherwise
    drawing.initialFontName = SANS
    drawing.initialFontSize = 7.5
    top, bottom, left = height, 0.0, 0.0
    if spec.title:
        drawing.add(label(0, height - 10, spec.title, size=9.5, bold=True, width=width))
        top -= 18
    for note in reversed(spec.notes):
        drawing.add(label(0, bottom + 2, note, size=7, italic=True, color=MUTED, width=width))
        bottom += 10
    entries = [(s.name, color_of(i), s.has_band) for i, s in enumerate(spec.series) if s.name]
    if spec.kind != "heatmap" and (len(entries) > 1 or any(band for *_, band in entries)):
        rows = legend(entries, 0, 0, width)[1]
        drawing.add(legend(entries, 0, bottom + 3 + (rows - 1) * 12, width)[0])
        bottom += rows * 12 + 4
    if spec.x_title:
        drawing.add(label(width / 2, bottom + 2, spec.x_title, anchor="middle", color=MUTED,
                          width=width))
        bottom += 12
    if spec.y_title:
        drawing.add(rotated_label(6, (bottom + top) / 2, spec.y_title, top - bottom))
        left += 14
    area = (left, bottom + 4, width - left, top - bottom - 6)
    if spec.is_empty:
        drawing.add(label(left + area[2] / 2, bottom + area[3] / 2,
                          translate("Reports", "No data"), anchor="middle", color=MUTED))
        return drawing
    RENDERERS[spec.kind](drawing, spec, area)
    return drawing
