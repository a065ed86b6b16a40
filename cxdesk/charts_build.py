"""Chart specs of the analysis figures: pure functions from results to `ChartSpec`, drawn by
the GUI (ui/widgets/chart_view.py) and the PDF (cxdesk/reports/charts_pdf.py) alike.

Labels the caller shows in its own words (locations, months, themes) come in as arguments;
titles default to the core's translation and can be replaced.
"""

from __future__ import annotations

from collections.abc import Sequence

from cxdesk import metrics
from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.i18n import fill, translate
from cxdesk.metrics import LOW_N

NPS_RANGE = (-100.0, 100.0)
PCT_RANGE = (0.0, 100.0)


def _low_n_note(names: Sequence[str]) -> tuple[str, ...]:
    if not names:
        return ()
    return (fill(translate("Charts", "n < 30: %1"), ", ".join(names)),)


def nps_trend_spec(labels: Sequence[str], results: Sequence[metrics.NpsResult],
                   title: str | None = None) -> ChartSpec:
    """NPS per period (month, week, quarter) as a line inside its 95% band (the adjusted-Wald
    interval, which stays honest at small n); a period without answers leaves a gap."""
    return ChartSpec(
        "line",
        translate("Charts", "NPS by month") if title is None else title,
        [Series("NPS", values=[r.value for r in results], low=[r.low for r in results],
                high=[r.high for r in results])],
        x_labels=list(labels),
        y_range=_nps_range([v for r in results for v in (r.low, r.high)]),
        reference_lines=[ReferenceLine(0.0)],
        y_title="NPS",
        decimals=1,
        notes=_low_n_note([n for n, r in zip(labels, results, strict=True) if 0 < r.n < LOW_N]),
    )


def _nps_range(values: Sequence[float | None]) -> tuple[float, float]:
    """The NPS axis: a multiple of 20 around the data, within −100…100, always holding 0."""
    known = [v for v in values if v is not None]
    if not known:
        return NPS_RANGE
    low = max(-100.0, 20.0 * (min(known + [0.0]) // 20))
    high = min(100.0, 20.0 * -((-max(known + [0.0])) // 20))
    return (low, high) if low < high else NPS_RANGE


def group_bar_spec(labels: Sequence[str], values: Sequence[float | None],
                   ns: Sequence[int], title: str, series: str, *,
                   overall: float | None = None, y_range: tuple[float, float] | None = None,
                   decimals: int = 1, horizontal: bool = True) -> ChartSpec:
    """One figure per group (location, staff member, channel …) as bars, in the order given,
    with the overall figure as a reference line and the groups under 30 answers noted."""
    references = [ReferenceLine(overall, label=translate("Charts", "all"))] \
        if overall is not None else []
    return ChartSpec(
        "hbar" if horizontal else "bar", title, [Series(series, values=list(values))],
        x_labels=list(labels), y_range=y_range, reference_lines=references, decimals=decimals,
        notes=_low_n_note([name for name, n in zip(labels, ns, strict=True) if 0 < n < LOW_N]),
    )


def by_location_spec(names: Sequence[str], results: Sequence[metrics.NpsResult],
                     overall: metrics.NpsResult | None = None,
                     title: str | None = None) -> ChartSpec:
    """NPS by location, in the order given (the Overview: best to worst)."""
    return group_bar_spec(
        names, [r.value for r in results], [r.n for r in results],
        translate("Charts", "NPS by location") if title is None else title, "NPS",
        overall=overall.value if overall is not None else None, y_range=None)


def distribution_spec(distribution: Sequence[int], title: str | None = None) -> ChartSpec:
    """How many answers each NPS score 0…10 got."""
    return ChartSpec(
        "bar",
        translate("Charts", "Answers per score") if title is None else title,
        [Series(translate("Charts", "Answers"), values=[float(c) for c in distribution])],
        x_labels=[str(score) for score in range(len(distribution))],
        x_title=translate("Charts", "0 = not at all likely, 10 = extremely likely"),
        decimals=0,
    )


def themes_spec(labels: Sequence[str], themes: Sequence[metrics.Theme], answers: int,
                title: str | None = None, top: int = 10) -> ChartSpec:
    """The most mentioned improvement themes, as % of the answers that name something."""
    shown = list(zip(labels, themes, strict=True))[:top]
    values = [100.0 * t.n / answers if answers else None for _, t in shown]
    return ChartSpec(
        "hbar",
        translate("Charts", "What to improve, % of answers") if title is None else title,
        [Series(translate("Charts", "% of answers"), values=values)],
        x_labels=[name for name, _ in shown], decimals=0,
        notes=_low_n_note([translate("Charts", "all answers")]) if 0 < answers < LOW_N else (),
    )


def servqual_spec(labels: Sequence[str], gaps: Sequence[metrics.DimensionGap],
                  title: str | None = None) -> ChartSpec:
    """The SERVQUAL gap (perception − expectation) of each dimension; below 0 falls short."""
    return ChartSpec(
        "hbar",
        translate("Charts", "SERVQUAL gap by dimension") if title is None else title,
        [Series(translate("Charts", "Gap"), values=[g.gap for g in gaps])],
        x_labels=list(labels), reference_lines=[ReferenceLine(0.0)], decimals=2,
        y_title=translate("Charts", "perception − expectation"),
    )


def drivers_spec(labels: Sequence[str], result: metrics.DriversResult,
                 title: str | None = None) -> ChartSpec:
    """Importance (correlation with the target) × performance (mean score), split into four
    quadrants at the medians: high importance and low performance = concentrate here."""
    shown = [(name, d) for name, d in zip(labels, result.drivers, strict=True)
             if d.correlation is not None and d.mean is not None]
    references = []
    if result.importance_median is not None:
        references.append(ReferenceLine(result.importance_median, "x"))
    if result.performance_median is not None:
        references.append(ReferenceLine(result.performance_median, "y"))
    return ChartSpec(
        "scatter",
        translate("Charts", "Key drivers: importance × performance") if title is None else title,
        [Series(translate("Charts", "Attributes"),
                points=[(d.correlation, d.mean) for _, d in shown],  # type: ignore[misc]
                point_labels=[name for name, _ in shown])],
        reference_lines=references,
        x_title=translate("Charts", "Importance: correlation with the overall score"),
        y_title=translate("Charts", "Performance: mean score"),
        decimals=2,
    )
