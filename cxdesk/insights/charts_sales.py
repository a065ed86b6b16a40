"""Chart specs of the Customers-and-sales page: revenue, growth, ABC × XYZ, Pareto, loyalty."""

from __future__ import annotations

from collections.abc import Callable

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.i18n import fill, translate
from cxdesk.insights import names
from cxdesk.insights.chart_common import PERCENT, low_notes
from cxdesk.insights.sales import SalesInsights

THOUSAND = 1000.0
TOP_SHARE = 20.0  # the Pareto line marks the top 20% of customers


def revenue_chart(ins: SalesInsights, period_label: Callable[[str], str] = str) -> ChartSpec:
    return ChartSpec(
        "bar", translate("InsightCharts", "Revenue by month, thousands"),
        [Series(translate("InsightCharts", "Revenue"),
                values=[row.value / THOUSAND for row in ins.months])],
        x_labels=[period_label(row.period) for row in ins.months],
    )


def growth_chart(ins: SalesInsights, period_label: Callable[[str], str] = str) -> ChartSpec:
    """Month over month and year over year, in %; a month without a base is a gap."""
    return ChartSpec(
        "line", translate("InsightCharts", "Revenue growth, %"),
        [Series(translate("InsightCharts", "Month over month"),
                values=[row.mom for row in ins.months]),
         Series(translate("InsightCharts", "Year over year"),
                values=[row.yoy for row in ins.months])],
        x_labels=[period_label(row.period) for row in ins.months],
        reference_lines=(ReferenceLine(0.0, "y"),), y_title="%",
    )


def abc_xyz_heatmap(ins: SalesInsights, measure: str = "share") -> ChartSpec:
    """The nine cells AX … CZ: `measure` "share" (% of revenue) or "count" (customers or
    products in the cell)."""
    cells = {(c.abc, c.xyz): c for c in ins.matrix.cells}
    if measure == "count":
        title = (translate("InsightCharts", "ABC × XYZ: products")
                 if ins.abc_by == "product" else
                 translate("InsightCharts", "ABC × XYZ: customers"))
        series = [Series(a, values=[float(cells[a, x].n) if ins.matrix.n else None
                                    for x in "XYZ"]) for a in "ABC"]
        decimals = 0
    elif measure == "share":
        title = translate("InsightCharts", "ABC × XYZ: share of revenue, %")
        series = [Series(a, values=[cells[a, x].share for x in "XYZ"]) for a in "ABC"]
        decimals = 1
    else:
        raise ValueError(f"unknown measure {measure!r}")
    notes: tuple[str, ...] = ()
    if ins.matrix.unclassified:
        notes = (fill(translate("InsightCharts", "Not classified (no revenue or no months): %1"),
                      ins.matrix.unclassified),)
    return ChartSpec("heatmap", title, series, x_labels=list("XYZ"), decimals=decimals,
                     notes=notes)


def pareto_chart(ins: SalesInsights) -> ChartSpec:
    """Cumulative % of revenue against % of customers (largest first), with the top 20%."""
    who = (translate("InsightCharts", "% of products") if ins.abc_by == "product"
           else translate("InsightCharts", "% of customers"))
    lines = [ReferenceLine(TOP_SHARE, "x")]
    if ins.pareto.value is not None:
        lines.append(ReferenceLine(
            ins.pareto.value, "y",
            fill(translate("InsightCharts", "Top 20%: %1% of revenue"),
                 f"{ins.pareto.value:.0f}")))
    return ChartSpec(
        "line", translate("InsightCharts", "Pareto curve"),
        [Series(translate("InsightCharts", "Cumulative revenue, %"),
                points=list(ins.pareto_curve))],
        x_range=PERCENT, y_range=PERCENT, reference_lines=lines, x_title=who,
        y_title=translate("InsightCharts", "% of revenue"),
    )


def loyalty_chart(ins: SalesInsights) -> ChartSpec:
    """NPS of each loyalty type: do the customers who want to stay recommend us more?"""
    rows = ins.loyalty
    return ChartSpec(
        "bar", translate("InsightCharts", "NPS by loyalty type"),
        [Series("NPS", values=[row.nps.value for row in rows])],
        x_labels=[names.loyalty_name(row.loyalty) for row in rows],
        reference_lines=(ReferenceLine(0.0, "y"),), notes=low_notes([r.nps.n for r in rows]),
    )
