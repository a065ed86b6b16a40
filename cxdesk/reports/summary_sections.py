"""Summary sections about the places: locations side by side, mystery shopping, standards."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from cxdesk.charts import ChartSpec, ReferenceLine, Series
from cxdesk.i18n import fill, translate
from cxdesk.reports import labels as lb
from cxdesk.reports.charts_pdf import draw_chart
from cxdesk.reports.styles import Styles
from cxdesk.reports.summary_model import SummaryData
from cxdesk.reports.tables import data_table, kept_whole
from cxdesk.reports.text import localized, para


def locations(data: SummaryData, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(45 * mm),
                             para(translate("Reports", "Locations side by side"), styles.h1)]
    header = [translate("Reports", "Location"), "NPS", translate("Reports", "95% margin"), "n",
              translate("Reports", "CSAT, %"), "n", translate("Reports", "Mystery shop, %"),
              translate("Reports", "Visits passed"), translate("Reports", "Note")]
    rows = [
        (place.name, lb.num(place.nps.value), lb.margin(place.nps.moe), str(place.nps.n),
         lb.pct(place.csat.value), str(place.csat.n), lb.pct(place.mystery),
         f"{place.visits_passed} / {place.visits}" if place.visits else lb.DASH,
         lb.low_n_note(place.nps.n))
        for place in data.locations
    ]
    story.append(kept_whole(data_table(header, rows, [2.6, 0.9, 1.1, 0.8, 1, 0.8, 1.2, 1, 0.9],
                                       numeric=(1, 2, 3, 4, 5, 6, 7))))
    if len(data.locations) > 1:
        overall = data.figures.nps.value
        spec = ChartSpec(
            "hbar", translate("Reports", "NPS by location"),
            [Series("NPS", values=[place.nps.value for place in data.locations])],
            x_labels=[place.name for place in data.locations], decimals=1,
            reference_lines=[ReferenceLine(overall, label=translate("Reports", "all"))]
            if overall is not None else [],
            notes=[fill(translate("Reports", "n < 30: %1"), ", ".join(
                place.name for place in data.locations if place.nps.n < 30))]
            if any(place.nps.n < 30 for place in data.locations) else [])
        story += [Spacer(1, 4 * mm), draw_chart(spec)]
    return story


def mystery(data: SummaryData, styles: Styles, lang: str) -> list[Flowable]:
    rollup = data.figures.mystery
    story: list[Flowable] = [CondPageBreak(60 * mm),
                             para(translate("Reports", "Mystery shopping"), styles.h1)]
    if not rollup.n_visits:
        story.append(para(translate("Reports", "No visit was handed in during the period."),
                          styles.muted))
        return story
    story.append(para(fill(translate("Reports", "%1 visits, %2 passed (no critical item failed); "
                                                "score %3 over %4 checked items."),
                           rollup.n_visits, rollup.visits_passed, lb.pct(rollup.value),
                           rollup.n), styles.body))
    header = [translate("Reports", "Section"), translate("Reports", "Score, %"),
              translate("Reports", "Items checked"), translate("Reports", "Note")]
    rows = [(localized(s.title, lang), lb.pct(s.score.value), str(s.score.n),
             lb.low_n_note(s.score.n)) for s in data.sections]
    story.append(kept_whole(data_table(header, rows, [4, 1.2, 1.3, 1], numeric=(1, 2))))
    story.append(para(translate("Reports", "Critical items failed"), styles.h2))
    if not data.failed_critical:
        story.append(para(translate("Reports", "No critical item was failed."), styles.muted))
        return story
    header = [translate("Reports", "Visit"), translate("Reports", "Date"),
              translate("Reports", "Location"), translate("Reports", "Item"),
              translate("Reports", "Comment")]
    failed = [(f"#{f.visit}", lb.day(f.visited_at), f.location,
               f"{localized(f.section, lang)}: {localized(f.item, lang)}", f.comment or lb.DASH)
              for f in data.failed_critical]
    story.append(data_table(header, failed, [0.75, 1.35, 1.4, 3.2, 3.1], numeric=(0,)))
    return story


def standards(data: SummaryData, styles: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), para(
        translate("Reports", "Service standards kept, by journey stage"), styles.h1)]
    if not data.stages:
        story.append(para(translate("Reports", "No standard was checked during the period."),
                          styles.muted))
        return story
    other = translate("Reports", "Other standards")
    names = [localized(stage.name, lang) or other for stage in data.stages]
    header = [translate("Reports", "Journey stage"), translate("Reports", "Kept, %"),
              translate("Reports", "Checks"), translate("Reports", "Standards"),
              translate("Reports", "Note")]
    rows = [(name, lb.pct(stage.value), str(stage.n), str(len(stage.standards)),
             lb.low_n_note(stage.n)) for name, stage in zip(names, data.stages, strict=True)]
    story.append(kept_whole(data_table(header, rows, [4, 1.1, 1, 1.3, 1], numeric=(1, 2, 3))))
    spec = ChartSpec(
        "hbar", translate("Reports", "Standards kept by stage, %"),
        [Series(translate("Reports", "Kept, %"), values=[s.value for s in data.stages])],
        x_labels=names, y_range=(0, 100), decimals=0,
        reference_lines=[ReferenceLine(data.figures.standards.value,
                                       label=translate("Reports", "all"))]
        if data.figures.standards.value is not None else [])
    story += [Spacer(1, 4 * mm), draw_chart(spec)]
    if data.weakest_standards:
        story.append(para(translate("Reports", "Kept least often"), styles.h2))
        header = [translate("Reports", "Standard"), translate("Reports", "Kept, %"),
                  translate("Reports", "Checks")]
        weakest = [(localized(s.text, lang), lb.pct(s.score.value), str(s.score.n))
                   for s in data.weakest_standards]
        story.append(kept_whole(data_table(header, weakest, [6, 1.1, 1], numeric=(1, 2))))
    return story
