"""Value labels over the bars, written as the interface language writes numbers.

QtCharts' own bar labels print "12.5" in every language and "0" for a missing value; these
are text items placed at each bar's end and moved whenever the plot area changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractBarSeries, QChart
from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from ui import figure_format as ff

GAP = 4  # pixels between a bar's end and its label
INK = QColor("#1f2933")


class BarLabels(QObject):
    def __init__(self, chart: QChart, series: QAbstractBarSeries,
                 texts: Sequence[Sequence[str]], horizontal: bool) -> None:
        super().__init__(chart)
        self._chart = chart
        self._series = series
        self._horizontal = horizontal
        font = QFont(chart.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.items: list[list[QGraphicsSimpleTextItem]] = []
        for row in texts:
            items = []
            for text in row:
                item = QGraphicsSimpleTextItem(text if text != ff.DASH else "", chart)
                item.setFont(font)
                item.setBrush(INK)
                item.setZValue(10)
                items.append(item)
            self.items.append(items)
        chart.plotAreaChanged.connect(self._place)

    def texts(self) -> list[list[str]]:
        return [[item.text() for item in row] for row in self.items]

    def _place(self) -> None:
        plot = self._chart.plotArea()
        sets = self._series.barSets()
        count = max(len(sets), 1)
        width = self._series.barWidth()
        for number, (bar_set, items) in enumerate(zip(sets, self.items, strict=False)):
            offset = -width / 2 + (number + 0.5) * width / count
            for index, item in enumerate(items):
                value = bar_set.at(index)
                box = item.boundingRect()
                if self._horizontal:
                    end = self._chart.mapToPosition(QPointF(value, index + offset), self._series)
                    x = end.x() + GAP if value >= 0 else end.x() - GAP - box.width()
                    inside = x < plot.left()  # no room left of a long negative bar
                    if inside:
                        x = end.x() + GAP
                    item.setBrush(QColor("white") if inside else INK)
                    item.setPos(x, end.y() - box.height() / 2)
                else:
                    end = self._chart.mapToPosition(QPointF(index + offset, value), self._series)
                    y = end.y() - GAP - box.height() if value >= 0 else end.y() + GAP
                    item.setPos(end.x() - box.width() / 2, max(y, plot.top() - box.height()))
