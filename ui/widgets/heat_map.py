"""A heat-map ChartSpec as a coloured grid: one row per series, one column per x label, each
cell its value on a red–yellow–green scale (low to high; the spec's y_range fixes the ends)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cxdesk.charts import ChartSpec
from ui import figure_format as ff

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
LOW, MID, HIGH = QColor("#f4c7c3"), QColor("#fce8b2"), QColor("#b7e1cd")
EMPTY = QColor("#eef0f2")


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in
                             zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def heat_color(value: float | None, low: float, high: float) -> QColor:
    if value is None:
        return EMPTY
    share = 0.5 if high <= low else min(1.0, max(0.0, (value - low) / (high - low)))
    return _mix(LOW, MID, share * 2) if share < 0.5 else _mix(MID, HIGH, share * 2 - 1)


class HeatModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self._low, self._high = 0.0, 1.0

    def set_spec(self, spec: ChartSpec) -> None:
        self.beginResetModel()
        self.spec = spec
        values = [v for s in spec.series for v in s.values if v is not None]
        if spec.y_range is not None:
            self._low, self._high = spec.y_range
        elif values:
            self._low, self._high = min(values), max(values)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.spec is None else len(self.spec.series)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.spec is None else len(self.spec.x_labels)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.spec is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            labels = self.spec.x_labels
            return labels[section] if 0 <= section < len(labels) else None
        series = self.spec.series
        return series[section].name if 0 <= section < len(series) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.spec is None or not index.isValid():
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        value = self.spec.series[index.row()].values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ff.number(value, self.spec.decimals)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(heat_color(value, self._low, self._high))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f2933"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class HeatMap(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat_model = HeatModel(self)
        self.setModel(self.heat_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setShowGrid(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_spec(self, spec: ChartSpec) -> None:
        self.heat_model.set_spec(spec)
        self.resizeRowsToContents()
        height = (self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
                  + sum(self.rowHeight(r) for r in range(self.heat_model.rowCount())))
        self.setFixedHeight(height)
