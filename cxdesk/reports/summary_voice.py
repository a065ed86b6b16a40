"""Summary sections about the customers' voice: what to improve, detractors to call back,
speed against the SLA, and how complaints were answered."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from cxdesk.charts import ChartSpec, Series
from cxdesk.i18n import fill, translate
from cxdesk.reports import labels as lb
from cxdesk.reports.charts_pdf import draw_chart
from cxdesk.reports.styles import Styles
from cxdesk.reports.summary_model import SummaryData
from cxdesk.reports.tables import data_table, kept_whole
from cxdesk.reports.text import para

TOP_THEMES = 10
PRIORITY_ORDER = {"critical": 0, "high": 1, "normal": 2, "low": 3}
COMMENT_LIMIT = 400  # characters of a customer's comment in the call-back list


def improve(data: SummaryData, styles: Styles) -> list[Flowable]:
    themes = data.themes
    story: list[Flowable] = [CondPageBreak(50 * mm),
                             para(translate("Reports", "What customers ask us to improve"),
                                  styles.h1)]
    if not themes.n:
        story.append(para(translate("Reports", "Nobody answered the question in the period."),
                          styles.muted))
        return story
    story.append(para(fill(translate("Reports", "%1 answers; the most frequent themes:"),
                           themes.n), styles.body))
    header = [translate("Reports", "Theme"), translate("Reports", "Answers"),
              translate("Reports", "% of answers"), translate("Reports", "For example")]
    rows = [(lb.theme_name(t.theme, t.builtin), str(t.n), lb.pct(100.0 * t.n / themes.n),
             "; ".join(t.examples)) for t in themes.themes[:TOP_THEMES]]
    story.append(kept_whole(data_table(header, rows, [2.3, 1.05, 1.15, 4], numeric=(1, 2))))
    return story


def detractors(data: SummaryData, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm),
                             para(translate("Reports", "Detractors to call back"), styles.h1)]
    story.append(para(fill(translate("Reports", "%1 detractors (0–6) in the period. Listed: "
                                                "those who left their customer details, newest "
                                                "first; only customers who agreed to be "
                                                "contacted are named."),
                           data.figures.nps.detractors), styles.muted))
    if not data.detractors:
        story.append(para(translate("Reports", "No detractor left their details."),
                          styles.body))
        return story
    anonymous = translate("Reports", "anonymous")
    header = [translate("Reports", "Date"), translate("Reports", "Location"),
              translate("Reports", "Score"), translate("Reports", "Customer"),
              translate("Reports", "Phone"), translate("Reports", "Comment")]
    rows = [(lb.day(d.taken_at), d.location, str(d.score), d.name or anonymous,
             (d.phone or lb.DASH) if d.name else lb.DASH,
             _cut(d.comment) or lb.DASH) for d in data.detractors]
    story.append(data_table(header, rows, [1.25, 1.35, 0.9, 1.9, 1.95, 3.1], numeric=(2,)))
    if data.more_detractors:
        story.append(para(fill(translate("Reports", "Only the newest %1 are listed."),
                               len(data.detractors)), styles.muted))
    return story


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= COMMENT_LIMIT else text[: COMMENT_LIMIT - 1].rstrip() + "…"


def sla(data: SummaryData, styles: Styles) -> list[Flowable]:
    result = data.figures.sla
    story: list[Flowable] = [CondPageBreak(70 * mm), para(
        translate("Reports", "Speed: on time by the SLA, and as customers feel it"), styles.h1)]
    satisfied = result.satisfied
    story.append(para(fill(
        translate("Reports", "On time: %1 of %2 requests judged. Satisfied with the speed: "
                             "%3 of %4 answers. Gap: %5 points."),
        lb.pct(result.on_time.value), result.on_time.n,
        lb.pct(satisfied.value if satisfied else None), satisfied.n if satisfied else 0,
        lb.signed(result.gap)), styles.body))
    story.append(para(translate("Reports", "A positive gap means the team keeps its SLA more "
                                           "often than customers feel served quickly: the "
                                           "targets may be too loose."), styles.muted))
    if result.by_priority:
        header = [translate("Reports", "Priority"), translate("Reports", "Target"),
                  translate("Reports", "Judged"), translate("Reports", "On time, %"),
                  translate("Reports", "Late"), translate("Reports", "Note")]
        rows = [(lb.priority_name(p.priority), lb.minutes(p.target_minutes), str(p.n),
                 lb.pct(p.value), str(p.late), lb.low_n_note(p.n))
                for p in sorted(result.by_priority,
                                key=lambda p: (PRIORITY_ORDER.get(str(p.priority), 9),
                                               str(p.priority)))]
        story.append(kept_whole(data_table(header, rows, [2, 1.2, 1, 1.2, 1, 1],
                                           numeric=(1, 2, 3, 4))))
    months = data.sla_months
    if months:
        spec = ChartSpec(
            "line", translate("Reports", "On time and satisfied with the speed, % by month"),
            [Series(translate("Reports", "On time (SLA)"), values=[m.on_time_pct for m in months]),
             Series(translate("Reports", "Satisfied with the speed"),
                    values=[m.satisfied_pct for m in months])],
            x_labels=[m.period for m in months])
        header = [translate("Reports", "Month"), translate("Reports", "On time, %"), "n",
                  translate("Reports", "Satisfied, %"), "n", translate("Reports", "Gap"),
                  translate("Reports", "Note")]
        monthly = [(m.period, lb.pct(m.on_time_pct), str(m.n), lb.pct(m.satisfied_pct),
                    str(m.satisfied_n), lb.signed(m.gap),
                    lb.low_n_note(min(m.n, m.satisfied_n))) for m in months]
        story += [Spacer(1, 4 * mm), draw_chart(spec, height=170), Spacer(1, 3 * mm),
                  kept_whole(data_table(header, monthly, [1.2, 1, 0.8, 1, 0.8, 0.9, 0.9],
                                        numeric=(1, 2, 3, 4, 5)))]
    return story


def complaints(data: SummaryData, styles: Styles) -> list[Flowable]:
    result = data.figures.complaints
    story: list[Flowable] = [CondPageBreak(50 * mm), para(
        translate("Reports", "Complaints and reviews: how fast we answered"), styles.h1)]
    if not result.n:
        story.append(para(translate("Reports", "The feedback log is empty for the period."),
                          styles.muted))
        return story
    story.append(para(fill(
        translate("Reports", "%1 entries, %2 answered; half were answered within %3. "
                             "Negative entries still unanswered: %4."),
        result.n, lb.pct(result.answered.value), lb.hours(result.hours_to_answer.value),
        result.unanswered_negative if result.unanswered_negative is not None else lb.DASH),
        styles.body))
    header = [translate("Reports", "Source"), translate("Reports", "Entries"),
              translate("Reports", "Answered, %"), translate("Reports", "Median time to answer"),
              translate("Reports", "Negative, unanswered"), translate("Reports", "Note")]
    rows = [(lb.source_name(s.source), str(s.n), lb.pct(s.answered), lb.hours(s.hours_to_answer),
             str(s.open_negative), lb.low_n_note(s.n)) for s in data.sources]
    story.append(kept_whole(data_table(header, rows, [2, 1, 1.25, 1.6, 1.5, 0.9],
                                       numeric=(1, 2, 3, 4))))
    return story
