"""The other surveys: NPS, CSAT and CES cards, a SERVQUAL batch, SOCO and the staff survey."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from cxdesk.db.models import Channel, Question, QuestionKind
from cxdesk.demo.context import Demo
from cxdesk.demo.phrases import CES_COMMENT, CSAT_COMMENT, NPS_REASON, STAFF_TEXTS, pick
from cxdesk.demo.surveys import Recorder, csat_score, lang_of, nps_group, nps_score

SHORT_COUNTS = {"nps": 400, "csat": 250, "ces": 250}
SERVQUAL_COUNT = 150
# the mean gap (perception − expectation) per dimension: responsiveness is where we fall short
SERVQUAL_GAP = {"tangibles": -0.3, "reliability": -0.8, "responsiveness": -1.6,
                "assurance": -0.4, "empathy": -0.7}
SHORT_CHANNELS = {
    "nps": ((Channel.SMS, 45), (Channel.EMAIL, 30), (Channel.WEB, 25)),
    "csat": ((Channel.IN_STORE, 50), (Channel.PHONE, 35), (Channel.WEB, 15)),
    "ces": ((Channel.PHONE, 50), (Channel.EMAIL, 25), (Channel.WEB, 25)),
}


def _clip(value: float, low: int, high: int) -> int:
    return min(max(round(value), low), high)


def make_short_surveys(demo: Demo, recorder: Recorder) -> None:
    """NPS by SMS and e-mail, CSAT after a consultation, CES after a request."""
    rng = demo.rng
    for family, count in SHORT_COUNTS.items():
        for _ in range(count):
            day = demo.random_day()
            shop = rng.choice(demo.shops)
            channel = demo.weighted(SHORT_CHANNELS[family])
            needs_contact = channel in (Channel.SMS, Channel.EMAIL)
            client = rng.choice(demo.clients) if needs_contact or rng.random() < 0.3 else None
            lang = lang_of(demo, client)
            group = nps_group(demo, shop.nps_at(demo.fraction(day)))
            staff = None
            if family == "nps":
                answers: dict[str, Any] = {"nps": nps_score(demo, group)}
                if rng.random() < 0.5:
                    answers["reason"] = pick(rng, NPS_REASON[group], lang)
            elif family == "csat":
                staff = rng.choice(demo.staff_of(shop, ("seller", "senior", "cashier")))
                answers = {"csat": csat_score(demo, group)}
                if rng.random() < 0.4:
                    answers["comment"] = pick(rng, CSAT_COMMENT, lang)
            else:
                mean = {"promoter": 6.2, "passive": 5.0, "detractor": 3.3}[group]
                answers = {"ces": _clip(rng.gauss(mean, 1.0), 1, 7)}
                if rng.random() < 0.35:
                    answers["comment"] = pick(rng, CES_COMMENT, lang)
            recorder.record(family, demo.shop_time(day), answers, shop=shop, staff=staff,
                            client=client, channel=channel)


def _campaign_month(demo: Demo) -> tuple[date, date]:
    """The month three months back: when the SERVQUAL cards were handed out."""
    start = demo.first_day
    for _ in range(8):
        start = (start + timedelta(days=32)).replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return start, min(end, demo.last_day)


def make_servqual(demo: Demo, recorder: Recorder) -> None:
    rng = demo.rng
    questions: list[Question] = list(demo.surveys["servqual"].questions)
    start, end = _campaign_month(demo)
    batch = f"servqual-{start:%Y-%m}"
    for _ in range(SERVQUAL_COUNT):
        shop = rng.choice(demo.shops)
        answers: dict[str, Any] = {}
        gaps = []
        for question in questions:
            if question.kind == QuestionKind.SERVQUAL:
                low, high = question.scale_min or 1, question.scale_max or 7
                expectation = _clip(rng.gauss(high - 0.8, 0.7), low, high)
                gap = SERVQUAL_GAP.get(question.dimension or "", -0.5) - 0.3 * shop.rank
                perception = _clip(expectation + rng.gauss(gap, 0.9), low, high)
                gaps.append(perception - expectation)
                answers[question.code] = (expectation, perception)
        mean_gap = sum(gaps) / len(gaps) if gaps else 0.0
        for question in questions:
            if question.kind != QuestionKind.SERVQUAL:
                answers[question.code] = _other(demo, question, 4.4 + 0.8 * mean_gap)
        day = demo.random_day(start, end)
        recorder.record("servqual", demo.shop_time(day), answers, shop=shop,
                        channel=Channel.PAPER, batch=batch)


def _other(demo: Demo, question: Question, mood: float) -> Any:
    """A plausible answer to a question of any kind; `mood` runs from 1 (bad) to 5 (good)."""
    low, high = question.scale_min, question.scale_max
    if low is not None and high is not None:
        share = (mood - 1) / 4
        return _clip(low + share * (high - low) + demo.rng.gauss(0, 0.6), low, high)
    if question.kind == QuestionKind.YES_NO:
        return "yes" if demo.rng.random() < 0.75 else "no"
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTI) and question.options:
        return [demo.rng.choice(question.options)["code"]]
    if question.kind == QuestionKind.NUMBER:
        return demo.rng.randrange(1, 10)
    return None


def make_soco(demo: Demo, recorder: Recorder) -> None:
    """Every employee's SOCO self-assessment, a spread from selling- to customer-oriented."""
    rng = demo.rng
    questions = list(demo.surveys["soco"].questions)
    for employee in demo.staff:
        o = employee.orientation
        answers = {}
        for question in questions:
            mean = 8.0 - 6.0 * o if question.reverse else 3.5 + 5.0 * o
            answers[question.code] = _clip(rng.gauss(mean, 1.1), question.scale_min or 1,
                                           question.scale_max or 9)
        day = demo.random_day(demo.last_day - timedelta(days=60))
        recorder.record("soco", demo.shop_time(day, 9, 11), answers, shop=employee.shop,
                        staff=employee, channel=Channel.PAPER, batch=f"soco-{day:%Y-%m}")


def make_staff_survey(demo: Demo, recorder: Recorder) -> None:
    """One anonymous round last week: everyone who works with customers."""
    rng = demo.rng
    monday = demo.last_day - timedelta(days=demo.last_day.weekday() + 7)
    for employee in demo.staff:
        if employee.kind == "manager" or employee.shop is None:
            continue
        mood = 4.3 - 0.6 * employee.shop.rank
        answers: dict[str, Any] = {}
        for question in demo.surveys["staff"].questions:
            texts = STAFF_TEXTS.get(question.code)
            if texts is not None:
                if question.required or rng.random() < 0.7:
                    answers[question.code] = rng.choice(texts)
            else:
                answers[question.code] = _other(demo, question, mood)
        day = monday + timedelta(days=rng.randrange(5))
        recorder.record("staff", demo.shop_time(day, 9, 10), answers, shop=employee.shop,
                        channel=Channel.PAPER, batch=f"staff-{monday.isoformat()}")
