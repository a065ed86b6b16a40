"""Chart specs of the Service-requests and Staff pages."""

from __future__ import annotations

from collections.abc import Callable

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.i18n import translate
from cxdesk.insights import names
from cxdesk.insights.chart_common import PERCENT, low_notes, short
from cxdesk.insights.requests import RequestsInsights
from cxdesk.insights.staff import StaffInsights

NPS_RANGE = (-100.0, 100.0)
STAFF_MEASURES = ("mystery", "nps", "csat")


def sla_priority_chart(ins: RequestsInsights) -> ChartSpec:
    rows = ins.priorities
    lines = () if ins.sla.on_time.value is None else (
        ReferenceLine(ins.sla.on_time.value, "y", translate("InsightCharts", "All")),)
    return ChartSpec(
        "bar", translate("InsightCharts", "On time per SLA by priority, %"),
        [Series(translate("InsightCharts", "On time, %"),
                values=[row.on_time.value for row in rows])],
        x_labels=[names.priority_name(row.priority) for row in rows], reference_lines=lines,
        notes=low_notes([row.on_time.n for row in rows]),
    )


def sla_speed_chart(ins: RequestsInsights,
                    period_label: Callable[[str], str] = str) -> ChartSpec:
    """The gap that matters: on time by the SLA, yet are customers satisfied with speed?"""
    months = ins.monthly.months
    return ChartSpec(
        "line", translate("InsightCharts", "On time per SLA and satisfied with speed, %"),
        [Series(translate("InsightCharts", "On time per SLA"),
                values=[m.on_time_pct for m in months]),
         Series(translate("InsightCharts", "Satisfied with speed"),
                values=[m.satisfied_pct for m in months])],
        x_labels=[period_label(m.period) for m in months], y_range=PERCENT, y_title="%",
        notes=low_notes([m.n for m in months] + [m.satisfied_n for m in months]),
    )


def time_chart(ins: RequestsInsights) -> ChartSpec:
    """How many requests took each time band, per step."""
    return ChartSpec(
        "bar", translate("InsightCharts", "How long requests take"),
        [Series(names.step_name(b.step), values=[float(c) if b.n else None for c in b.counts])
         for b in ins.bins],
        x_labels=names.bin_names(ins.bin_edges),
        y_title=translate("InsightCharts", "Requests"),
    )


def staff_chart(ins: StaffInsights, measure: str = "nps") -> ChartSpec:
    """One figure per employee as horizontal bars, with the team's figure as a line."""
    if measure not in STAFF_MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    rows = [r for r in ins.rows if getattr(r, measure).n > 0]
    if measure == "mystery":
        title = translate("InsightCharts", "Mystery-shop score of the visits that observed them, %")
        team, span = ins.mystery.value, None  # bars: the axis fits, with room for labels
    elif measure == "nps":
        title = translate("InsightCharts", "NPS of the customers they served")
        team, span = ins.nps.value, NPS_RANGE
    else:
        title = translate("InsightCharts", "CSAT of the customers they served, %")
        team, span = ins.csat.value, None
    lines = () if team is None else (
        ReferenceLine(team, "y", translate("InsightCharts", "Team")),)
    return ChartSpec(
        "hbar", title, [Series(title, values=[getattr(r, measure).value for r in rows])],
        x_labels=[short(r.name) for r in rows], y_range=span, reference_lines=lines,
        notes=low_notes([getattr(r, measure).n for r in rows]),
    )


def soco_nps_chart(ins: StaffInsights) -> ChartSpec:
    """SOCO (24–216, more customer-oriented to the right) against the NPS of the customers
    they served; the x axis fits the people shown so close scores do not pile up."""
    rows = [r for r in ins.rows
            if r.soco is not None and r.soco.total is not None and r.nps.value is not None]
    return ChartSpec(
        "scatter", translate("InsightCharts", "Customer orientation and NPS"),
        [Series(translate("InsightCharts", "Employees"),
                points=[(float(r.soco.total), float(r.nps.value)) for r in rows],  # type: ignore
                point_labels=[short(r.name, 24) for r in rows])],
        y_range=NPS_RANGE, x_title="SOCO", y_title="NPS",
        notes=low_notes([r.nps.n for r in rows]),
    )
