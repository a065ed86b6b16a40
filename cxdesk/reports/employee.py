"""One staff member's feedback sheet: their SOCO result, what mystery shoppers saw them do,
and how the customers they served rate us, each against the whole company."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from cxdesk.i18n import fill, translate
from cxdesk.metrics.soco import ITEMS, TOTAL_RANGE
from cxdesk.reports import labels as lb
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.employee_data import EmployeeData, ItemTally, ObservedItem
from cxdesk.reports.styles import Styles, report_styles
from cxdesk.reports.tables import data_table
from cxdesk.reports.text import localized, para, report_language


def build_employee_sheet(data: EmployeeData, *, lang: str = "en",
                         printed_on: date | None = None) -> bytes:
    """The feedback sheet as PDF bytes. The person's name is printed on the page only: the
    PDF's metadata says what the document is, not whom it is about."""
    with report_language(lang):
        styles = report_styles()
        story: list[Flowable] = [para(data.staff.name, styles.title, limit=200)]
        role = ", ".join(part for part in (data.staff.role, data.staff.location) if part)
        if role:
            story.append(para(role, styles.subtitle, limit=400))
        story.append(para(fill(translate("Reports", "Feedback sheet for %1"),
                               lb.period(data.date_from, data.date_to)), styles.body))
        if printed_on is not None:
            story.append(para(fill(translate("Reports", "Printed on %1"),
                                   printed_on.isoformat()), styles.muted))
        story += _at_a_glance(data, styles)
        story += _soco(data, styles)
        story += _mystery(data, styles, lang)
        meta = ReportMeta(title=translate("Reports", "Staff feedback sheet"),
                          subject=translate("Reports", "SOCO, mystery-shop observations and "
                                                       "customer scores of one staff member"),
                          business_name=data.business_name,
                          header_title=translate("Reports", "Staff feedback sheet"),
                          lang=lang, printed_on=printed_on)
        return build_pdf(story, meta)


def _at_a_glance(data: EmployeeData, styles: Styles) -> list[Flowable]:
    mine, everyone = data.person, data.company
    soco_n = data.soco.n if data.soco else 0
    rows = [
        (translate("Reports", "SOCO total (24–216)"),
         lb.num(data.soco.total if data.soco else None, 0), str(soco_n),
         lb.num(everyone.soco.value), str(everyone.soco.n), lb.low_n_note(everyone.soco.n)),
        (translate("Reports", "NPS of the customers served"), lb.num(mine.nps.value),
         str(mine.nps.n), lb.num(everyone.nps.value), str(everyone.nps.n),
         lb.low_n_note(mine.nps.n)),
        (translate("Reports", "CSAT of the customers served, %"), lb.pct(mine.csat.value),
         str(mine.csat.n), lb.pct(everyone.csat.value), str(everyone.csat.n),
         lb.low_n_note(mine.csat.n)),
        (translate("Reports", "Mystery-shop score, % (n = visits)"), lb.pct(mine.mystery.value),
         str(mine.mystery.n_visits), lb.pct(everyone.mystery.value),
         str(everyone.mystery.n_visits), lb.low_n_note(mine.mystery.n_visits)),
    ]
    header = [translate("Reports", "Figure"), translate("Reports", "Personal"), "n",
              translate("Reports", "Company"), "n", translate("Reports", "Note")]
    return [
        para(translate("Reports", "At a glance"), styles.h1),
        data_table(header, rows, [3.2, 1.15, 0.8, 1.15, 0.8, 0.95], numeric=(1, 2, 3, 4)),
        Spacer(1, 2 * mm),
        para(translate("Reports", "n: answers, items or visits behind a figure. SOCO n: items "
                                  "answered of 24 (personal) and people (company). n < 30: too "
                                  "few to rely on; read it as a hint, not a verdict."),
             styles.muted),
    ]


