"""Chart specs of the analysis pages, built from the insights alone: the GUI draws them with
QtCharts and the PDF reports with reportlab, so both show the same chart."""

from __future__ import annotations

from collections.abc import Callable

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.i18n import fill, plural, translate
from cxdesk.insights import names
from cxdesk.insights.chart_common import low_notes, short
from cxdesk.insights.charts_sales import (
    abc_xyz_heatmap,
    growth_chart,
    loyalty_chart,
    pareto_chart,
    revenue_chart,
)
from cxdesk.insights.charts_service import (
    sla_priority_chart,
    sla_speed_chart,
    soco_nps_chart,
    staff_chart,
    time_chart,
)
from cxdesk.insights.mystery import MysteryInsights
from cxdesk.insights.standards import OTHER_STAGE, StandardsInsights

__all__ = [
    "abc_xyz_heatmap",
    "growth_chart",
    "loyalty_chart",
    "mystery_heatmap",
    "mystery_trend",
    "pareto_chart",
    "revenue_chart",
    "shoppers_chart",
    "sla_priority_chart",
    "sla_speed_chart",
    "soco_nps_chart",
    "staff_chart",
    "standards_chart",
    "standards_heatmap",
    "time_chart",
]

WEAKEST = 12  # standards in the bar chart: the ones kept least often


def mystery_heatmap(ins: MysteryInsights, lang: str = "en") -> ChartSpec:
    """Sections (rows, checklist order) × locations (columns): the weighted score %."""
    columns = [
        fill(
            plural(translate("InsightCharts", "%1 (%n visit)|%1 (%n visits)"), row.n_visits),
            row.location,
        )
        for row in ins.heat
    ]
    series = []
    ns = []
    for index, section in enumerate(ins.sections):
        cells = [row.cells[index] for row in ins.heat]
        ns += [c.n for c in cells if c is not None]
        series.append(
            Series(
                names.text(ins.section_names.get(section), lang) or section,
                values=[None if c is None else c.value for c in cells],
            )
        )
    return ChartSpec(
        "heatmap",
        translate("InsightCharts", "Section scores by location, %"),
        series,
        x_labels=columns,
        notes=low_notes(ns),  # colours span the data: differences show
    )


def mystery_trend(ins: MysteryInsights, period_label: Callable[[str], str] = str) -> ChartSpec:
    """The score per week or month; `period_label` writes a period key for the axis."""
    points = ins.trend.points
    overall = ins.rollup.value
    lines = (
        ()
        if overall is None
        else (ReferenceLine(overall, "y", translate("InsightCharts", "Period")),)
    )
    return ChartSpec(
        "line",
        translate("InsightCharts", "Mystery-shop score, %"),
        [Series(translate("InsightCharts", "Score, %"), values=[p.result.value for p in points])],  # type: ignore[attr-defined]
        x_labels=[period_label(p.label) for p in points],
        reference_lines=lines,
        y_title="%",
        notes=low_notes([p.n for p in points]),
    )


def shoppers_chart(ins: MysteryInsights) -> ChartSpec:
    """Each shopper's score and share of visits passed: one far from the rest may judge
    differently."""
    labels = [
        fill(
            plural(translate("InsightCharts", "%1 (%n visit)|%1 (%n visits)"), s.n_visits),
            s.shopper,
        )
        for s in ins.shoppers
    ]
    lines = (
        ()
        if ins.rollup.value is None
        else (ReferenceLine(ins.rollup.value, "y", translate("InsightCharts", "All visits")),)
    )
    return ChartSpec(
        "hbar",
        translate("InsightCharts", "Score and visits passed by shopper"),
        [
            Series(translate("InsightCharts", "Score, %"), values=[s.value for s in ins.shoppers]),
            Series(
                translate("InsightCharts", "Visits passed, %"),
                values=[s.passed.value for s in ins.shoppers],
            ),
        ],
        x_labels=labels,
        reference_lines=lines,  # the axis fits: room for "100" at a bar's end
        notes=low_notes([s.n_visits for s in ins.shoppers]),
    )


def _stage_name(ins: StandardsInsights, stage: str, lang: str) -> str:
    if stage == OTHER_STAGE:
        return names.other_stage()
    return names.text(ins.stage_names.get(stage), lang) or stage


def _role_name(ins: StandardsInsights, role: str | None, lang: str) -> str:
    if role is None:
        return names.no_role()
    return names.text(ins.role_names.get(role), lang) or role


def standards_heatmap(ins: StandardsInsights, lang: str = "en") -> ChartSpec:
    """Journey stages (rows, in order) × roles (columns): % of checks passed."""
    series = []
    for stage in ins.stages:
        cells = [ins.cells.get((stage, role)) for role in ins.roles]
        series.append(
            Series(
                _stage_name(ins, stage, lang),
                values=[None if c is None else c.value for c in cells],
            )
        )
    return ChartSpec(
        "heatmap",
        translate("InsightCharts", "Standards kept by stage and role, %"),
        series,
        x_labels=[_role_name(ins, role, lang) for role in ins.roles],
        notes=low_notes([c.n for c in ins.cells.values()]),
    )


def standards_chart(ins: StandardsInsights, lang: str = "en", limit: int = WEAKEST) -> ChartSpec:
    """The standards kept least often, worst on top."""
    scored = [s for s in ins.standards if s.score.value is not None]
    worst = sorted(scored, key=lambda s: (s.score.value, -s.score.n))[:limit]
    lines = (
        ()
        if ins.compliance.value is None
        else (
            ReferenceLine(ins.compliance.value, "y", translate("InsightCharts", "All standards")),
        )
    )
    return ChartSpec(
        "hbar",
        translate("InsightCharts", "Standards kept least often, % of checks passed"),
        [Series(translate("InsightCharts", "Kept, %"), values=[s.score.value for s in worst])],
        x_labels=[short(names.text(s.text, lang) or s.code) for s in worst],
        reference_lines=lines,
        notes=low_notes([s.score.n for s in worst]),
    )
