"""Survey responses: the recorder every survey uses, and a year of exit-survey cards."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cxdesk.db.models import Answer, Channel, Response, Survey
from cxdesk.demo.context import SEASON, WEEKDAY, Client, Demo, Employee, Shop
from cxdesk.demo.phrases import NOTHING, WHY_BOUGHT, WHY_NOT, improve_text, pick
from cxdesk.services.responses import check_answers, headline_scores

EXIT_TOTAL = 5000  # about this many exit cards over the year
SHOP_VOLUME = (1.15, 1.0, 0.9)  # by shop rank
FREQUENCY_WEIGHTS = (15, 25, 35, 25)  # first time … weekly
EXIT_CHANNELS = ((Channel.IN_STORE, 82), (Channel.PAPER, 12), (Channel.PHONE, 4), (Channel.WEB, 2))
CUSTOMER_SHARE = 0.10
# NPS score within its group, and CSAT given the NPS group
NPS_SCORES = {"promoter": ((9, 10), (45, 55)), "passive": ((7, 8), (45, 55)),
              "detractor": ((0, 1, 2, 3, 4, 5, 6), (3, 2, 4, 7, 12, 30, 42))}
CSAT_SCORES = {"promoter": (0, 0, 2, 28, 70), "passive": (0, 3, 25, 55, 17),
               "detractor": (15, 30, 38, 15, 2)}
IMPROVE_SHARE = {"promoter": 0.25, "passive": 0.45, "detractor": 0.7}
WAIT_MEAN = (3.0, 5.0, 8.0)  # minutes, by shop rank
WAIT_FACTOR = {"promoter": 0.7, "passive": 1.0, "detractor": 1.7}


class Recorder:
    """Check answers as the app does and queue the response with its headline scores."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.improve_answers: list[tuple[int, str]] = []  # exit cards' (answer id, text)

    def record(self, family: str, taken_at: datetime, answers: dict[str, Any], *,
               shop: Shop | None = None, staff: Employee | None = None,
               client: Client | None = None, channel: Channel = Channel.IN_STORE,
               batch: str | None = None) -> int:
        survey: Survey = self.demo.surveys[family]
        checked = check_answers(survey, answers)
        scores = headline_scores(survey.questions, checked)
        bulk = self.demo.bulk
        response_id = bulk.add(
            Response, survey_id=survey.id, taken_at=taken_at,
            location_id=shop.id if shop else None, staff_id=staff.id if staff else None,
            customer_id=client.id if client else None, channel=channel, batch=batch,
            **scores,
        )
        for question in survey.questions:
            value = checked.get(question.id)
            if value is None:
                continue
            answer_id = bulk.add(Answer, response_id=response_id, question_id=question.id,
                                 number=value.number, number2=value.number2, text=value.text,
                                 choices=value.choices)
            if question.role == "improve" and family == "exit":
                self.improve_answers.append((answer_id, value.text or ""))
        return response_id

    def required(self, family: str, code: str) -> bool:
        survey = self.demo.surveys[family]
        return next(q.required for q in survey.questions if q.code == code)

    def option_codes(self, family: str, code: str) -> list[str]:
        survey = self.demo.surveys[family]
        question = next(q for q in survey.questions if q.code == code)
        return [option["code"] for option in question.options]


def nps_group(demo: Demo, target: float) -> str:
    """Promoter, passive or detractor so that the expected NPS is `target` (30% passives)."""
    target = min(max(target, -65.0), 65.0) / 100
    promoters, detractors = (0.7 + target) / 2, (0.7 - target) / 2
    roll = demo.rng.random()
    if roll < promoters:
        return "promoter"
    return "detractor" if roll < promoters + detractors else "passive"


def nps_score(demo: Demo, group: str) -> int:
    values, weights = NPS_SCORES[group]
    return demo.rng.choices(values, weights)[0]


def csat_score(demo: Demo, group: str) -> int:
    return demo.rng.choices((1, 2, 3, 4, 5), CSAT_SCORES[group])[0]


def lang_of(demo: Demo, client: Client | None) -> str:
    if client is not None:
        return client.person.lang
    return "uk" if demo.rng.random() < 0.6 else "ru"


def _day_means(demo: Demo) -> list[tuple[date, Shop, float]]:
    cells = [
        (day, shop, busyness(day) * SHOP_VOLUME[shop.rank])
        for day in demo.days() for shop in demo.shops
    ]
    scale = EXIT_TOTAL / sum(weight for _, _, weight in cells)
    return [(day, shop, weight * scale) for day, shop, weight in cells]


def busyness(day: date) -> float:
    """How busy a day is: the day of the week times the season."""
    return WEEKDAY[day.weekday()] * SEASON[day.month]


def make_exit_survey(demo: Demo, recorder: Recorder) -> None:
    rng = demo.rng
    frequency = recorder.option_codes("exit", "frequency")
    why_required = recorder.required("exit", "why_today")
    improve_required = recorder.required("exit", "improve")
    regulars = {shop.id: [c for c in demo.clients if c.shop is shop] for shop in demo.shops}
    for day, shop, mean in _day_means(demo):
        servers = demo.staff_of(shop, ("seller", "senior", "cashier"))
        for _ in range(demo.poisson(mean)):
            staff = rng.choice(servers)
            client = None
            if rng.random() < CUSTOMER_SHARE:
                client = rng.choice(regulars[shop.id] or demo.clients)
            lang = lang_of(demo, client)
            group = nps_group(demo, shop.nps_at(demo.fraction(day)) + staff.nps_shift)
            bought = rng.random() < {"promoter": 0.9, "passive": 0.8, "detractor": 0.6}[group]
            answers: dict[str, Any] = {
                "frequency": rng.choices(frequency, FREQUENCY_WEIGHTS[: len(frequency)])[0],
                "bought_today": "yes" if bought else "no",
                "nps": nps_score(demo, group),
                "csat": csat_score(demo, group),
            }
            if why_required or rng.random() < 0.55:
                answers["why_today"] = pick(rng, WHY_BOUGHT if bought else WHY_NOT, lang)
            if rng.random() < 0.88:
                wait = rng.expovariate(1 / (WAIT_MEAN[shop.rank] * WAIT_FACTOR[group]))
                answers["wait_minutes"] = min(round(wait), 60)
            if rng.random() < 0.9:
                answers["speed"] = _speed(demo, answers.get("wait_minutes"), group)
            if rng.random() < IMPROVE_SHARE[group]:
                answers["improve"] = improve_text(rng, shop.rank, lang)[0]
            elif improve_required:
                answers["improve"] = pick(rng, NOTHING, lang)
            channel = demo.weighted(EXIT_CHANNELS)
            batch = f"paper-{shop.id}-{day.isoformat()}" if channel is Channel.PAPER else None
            recorder.record("exit", demo.shop_time(day), answers, shop=shop, staff=staff,
                            client=client, channel=channel, batch=batch)


def _speed(demo: Demo, wait: int | None, group: str) -> int:
    """Satisfaction with speed follows the wait (and the mood, when the wait is not known)."""
    if wait is None:
        return csat_score(demo, group)
    score = 5 if wait <= 2 else 4 if wait <= 5 else 3 if wait <= 10 else 2 if wait <= 20 else 1
    if demo.rng.random() < 0.25:
        score += demo.rng.choice((-1, 1))
    return min(max(score, 1), 5)
