"""The axes of the QtCharts renderer: round value ranges, and labels that never elide."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QValueAxis

MAX_X_LABELS = 14
LABEL_BUDGET = 80  # characters of x labels a half-page-wide chart shows side by side


def nice_range(values: Sequence[float], include_zero: bool = False,
               fixed: tuple[float, float] | None = None) -> tuple[float, float, int]:
    """An axis (low, high, tick count) on round steps (1, 2, 2.5, 5 × 10^k) around the
    values, or the spec's own range."""
    if fixed is not None:
        low, high = fixed
        return low, high, _ticks(low, high)
    known = [v for v in values if v is not None and math.isfinite(v)]
    if include_zero:
        known.append(0.0)
    if not known:
        return 0.0, 1.0, 3
    low, high = min(known), max(known)
    if low == high:
        low, high = low - 1, high + 1
    raw = (high - low) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    return low, high, int(round((high - low) / step)) + 1


def _ticks(low: float, high: float) -> int:
    for count in (11, 9, 6, 5, 7, 3):
        step = (high - low) / (count - 1)
        if abs(step - round(step, 2)) < 1e-9:
            return count
    return 5


def value_axis(low: float, high: float, ticks: int, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setTickCount(ticks)
    step = (high - low) / max(ticks - 1, 1)
    decimals = 0 if float(step).is_integer() else 1 if float(step * 10).is_integer() else 2
    axis.setLabelFormat(f"%.{decimals}f")
    axis.setTitleText(title)
    return axis


def category_axis(labels: Sequence[str], count: int, title: str) -> QCategoryAxis:
    """Labels on the points; every second (third …) one when all would not fit side by side
    (QtCharts would elide them all to "Ju…")."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    width = sum(len(text) + 3 for text in labels)
    every = max(1, math.ceil(count / MAX_X_LABELS), math.ceil(width / LABEL_BUDGET))
    for index, text in enumerate(labels):
        if index % every == 0:
            axis.append(text, index)
    axis.setRange(-0.5, count - 0.5)
    axis.setTitleText(title)
    axis.setGridLineVisible(False)
    return axis
