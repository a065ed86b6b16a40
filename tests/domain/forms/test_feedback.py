"""The feedback log: sentiment from stars, answering, the unanswered negatives, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from cxdesk.db.models import FeedbackSource, FeedbackStatus, Sentiment
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.services.actions import action_from_feedback, delete_action
from cxdesk.services.feedback import (
    FeedbackForm,
    answer_entry,
    create_feedback,
    delete_feedback,
    get_feedback,
    list_feedback,
    set_feedback_status,
    unanswered_negative,
    update_feedback,
)
from cxdesk.services.org import StaffForm, create_staff

MAY = datetime(2026, 5, 10, 9, 0)


def _form(**changes) -> FeedbackForm:
    base = FeedbackForm(source=FeedbackSource.ONLINE_REVIEW, received_at=MAY,
                        text="Долго ждали, ПРОДАВЕЦ грубил", rating=1, author="ІВАН")
    return replace(base, **changes)


def test_create_derives_sentiment_and_edits(db, location_id) -> None:
    bad = create_feedback(db, _form(location_id=location_id))
    row = get_feedback(db, bad)
    assert (row.sentiment, row.status, row.location_name) == (
        Sentiment.NEGATIVE, FeedbackStatus.NEW, "Центральный")
    ok = create_feedback(db, _form(text="Нормально", rating=3))
    assert get_feedback(db, ok).sentiment == Sentiment.NEUTRAL
    great = create_feedback(db, _form(text="Супер", rating=5))
    assert get_feedback(db, great).sentiment == Sentiment.POSITIVE
    told = create_feedback(db, _form(text="Без звёзд", rating=None,
                                     sentiment=Sentiment.POSITIVE))
    assert get_feedback(db, told).sentiment == Sentiment.POSITIVE
    update_feedback(db, ok, replace(get_feedback(db, ok).form(), rating=4, sentiment=None))
    assert get_feedback(db, ok).sentiment == Sentiment.POSITIVE


def test_bad_values_are_refused_and_nothing_changes(db) -> None:
    entry = create_feedback(db, _form())
    before = get_feedback(db, entry)
    for form, field in ((_form(rating=6), "rating"), (_form(rating=0), "rating"),
                        (_form(text="  "), "text"), (_form(received_at=None), "received_at"),
                        (_form(source="fax"), "source"), (_form(status="lost"), "status"),
                        (_form(received_at=datetime(2100, 1, 1)), "received_at"),
                        (_form(status=FeedbackStatus.ANSWERED,
                               answered_at=datetime(2026, 5, 1)), "answered_at")):
        with pytest.raises(ValidationError) as err:
            update_feedback(db, entry, form)
        assert err.value.field == field
    with pytest.raises(NotFoundError):
        update_feedback(db, entry, _form(customer_id=999))
    assert get_feedback(db, entry) == before


def test_answer_and_unanswered_negative(db) -> None:
    staff = create_staff(db, StaffForm("Ольга"))
    old = create_feedback(db, _form(received_at=datetime(2026, 5, 9, 9)))
    new = create_feedback(db, _form(received_at=MAY))
    create_feedback(db, _form(rating=5, text="Спасибо"))
    late = unanswered_negative(db, now=datetime(2026, 5, 10, 21))
    assert [(u.entry.id, u.age_hours) for u in late] == [(old, 36.0), (new, 12.0)]
    with pytest.raises(ValidationError):
        answer_entry(db, old, "   ", staff)
    answer_entry(db, old, "Извините, разберёмся", staff, at=datetime(2026, 5, 9, 12))
    row = get_feedback(db, old)
    assert (row.status, row.answered_by_name, row.answered_at) == (
        FeedbackStatus.ANSWERED, "Ольга", datetime(2026, 5, 9, 12))
    assert [u.entry.id for u in unanswered_negative(db, now=MAY)] == [new]
    set_feedback_status(db, new, FeedbackStatus.CLOSED)
    assert unanswered_negative(db, now=MAY) == []


def test_list_filters_and_cyrillic_search(db) -> None:
    review = create_feedback(db, _form())
    call = create_feedback(db, _form(source=FeedbackSource.CALL, text="Їжак у вітрині",
                                     rating=None, author=""))
    assert [r.id for r in list_feedback(db, "продавец")] == [review]
    assert [r.id for r in list_feedback(db, "ЇЖАК")] == [call]
    assert [r.id for r in list_feedback(db, "іван")] == [review]
    assert [r.id for r in list_feedback(db, source=FeedbackSource.CALL)] == [call]
    assert [r.id for r in list_feedback(db, status=FeedbackStatus.NEW)] == [call, review]


def test_delete_refused_while_an_action_came_from_it(db) -> None:
    entry = create_feedback(db, _form())
    action = action_from_feedback(db, entry)
    with pytest.raises(InUseError) as err:
        delete_feedback(db, entry)
    assert "1 improvement action" in str(err.value)
    delete_action(db, action)
    delete_feedback(db, entry)
    assert list_feedback(db) == []
