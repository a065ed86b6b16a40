"""The feedback log, a year of service requests, and the improvement actions they led to."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cxdesk.db.models import (
    ActionSource,
    ActionStatus,
    FeedbackEntry,
    FeedbackSource,
    FeedbackStatus,
    ImprovementAction,
    Priority,
    Sentiment,
    ServiceRequest,
)
from cxdesk.demo import remarks
from cxdesk.demo.context import Demo
from cxdesk.services.builtin import DEFAULT_SLA

# source -> how many entries
FEEDBACK_MIX = {
    FeedbackSource.ONLINE_REVIEW: 36, FeedbackSource.SOCIAL: 14,
    FeedbackSource.COMPLAINTS_BOOK: 12, FeedbackSource.CALL: 12, FeedbackSource.LEGAL: 2,
    FeedbackSource.OTHER: 4,
}
REQUESTS = 200
PRIORITY_MIX = ((Priority.CRITICAL, 5), (Priority.HIGH, 20), (Priority.NORMAL, 55),
                (Priority.LOW, 20))
SLA_MET = 0.85  # share of steps done within their target


def _text_for(demo: Demo, source: FeedbackSource, shop_rank: int) -> tuple[str, Sentiment, int]:
    """(text, sentiment, stars 1–5); weaker shops get more negative entries."""
    rng = demo.rng
    if source is FeedbackSource.LEGAL:
        return rng.choice(remarks.LEGAL), Sentiment.NEGATIVE, 1
    if source is FeedbackSource.COMPLAINTS_BOOK:
        return rng.choice(remarks.COMPLAINTS_BOOK), Sentiment.NEGATIVE, 1
    roll = rng.random() + 0.15 * shop_rank
    if roll > 0.75:
        return rng.choice(remarks.REVIEWS_NEGATIVE), Sentiment.NEGATIVE, rng.choice((1, 1, 2))
    if roll > 0.55:
        return rng.choice(remarks.REVIEWS_NEUTRAL), Sentiment.NEUTRAL, 3
    if source is FeedbackSource.CALL:
        return rng.choice(remarks.CALLS), Sentiment.NEUTRAL, 3
    return rng.choice(remarks.REVIEWS_POSITIVE), Sentiment.POSITIVE, rng.choice((4, 5, 5))


def make_feedback(demo: Demo) -> list[int]:
    """About 80 entries of every source; most negatives answered. Returns the negative ids."""
    rng = demo.rng
    manager = next(e for e in demo.staff if e.kind == "manager")
    negatives: list[int] = []
    for source, count in FEEDBACK_MIX.items():
        for _ in range(count):
            shop = rng.choice(demo.shops)
            text, sentiment, stars = _text_for(demo, source, shop.rank)
            received = demo.shop_time(demo.random_day(), 8, 23)
            answered = rng.random() < (0.88 if sentiment is Sentiment.NEGATIVE else 0.4)
            answered_at = received + timedelta(minutes=rng.randrange(90, 4 * 24 * 60))
            if answered_at.date() > demo.last_day:
                answered = False
            client = rng.choice(demo.clients) if rng.random() < 0.3 else None
            status = FeedbackStatus.NEW
            if answered:
                status = FeedbackStatus.CLOSED if rng.random() < 0.5 else FeedbackStatus.ANSWERED
            online = source in (FeedbackSource.ONLINE_REVIEW, FeedbackSource.SOCIAL)
            feedback_id = demo.bulk.add(
                FeedbackEntry, source=source, received_at=received, location_id=shop.id,
                customer_id=client.id if client else None,
                author=client.person.short if client else rng.choice(remarks.AUTHORS),
                text=text,
                url=f"https://maps.google.com/?cid={rng.getrandbits(60)}" if online else "",
                rating=stars if source is FeedbackSource.ONLINE_REVIEW else None,
                sentiment=sentiment, status=status,
                answered_by_id=manager.id if answered else None,
                answered_at=answered_at if answered else None,
                answer=rng.choice(remarks.ANSWERS) if answered else "",
            )
            if sentiment is Sentiment.NEGATIVE:
                negatives.append(feedback_id)
    return negatives


def _late(demo: Demo, target: int) -> int:
    """Minutes a step takes: mostly within its target, sometimes well over it."""
    if demo.rng.random() < SLA_MET:
        return max(1, round(target * demo.rng.uniform(0.1, 0.95)))
    return round(target * demo.rng.uniform(1.1, 3.0))


def make_service_requests(demo: Demo) -> None:
    rng = demo.rng
    for _ in range(REQUESTS):
        priority = demo.weighted(PRIORITY_MIX)
        register, take, resolve = DEFAULT_SLA[priority]
        requested = demo.shop_time(demo.random_day())
        registered = requested + timedelta(minutes=_late(demo, register))
        taken = registered + timedelta(minutes=_late(demo, take))
        resolved = max(registered + timedelta(minutes=_late(demo, resolve)),
                       taken + timedelta(minutes=rng.randrange(5, 60)))
        now = datetime.combine(demo.today, datetime.min.time())
        still_open = resolved > now or rng.random() < 0.03
        client = rng.choice(demo.clients) if rng.random() < 0.6 else None
        demo.bulk.add(
            ServiceRequest, priority=priority, customer_id=client.id if client else None,
            location_id=rng.choice(demo.shops).id,
            description=rng.choice(remarks.SERVICE_REQUESTS),
            requested_at=requested, registered_at=registered,
            taken_at=taken if taken <= now else None,
            resolved_at=None if still_open else resolved,
        )


# (title, theme, source, status, owner kind)
ACTIONS = (
    ("Відкривати другу касу, коли в черзі більше 3 людей", "waiting",
     ActionSource.SURVEY_ANSWER, ActionStatus.IN_PROGRESS, "senior"),
    ("Щоранку звіряти цінники з цінами в касовій програмі", "prices",
     ActionSource.VISIT_ITEM, ActionStatus.DONE, "senior"),
    ("Відповідати на кожен негативний відгук протягом доби", "staff",
     ActionSource.FEEDBACK, ActionStatus.DONE, "manager"),
    ("Тренінг «Привітання за 10 секунд» для продавців ТЦ Океан", "staff",
     ActionSource.MANUAL, ActionStatus.OPEN, "manager"),
    ("Домовитися з ТЦ про 5 місць паркування для покупців", "parking",
     ActionSource.SURVEY_ANSWER, ActionStatus.OPEN, "manager"),
    ("Поставить кондиционер в зале на Левом берегу", "atmosphere",
     ActionSource.MANUAL, ActionStatus.DROPPED, "manager"),
)


def make_actions(demo: Demo, improve_answers: list[tuple[int, str]], failed_visit_answers:
                 list[int], negative_feedback: list[int]) -> None:
    rng = demo.rng
    for n, (title, theme, source, status, owner_kind) in enumerate(ACTIONS):
        owners = [e for e in demo.staff if e.kind == owner_kind] or demo.staff
        owner = rng.choice(owners)
        answer_id = visit_answer_id = feedback_id = None
        if source is ActionSource.SURVEY_ANSWER:
            words = ("черг", "очеред", "кас") if theme == "waiting" else ("парк",)
            matching = [a for a, text in improve_answers if any(w in text for w in words)]
            answer_id = rng.choice(matching or [a for a, _ in improve_answers] or [None])
        elif source is ActionSource.VISIT_ITEM and failed_visit_answers:
            visit_answer_id = rng.choice(failed_visit_answers)
        elif source is ActionSource.FEEDBACK and negative_feedback:
            feedback_id = rng.choice(negative_feedback)
        due: date = demo.today + timedelta(days=rng.randrange(-60, 90))
        done_at = None
        if status is ActionStatus.DONE:
            due = demo.today - timedelta(days=rng.randrange(20, 120))
            done_at = datetime.combine(due - timedelta(days=rng.randrange(1, 10)),
                                       datetime.min.time()).replace(hour=15)
        shop = (owner.shop or demo.shops[-1]) if n != 2 else None
        demo.bulk.add(
            ImprovementAction, title=title, description="", theme=theme, source=source,
            answer_id=answer_id, visit_answer_id=visit_answer_id, feedback_id=feedback_id,
            location_id=shop.id if shop else None, owner_id=owner.id, due_date=due,
            status=status, done_at=done_at,
        )