def _soco(data: EmployeeData, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [para(translate("Reports", "Customer orientation (SOCO)"),
                                  styles.h1)]
    soco = data.soco
    if soco is None:
        story.append(para(translate("Reports", "No SOCO questionnaire filled by the end of "
                                               "the period."), styles.muted))
        return story
    if soco.complete:
        text = fill(translate("Reports", "Total %1 of %2 (the range is %3–%2; higher means more "
                                         "customer-oriented). Company mean: %4 over %5 people."),
                    soco.total, TOTAL_RANGE[1], TOTAL_RANGE[0], lb.num(data.company.soco.value),
                    data.company.soco.n)
    else:
        text = fill(translate("Reports", "Incomplete questionnaire: %1 of %2 statements "
                                         "answered, so no total."), soco.n, ITEMS)
    story.append(para(text, styles.body))
    story.append(para(fill(translate("Reports", "Customer-oriented statements: %1 points; "
                                                "selling-oriented statements (reverse-scored): "
                                                "%2 points."),
                           soco.customer_oriented, soco.selling_oriented), styles.body))
    return story


def _mystery(data: EmployeeData, styles: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm),
                             para(translate("Reports", "Mystery shopping"), styles.h1)]
    if not data.visits:
        story.append(para(translate("Reports", "No handed-in visit observed this person in "
                                               "the period."), styles.muted))
        return story
    header = [translate("Reports", "Visit"), translate("Reports", "Date"),
              translate("Reports", "Location"), translate("Reports", "Score"),
              translate("Reports", "Result")]
    rows = [(f"#{v.visit}", lb.day(v.visited_at), v.location, lb.pct(v.score),
             translate("Reports", "passed") if v.passed else translate("Reports", "failed"))
            for v in data.visits]
    story.append(data_table(header, rows, [0.8, 1.2, 2.5, 1, 1.2], numeric=(0, 3)))
    company = {p.name: p for p in data.company.mystery.sections}
    header = [translate("Reports", "Section"), translate("Reports", "Personal, %"), "n",
              translate("Reports", "Company, %"), "n"]
    rows = [(localized(data.section_titles.get(p.name, {"en": p.name}), lang), lb.pct(p.value),
             str(p.n), lb.pct(company[p.name].value if p.name in company else None),
             str(company[p.name].n) if p.name in company else "0")
            for p in data.person.mystery.sections]
    story += [para(translate("Reports", "By section"), styles.h2),
              data_table(header, rows, [3.5, 1.1, 0.7, 1.1, 0.7], numeric=(1, 2, 3, 4))]
    story += _went_well(data.went_well, styles, lang)
    story += _to_work_on(data.to_work_on, styles, lang)
    return story


def _answer(value: object) -> str:
    if isinstance(value, str):
        return {"yes": translate("Reports", "yes"), "no": translate("Reports", "no")}.get(
            value.strip().casefold(), value)
    return fill(translate("Reports", "%1 of 5"), lb.num(float(value), 0))  # type: ignore


def _went_well(items: tuple[ObservedItem, ...], styles: Styles,
               lang: str) -> list[Flowable]:
    story: list[Flowable] = [para(translate("Reports", "What went well"), styles.h2)]
    if not items:
        return story + [para(translate("Reports", "No comment on a passed item."),
                             styles.muted)]
    header = [translate("Reports", "Visit"), translate("Reports", "Item"),
              translate("Reports", "Answer"), translate("Reports", "Comment")]
    rows = [(f"#{o.visit} {lb.day(o.visited_at)}",
             f"{localized(o.section, lang)}: {localized(o.item, lang)}", _answer(o.answer),
             o.comment) for o in items]
    return story + [data_table(header, rows, [1.3, 3.5, 1.15, 3.1])]


def _to_work_on(items: tuple[ItemTally, ...], styles: Styles, lang: str) -> list[Flowable]:
    story: list[Flowable] = [para(translate("Reports", "What to work on"), styles.h2)]
    if not items:
        return story + [para(translate("Reports", "No item was failed."), styles.muted)]
    header = [translate("Reports", "Item"), translate("Reports", "Failed"),
              translate("Reports", "Checked"), translate("Reports", "Shopper's comments")]
    rows = [(f"{localized(t.section, lang)}: {localized(t.item, lang)}", str(t.failed),
             str(t.checked), "\n".join(f"#{visit}: {comment}" for visit, comment in t.comments)
             or lb.DASH) for t in items]
    return story + [
        data_table(header, rows, [3.6, 0.9, 1.05, 3.6], numeric=(1, 2)),
        Spacer(1, 2 * mm),
        para(translate("Reports", "Failed: answered no, or 1–3 on a 1–5 scale. Items are "
                                  "listed by how often they failed."), styles.muted),
    ]
