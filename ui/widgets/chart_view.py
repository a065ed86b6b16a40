"""ChartView: draws a `cxdesk.charts.ChartSpec`, the same description the PDF reports draw.

    view = ChartView()
    view.set_spec(by_location_spec(names, results))      # cxdesk/charts_build.py
    view.category_clicked.connect(lambda index: ...)      # a bar was clicked: names[index]

Lines (with the 95% band), bars, horizontal bars and scatter charts are QtCharts; a heat map
is a coloured grid. The title sits above, the spec's notes ("n < 30: …") below; an empty
spec says so. The context menu saves the chart as a PNG.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCharts import QAbstractBarSeries, QBarSet, QChart, QChartView, QScatterSeries
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cxdesk.charts import ChartSpec
from cxdesk.i18n import fill
from ui import figure_format as ff
from ui.qtcompat import emit
from ui.widgets import chart_kinds
from ui.widgets.heat_map import HeatMap

log = logging.getLogger(__name__)
HEIGHT = 300  # line, bar and scatter charts; horizontal bars grow with their rows
ROW_HEIGHT = 30
MAX_HEIGHT = 560


def ask_png_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save the picture (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the chart as a picture"), suggested,
        parent.tr("PNG pictures (*.png)"))
    if not path:
        return None
    return path if path.lower().endswith(".png") else path + ".png"


class ChartView(QWidget):
    category_clicked = Signal(int)  # bar charts: the index of the clicked category in the spec

    def __init__(self, parent: QWidget | None = None, *, height: int = HEIGHT) -> None:
        super().__init__(parent)
        self._height = height
        self.spec: ChartSpec | None = None
        self.chart: QChart | None = None
        self._shown: list[int] = []  # spec index of each bar category drawn
        self.clickable = False
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFixedHeight(height)
        self.heat_map = HeatMap()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #7b8794;")
        self.empty_label.setMinimumHeight(height // 2)
        self._bodies = (self.chart_view, self.heat_map, self.empty_label)
        for widget in self._bodies:
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(self._menu)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #7b8794; font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        for widget in self._bodies:  # one shown at a time (a stack would keep the tallest)
            layout.addWidget(widget)
        layout.addWidget(self.notes_label)
        self.set_spec(None)

    def set_clickable(self, clickable: bool) -> None:
        """Bars act as buttons (the pointing hand over them, `category_clicked`)."""
        self.clickable = clickable

    def set_spec(self, spec: ChartSpec | None) -> None:
        """Draw `spec` (None: nothing yet)."""
        self.spec = spec
        self.title_label.setText(spec.title if spec else "")
        self.title_label.setVisible(bool(spec and spec.title))
        self.notes_label.setText("\n".join(spec.notes) if spec else "")
        self.notes_label.setVisible(bool(spec and spec.notes))
        self.empty_label.setText(self.tr("No data for this filter") if spec else "")
        if spec is None or spec.is_empty:
            self._replace_chart(None)
            self._show_body(self.empty_label)
            return
        if spec.kind == "heatmap":
            self._replace_chart(None)
            self.heat_map.set_spec(spec)
            self._show_body(self.heat_map)
            return
        chart, self._shown = chart_kinds.build(spec)
        chart.setTitle("")  # the title label above says it, in the widget's own font
        self.chart_view.setFixedHeight(self.height_for(spec, len(self._shown)))
        self._replace_chart(chart)
        self._show_body(self.chart_view)

    def height_for(self, spec: ChartSpec, rows: int) -> int:
        """Horizontal bars get a row each (and room for the axis and legend); others the
        height the view was made with."""
        if spec.kind != "hbar":
            return self._height
        extra = 90 if len(spec.series) > 1 or spec.reference_lines else 60
        per_row = ROW_HEIGHT + 8 * (len(spec.series) - 1)
        return min(MAX_HEIGHT, max(self._height // 2, extra + per_row * rows))

    def _show_body(self, shown: QWidget) -> None:
        for widget in self._bodies:
            widget.setVisible(widget is shown)

    def _replace_chart(self, chart: QChart | None) -> None:
        old = self.chart
        self.chart = chart
        if chart is None:
            self.chart_view.setChart(QChart())
        else:
            self.chart_view.setChart(chart)
            for series in chart.series():
                if isinstance(series, QAbstractBarSeries):
                    series.clicked.connect(self._bar_clicked)
                    series.hovered.connect(self._bar_hovered)
                elif isinstance(series, QScatterSeries):
                    series.hovered.connect(self._point_hovered)
        if old is not None:
            old.deleteLater()

    def _bar_clicked(self, index: int, _bar_set: QBarSet) -> None:
        if self.clickable and 0 <= index < len(self._shown):
            emit(self.category_clicked, self._shown[index])

    def _bar_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if self.clickable:
            self.chart_view.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if status else Qt.CursorShape.ArrowCursor)
        if not status or self.spec is None or not 0 <= index < len(self._shown):
            QToolTip.hideText()
            return
        category = self.spec.x_labels[self._shown[index]]
        series = next((s for s in self.spec.series if s.name == bar_set.label()),
                      self.spec.series[0])
        value = series.values[self._shown[index]]
        QToolTip.showText(QCursor.pos(), fill("%1 — %2: %3", category, series.name,
                                              ff.number(value, self.spec.decimals)))

    def _point_hovered(self, point: QPointF, status: bool) -> None:
        if not status or self.spec is None:
            QToolTip.hideText()
            return
        for series in self.spec.series:
            for (x, y), label in zip(series.points, series.point_labels, strict=False):
                if abs(x - point.x()) < 1e-9 and abs(y - point.y()) < 1e-9:
                    QToolTip.showText(QCursor.pos(), fill(
                        "%1\n%2: %3\n%4: %5", label, self.spec.x_title,
                        ff.number(x, self.spec.decimals), self.spec.y_title,
                        ff.number(y, self.spec.decimals)))
                    return

    # saving

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG…"), self.save_as)
        menu.exec(self.sender().mapToGlobal(position))  # type: ignore[union-attr]

    def save_as(self) -> None:
        name = (self.spec.title if self.spec and self.spec.title else "chart")
        suggested = str(Path.home() / f"{_file_name(name)}.png")
        path = ask_png_path(self, suggested)
        if path is not None and not self.save_png(path):
            log.warning("could not save the chart to %s", path)

    def save_png(self, path: str | Path) -> bool:
        """The chart as it is shown (title and notes included) in a PNG file."""
        return self.grab().save(str(path), "PNG")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.spec is not None:
            self.empty_label.setText(self.tr("No data for this filter"))
        super().changeEvent(event)


def _file_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:60] or "chart"
