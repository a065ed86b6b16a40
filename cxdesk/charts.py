"""Chart specs: what a chart shows, as plain data that the GUI and the PDF both draw."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

ChartKind = Literal["line", "bar", "hbar", "scatter", "heatmap"]
KINDS: tuple[str, ...] = ("line", "bar", "hbar", "scatter", "heatmap")

Point = tuple[float, float]


def _tuple(value: Sequence | None) -> tuple:
    return tuple(value) if value is not None else ()


@dataclass(frozen=True)
class Series:
    """One line, one set of bars, one cloud of points or one row of a heat map.

    `values` lines up with the chart's `x_labels` (None leaves a gap); `points` are (x, y)
    pairs for scatter charts or lines over a numeric x. `low`/`high` line up with whichever
    of the two is used and draw a band (e.g. the NPS 95% interval); `point_labels` name the
    scatter points (e.g. the attribute behind each driver)."""

    name: str
    values: Sequence[float | None] = ()
    points: Sequence[Point] = ()
    low: Sequence[float | None] = ()
    high: Sequence[float | None] = ()
    point_labels: Sequence[str] = ()

    def __post_init__(self) -> None:
        for name in ("values", "points", "low", "high", "point_labels"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        if self.values and self.points:
            raise ValueError(f"series {self.name!r}: give values or points, not both")
        size = len(self.values or self.points)
        for name in ("low", "high"):
            if getattr(self, name) and len(getattr(self, name)) != size:
                raise ValueError(f"series {self.name!r}: {name} must have {size} entries")
        if bool(self.low) != bool(self.high):
            raise ValueError(f"series {self.name!r}: a band needs both low and high")

    @property
    def has_band(self) -> bool:
        return bool(self.low)

    def xy(self) -> list[tuple[float, float | None]]:
        """(x, y) pairs: values sit at x = 0, 1, 2 … (their label's index)."""
        if self.points:
            return [(float(x), float(y)) for x, y in self.points]
        return [(float(i), None if v is None else float(v)) for i, v in enumerate(self.values)]


@dataclass(frozen=True)
class ReferenceLine:
    """A target, an average or a quadrant split: `axis` 'y' draws a horizontal line at y=value
    (for hbar charts: along the value axis), 'x' a vertical one."""

    value: float
    axis: Literal["x", "y"] = "y"
    label: str = ""


@dataclass(frozen=True)
class ChartSpec:
    """A whole chart. For 'heatmap' each series is a row (its name the row label) and
    `x_labels` are the columns; for 'bar'/'hbar' `x_labels` are the categories."""

    kind: ChartKind
    title: str = ""
    series: Sequence[Series] = ()
    x_labels: Sequence[str] = ()
    y_range: tuple[float, float] | None = None  # the value axis; None fits the data
    x_range: tuple[float, float] | None = None  # scatter and numeric lines only
    reference_lines: Sequence[ReferenceLine] = ()
    x_title: str = ""
    y_title: str = ""
    decimals: int = 0  # for value labels (bars, heat-map cells)
    notes: Sequence[str] = field(default=())  # e.g. "n < 30": printed under the chart

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown chart kind {self.kind!r}")
        for name in ("series", "x_labels", "reference_lines", "notes"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        for rng in (self.y_range, self.x_range):
            if rng is not None and not rng[0] < rng[1]:
                raise ValueError(f"an axis range must go from low to high, not {rng}")
        if self.kind in ("bar", "hbar", "heatmap"):
            for series in self.series:
                if series.points:
                    raise ValueError(f"a {self.kind} chart takes values, not points")
                if len(series.values) != len(self.x_labels):
                    raise ValueError(
                        f"series {series.name!r} has {len(series.values)} values for "
                        f"{len(self.x_labels)} labels"
                    )

    @property
    def is_empty(self) -> bool:
        return not any(
            any(y is not None for _, y in series.xy()) for series in self.series
        )
