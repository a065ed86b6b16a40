"""One mystery-shop visit as the shopper hands it in: who, when, every item with its answer,
comment and photos, and the score added up in front of the reader."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from cxdesk.i18n import fill, plural, translate
from cxdesk.reports import labels as lb
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.photos import photo_flowable
from cxdesk.reports.styles import INK, Styles, data_table_style, report_styles
from cxdesk.reports.tables import column_widths, data_table
from cxdesk.reports.text import escape_text, localized, para, para_markup, report_language
from cxdesk.reports.visit_data import ItemScore, VisitReportData
from cxdesk.services.visit_detail import AnswerInfo, ItemInfo, SectionInfo

FAILED_BG = colors.HexColor("#f9dede")
FAILED_FG = "#b42323"
ITEM_WIDTHS = (0.6, 3.2, 1.05, 1.2, 1.2, 3.1)
PHOTO_HEIGHT = 95.0


def build_visit_report(
    data: VisitReportData, *, lang: str = "en", printed_on: date | None = None
) -> bytes:
    """The visit as PDF bytes, checklist texts and labels in `lang`."""
    with report_language(lang):
        styles = report_styles()
        visit = data.visit
        title = fill(translate("Reports", "Mystery-shop visit #%1"), visit.id)
        story: list[Flowable] = [para(title, styles.title)]
        story.append(para(localized(visit.template_name, lang), styles.subtitle))
        story += _header(data, styles)
        for number, section in enumerate(visit.sections, start=1):
            story += _section(number, section, data, styles, lang)
        story += _totals(data, styles, lang)
        meta = ReportMeta(
            title=translate("Reports", "Mystery-shop visit"),
            subject=translate(
                "Reports", "A checklist as the shopper handed it in, with the score added up"
            ),
            business_name=data.business_name,
            header_title=title,
            lang=lang,
            printed_on=printed_on,
        )
        return build_pdf(story, meta)


def _verdict(data: VisitReportData) -> str:
    score = data.visit.running_score
    if score.passed:
        return translate("Reports", "passed")
    return fill(
        plural(
            translate(
                "Reports", "failed: %n critical item failed|failed: %n critical items failed"
            ),
            len(score.failed_critical),
        ),
        len(score.failed_critical),
    )


def _header(data: VisitReportData, styles: Styles) -> list[Flowable]:
    visit = data.visit
    minutes = None
    if visit.started_at and visit.ended_at and visit.ended_at >= visit.started_at:
        minutes = (visit.ended_at - visit.started_at).total_seconds() / 60
    status = (
        fill(translate("Reports", "submitted %1"), lb.day(visit.submitted_at))
        if visit.submitted
        else translate("Reports", "draft (not handed in yet)")
    )
    rows = [
        (translate("Reports", "Location"), visit.location_name),
        (translate("Reports", "Date"), lb.day(visit.visited_at)),
        (
            translate("Reports", "Started – ended"),
            f"{_time(visit.started_at)} – {_time(visit.ended_at)}"
            + (f" ({lb.minutes(minutes)})" if minutes is not None else ""),
        ),
        (translate("Reports", "Shopper"), visit.shopper),
        (
            translate("Reports", "Staff observed"),
            ", ".join(name for _, name in visit.staff) or lb.DASH,
        ),
        (translate("Reports", "Status"), status),
        (translate("Reports", "Total"), f"{lb.pct(data.total)} — {_verdict(data)}"),
    ]
    story: list[Flowable] = [_facts(rows, styles)]
    if visit.notes:
        story += [
            Spacer(1, 2 * mm),
            para(translate("Reports", "Shopper's notes"), styles.h2),
            para(visit.notes, styles.body),
        ]
    return story


def _time(value) -> str:
    return value.strftime("%H:%M") if value else lb.DASH


def _facts(rows: list[tuple[str, str]], styles: Styles) -> Table:
    """Label / value lines without a header band."""
    data = [
        [para(label, styles.small), para(value, styles.body, limit=1000)] for label, value in rows
    ]
    table = Table(data, colWidths=column_widths([1, 3.4], 2), hAlign="LEFT")
    style = data_table_style(len(data) + 1, zebra=False)
    style.add("BACKGROUND", (0, 0), (-1, 0), colors.white)
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    table.setStyle(style)
    return table


def _answer_text(item: ItemInfo, answer: AnswerInfo | None, score: ItemScore) -> str:
    if score.state == "yes":
        return translate("Reports", "yes")
    if score.state == "no":
        return translate("Reports", "no")
    if score.state == "na":
        return translate("Reports", "N/A")
    if score.state == "scale" and answer is not None:
        return fill(translate("Reports", "%1 of 5"), answer.scale)
    if score.state == "text" and answer is not None:
        return answer.text or ""
    return lb.DASH


def _points(score: ItemScore) -> str:
    if score.scored:
        return f"{score.earned:.2f} / {score.possible:g}"
    if score.state == "na":
        return translate("Reports", "left out")
    if score.state == "text":
        return translate("Reports", "not scored")
    return translate("Reports", "not answered")


def _comment_cell(
    answer: AnswerInfo | None, data: VisitReportData, styles: Styles, width: float
) -> list[Flowable]:
    if answer is None:
        return [para("", styles.cell)]
    cell: list[Flowable] = [para(answer.comment, styles.cell, limit=1000)] if answer.comment else []
    for photo in answer.photos:
        cell.append(Spacer(1, 2))
        cell.append(
            photo_flowable(data.photos.get(photo.id), photo.filename, width - 8, PHOTO_HEIGHT)
        )
    return cell or [para("", styles.cell)]


def _item_row(
    item: ItemInfo, data: VisitReportData, styles: Styles, lang: str, width: float
) -> list[object]:
    answer = data.visit.answer(item.id)
    score = data.items[item.id]
    text = escape_text(localized(item.text, lang), 600)
    if item.critical:
        critical = escape_text(translate("Reports", "critical"))
        text += f' <font color="{FAILED_FG}">({critical})</font>'
    answer_markup = escape_text(_answer_text(item, answer, score), 600)
    if score.critical_failed:
        answer_markup = f'<font color="{FAILED_FG}"><b>{answer_markup}</b></font>'
    return [
        para(item.number, styles.cell),
        para_markup(text, styles.cell),
        para(f"{item.weight:g}", styles.cell_right),
        para_markup(answer_markup, styles.cell),
        para(_points(score), styles.cell_right),
        _comment_cell(answer, data, styles, width),
    ]


def _section(
    number: int, section: SectionInfo, data: VisitReportData, styles: Styles, lang: str
) -> list[Flowable]:
    widths = column_widths(ITEM_WIDTHS, len(ITEM_WIDTHS))
    header = [
        translate("Reports", "No."),
        translate("Reports", "Item"),
        translate("Reports", "Weight"),
        translate("Reports", "Answer"),
        translate("Reports", "Points"),
        translate("Reports", "Comment and photos"),
    ]
    rows: list[list[object]] = [
        [
            para(h, styles.header_right if i in (2, 4) else styles.header_cell)
            for i, h in enumerate(header)
        ]
    ]
    failed_rows = []
    for item in section.items:
        if data.items[item.id].critical_failed:
            failed_rows.append(len(rows))
        rows.append(_item_row(item, data, styles, lang, widths[-1]))
    earned = sum(data.items[i.id].earned for i in section.items)
    possible = sum(data.items[i.id].possible for i in section.items)
    subtotal = fill(
        translate("Reports", "Section total: %1 of %2 points = %3"),
        f"{earned:.2f}",
        f"{possible:g}",
        lb.pct(100 * earned / possible if possible else None),
    )
    rows.append([para(subtotal, styles.cell_right)] + [""] * (len(ITEM_WIDTHS) - 1))
    table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
    style = data_table_style(len(rows))
    style.add("SPAN", (0, -1), (-1, -1))
    last = data.visit.answer(section.items[-1].id) if section.items else None
    if last is None or len(last.photos) <= 2:  # a taller last row may need to split itself
        style.add("NOSPLIT", (0, -2), (-1, -1))  # the total never starts a page alone
    style.add("BACKGROUND", (0, -1), (-1, -1), colors.white)
    for index in failed_rows:
        style.add("BACKGROUND", (0, index), (-1, index), FAILED_BG)
    table.setStyle(style)
    title = f"{number}. {localized(section.title, lang)}"
    # the heading is not kept with the whole table (a tall row of photos would push both
    # to the next page); the conditional break keeps it from ending a page alone
    heading = ParagraphStyle("visit_section", parent=styles.h2, keepWithNext=0)
    return [CondPageBreak(45 * mm), para(title, heading), table]


def _totals(data: VisitReportData, styles: Styles, lang: str) -> list[Flowable]:
    visit = data.visit
    rows = []
    for number, section in enumerate(visit.sections, start=1):
        earned = sum(data.items[i.id].earned for i in section.items)
        possible = sum(data.items[i.id].possible for i in section.items)
        rows.append(
            (
                f"{number}. {localized(section.title, lang)}",
                f"{earned:.2f}",
                f"{possible:g}",
                lb.pct(100 * earned / possible if possible else None),
            )
        )
    score = visit.running_score
    rows.append(
        (
            translate("Reports", "Total"),
            f"{score.earned:.2f}",
            f"{score.possible:g}",
            lb.pct(score.value),
        )
    )
    header = [
        translate("Reports", "Section"),
        translate("Reports", "Earned"),
        translate("Reports", "Possible"),
        translate("Reports", "Score"),
    ]
    table = data_table(header, rows, [4.5, 1, 1, 1], numeric=(1, 2, 3))
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
                ("BACKGROUND", (0, -1), (-1, -1), colors.white),
            ]
        )
    )
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        para(translate("Reports", "Score"), styles.h1),
        table,
    ]
    story.append(Spacer(1, 3 * mm))
    story.append(
        para(
            fill(translate("Reports", "Total %1 — %2"), lb.pct(data.total), _verdict(data)),
            styles.h2,
        )
    )
    story.append(
        para(
            translate(
                "Reports",
                "Points: yes earns the item's weight, no earns 0, "
                "a 1–5 answer earns (answer − 1) / 4 of it; N/A and "
                "text items are left out. A critical item answered "
                "no (or 1–2) fails the visit.",
            ),
            styles.muted,
        )
    )
    if visit.submitted and visit.score is not None:
        story.append(
            para(
                fill(
                    translate("Reports", "Score frozen when the visit was handed in: %1"),
                    lb.pct(visit.score),
                ),
                styles.muted,
            )
        )
    for item in visit.unanswered_required:
        line = f"{item.number} {localized(item.text, lang)}"
        story.append(
            Paragraph(
                escape_text(fill(translate("Reports", "Not answered: %1"), line)), styles.muted
            )
        )
    return story
