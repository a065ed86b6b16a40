"""The Summary the manager prints for the monthly meeting: key figures, trends, locations,
mystery shopping, standards, what customers ask for, detractors, SLA and complaints."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.i18n import fill, translate
from cxdesk.reports import labels as lb
from cxdesk.reports import summary_sections as sections
from cxdesk.reports import summary_voice as voice
from cxdesk.reports.charts_pdf import draw_chart
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.styles import Styles, report_styles
from cxdesk.reports.summary_model import SummaryData
from cxdesk.reports.tables import data_table, kept_whole
from cxdesk.reports.text import para, report_language
from cxdesk.services.analysis_cards import Headline

CHART_HEIGHT = 150.0


def build_summary(data: SummaryData, *, lang: str = "en", printed_on: date | None = None) -> bytes:
    """The Summary as PDF bytes, labels and checklist/standard texts in `lang`."""
    with report_language(lang):
        styles = report_styles()
        story = _cover(data, styles, printed_on)
        story += _key_figures(data, styles)
        story += sections.locations(data, styles)
        story += _trend(data, styles)
        story += sections.mystery(data, styles, lang)
        story += sections.standards(data, styles, lang)
        story += voice.improve(data, styles)
        story += voice.detractors(data, styles)
        story += voice.sla(data, styles)
        story += voice.complaints(data, styles)
        meta = ReportMeta(
            title=translate("Reports", "Customer service summary"),
            subject=translate("Reports", "Key figures, trends, locations, mystery shopping, "
                                         "standards, feedback, SLA and complaints"),
            business_name=data.business_name,
            header_title=fill(translate("Reports", "Summary %1"),
                              lb.period(data.filters.date_from, data.filters.date_to)),
            lang=lang,
            title_page=True,
            printed_on=printed_on,
        )
        return build_pdf(story, meta)


def _cover(data: SummaryData, styles: Styles, printed_on: date | None) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    if data.business_name:
        story.append(para(data.business_name, styles.title, limit=200))
    story.append(para(translate("Reports", "Customer service summary"), styles.subtitle))
    where = (", ".join(data.location_names) if data.location_names
             else translate("Reports", "all locations"))
    lines = [
        fill(translate("Reports", "Period: %1"),
             lb.period(data.filters.date_from, data.filters.date_to)),
        fill(translate("Reports", "Locations: %1"), where),
    ]
    if data.comparison is not None:
        span = lb.period(data.comparison.date_from, data.comparison.date_to)
        lines.append(fill(translate("Reports", "Compared with the previous period: %1"), span)
                     if data.compare == "previous" else
                     fill(translate("Reports", "Compared with the same period last year: %1"),
                          span))
    if printed_on is not None:
        lines.append(fill(translate("Reports", "Printed on %1"), printed_on.isoformat()))
    story += [para(line, styles.body, limit=600) for line in lines]
    return story


def _key_row(key: Headline) -> list[str]:
    decimals = 2 if key.key == "ces" else 1
    n = key.visits if key.visits is not None else key.n  # the mystery-shop row counts visits
    return [
        lb.figure_name(key.key),
        lb.num(key.value, decimals),
        lb.margin(key.moe, key.low, key.high, decimals),
        str(n),
        lb.num(key.previous, decimals),
        lb.signed(key.change, decimals),
        lb.significance(key.significant),
        lb.low_n_note(n),
    ]


def _key_figures(data: SummaryData, styles: Styles) -> list[Flowable]:
    header = [translate("Reports", "Figure"), translate("Reports", "Value"),
              translate("Reports", "95% margin"), "n", translate("Reports", "Before"),
              translate("Reports", "Change"), translate("Reports", "Significant"),
              translate("Reports", "Note")]
    rows = [_key_row(key) for key in data.key_figures]
    return [
        para(translate("Reports", "Key figures"), styles.h1),
        data_table(header, rows, [3.0, 0.9, 1.2, 0.75, 0.95, 1.0, 1.3, 0.8],
                   numeric=(1, 2, 3, 4, 5)),
        Spacer(1, 2 * mm),
        para(translate("Reports", "Before: the same figure in the comparison period. "
                                  "Significant: the change passes a 95% test (NPS: two-sample "
                                  "z test; CSAT, standards, SLA and feedback: two proportions; "
                                  "CES: two means). n < 30: too few answers to rely on."),
             styles.muted),
    ]


def _trend(data: SummaryData, styles: Styles) -> list[Flowable]:
    months = [m.month for m in data.trend]
    few = [m.month for m in data.trend if 0 < m.nps.n < 30]
    notes = [fill(translate("Reports", "n < 30 in %1"), ", ".join(few))] if few else []
    nps = ChartSpec(
        "line", translate("Reports", "NPS by month, with its 95% interval"),
        [Series("NPS", values=[m.nps.value for m in data.trend],
                low=[m.nps.low for m in data.trend], high=[m.nps.high for m in data.trend])],
        x_labels=months, reference_lines=[ReferenceLine(0)], notes=notes)
    csat = ChartSpec(
        "line", translate("Reports", "CSAT by month, % satisfied"),
        [Series(translate("Reports", "CSAT, %"), values=[m.csat.value for m in data.trend],
                low=[m.csat.low for m in data.trend], high=[m.csat.high for m in data.trend])],
        x_labels=months, y_range=None, notes=notes)
    rows = [(m.month, lb.num(m.nps.value), str(m.nps.n), lb.pct(m.csat.value), str(m.csat.n),
             lb.low_n_note(min(m.nps.n, m.csat.n)) if m.nps.n or m.csat.n else "")
            for m in data.trend]
    header = [translate("Reports", "Month"), "NPS", "n", translate("Reports", "CSAT, %"), "n",
              translate("Reports", "Note")]
    return [
        CondPageBreak(CHART_HEIGHT + 20 * mm),
        para(translate("Reports", "Trend by month"), styles.h1),
        draw_chart(nps, height=CHART_HEIGHT),
        Spacer(1, 3 * mm),
        draw_chart(csat, height=CHART_HEIGHT),
        Spacer(1, 3 * mm),
        kept_whole(data_table(header, rows, [1.2, 1, 1, 1, 1, 1], numeric=(1, 2, 3, 4))),
    ]
