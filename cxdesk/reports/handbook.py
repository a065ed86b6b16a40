"""The staff handbook: the customer journey stage by stage, who does what, the standards
and what to do in hard cases."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from cxdesk.db.queries.standards import HandbookData, ScenarioItem, StageSection
from cxdesk.i18n import fill, translate
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.styles import Styles, report_styles
from cxdesk.reports.tables import data_table
from cxdesk.reports.text import escape_text, localized, para, para_markup, report_language


def build_handbook(data: HandbookData, *, lang: str = "en", business_name: str = "",
                   printed_on: date | None = None) -> bytes:
    """The handbook as PDF bytes, texts and labels in `lang` ('ru', 'uk' or 'en')."""
    with report_language(lang):
        styles = report_styles()
        story = _title_page(data, styles, lang, business_name, printed_on)
        for number, stage in enumerate(data.stages, start=1):
            story += _stage(number, stage, styles, lang)
        if data.general_scenarios:
            story += [CondPageBreak(60 * mm),
                      para(translate("Reports", "Hard cases at any stage"), styles.h1),
                      _scenario_table(data.general_scenarios, lang)]
        meta = ReportMeta(
            title=translate("Reports", "Staff handbook"),
            subject=translate("Reports", "Service standards: stages, roles, standards, scenarios"),
            business_name=business_name,
            lang=lang,
            title_page=True,
            printed_on=printed_on,
        )
        return build_pdf(story, meta)


def _title_page(data: HandbookData, styles: Styles, lang: str, business_name: str,
                printed_on: date | None) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 45 * mm)]
    if business_name:
        story.append(para(business_name, styles.title, limit=200))
    story.append(para(translate("Reports", "Staff handbook"), styles.subtitle))
    story.append(para(
        translate("Reports", "Service standards: what the customer meets at every stage, "
                             "who is responsible and what must happen."),
        styles.body))
    if printed_on is not None:
        story.append(para(fill(translate("Reports", "Printed on %1"), printed_on.isoformat()),
                          styles.muted))
    story.append(Spacer(1, 12 * mm))
    if data.stages:
        story.append(para(translate("Reports", "The customer journey"), styles.h2))
        for number, stage in enumerate(data.stages, start=1):
            story.append(Paragraph(escape_text(localized(stage.name, lang)), styles.toc,
                                   bulletText=f"{number}."))
    else:
        story.append(para(translate("Reports", "No journey stages have been set up yet."),
                          styles.muted))
    story.append(Spacer(1, 8 * mm))
    story.append(para(
        fill(translate("Reports", "Standards: %1. Each is an observable behaviour that a mystery "
                                  "shopper can see and check."), data.standard_count),
        styles.muted))
    story.append(PageBreak())
    return story


def _numbered(number: str, text: str, styles: Styles, note: str = "") -> Paragraph:
    """A line with its number hanging in the left margin and an optional grey note."""
    markup = escape_text(text)
    if note:
        markup += f' <font color="#616e7c">({escape_text(note, 200)})</font>'
    return Paragraph(markup, styles.item, bulletText=number)


def _stage(number: int, stage: StageSection, styles: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        para_markup(f"{number}. {escape_text(localized(stage.name, lang), 300)}", styles.h1),
    ]
    description = localized(stage.description, lang)
    if description:
        story.append(para(description, styles.body))
    if stage.roles:
        story.append(para(translate("Reports", "Who does what"), styles.h2))
        rows = [(localized(r.role, lang), localized(r.duties, lang)) for r in stage.roles]
        story.append(data_table(
            [translate("Reports", "Role"), translate("Reports", "What they do")], rows, [1, 2.6]
        ))
    story.append(para(translate("Reports", "Standards"), styles.h2))
    if not stage.standards:
        story.append(para(translate("Reports", "No standards at this stage yet."), styles.muted))
    for index, standard in enumerate(stage.standards, start=1):
        role = localized(standard.role, lang) if standard.role else ""
        story.append(_numbered(f"{number}.{index}", localized(standard.text, lang), styles, role))
    if stage.scenarios:
        story.append(para(translate("Reports", "Hard cases"), styles.h2))
        story.append(_scenario_table(stage.scenarios, lang))
    return story


def _scenario_table(scenarios: tuple[ScenarioItem, ...], lang: str) -> Flowable:
    header = [translate("Reports", "Situation"), translate("Reports", "Risk"),
              translate("Reports", "What to do")]
    rows = [(localized(s.title, lang), localized(s.risk, lang), localized(s.action, lang))
            for s in scenarios]
    return data_table(header, rows, [1.6, 2, 3])
