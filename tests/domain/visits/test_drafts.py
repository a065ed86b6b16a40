"""Drafts: every change saved at once, answers checked against their item's kind."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from cxdesk.db.models import Visit, VisitAnswer
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.services.visits import (
    VisitStart,
    clear_answer,
    delete_visit,
    finish_visit,
    load_visit,
    open_drafts,
    save_answer,
    set_staff,
    start_visit,
    update_visit,
)

from .factory import make_checklist, new_visit


def _stored(db, visit_id):
    with db.session() as s:
        return {a.item_id: (a.choice, a.scale, a.text, a.comment)
                for a in s.scalars(select(VisitAnswer).where(VisitAnswer.visit_id == visit_id))}


def test_start_records_header_staff_and_start_time(db, world):
    before = datetime.now()
    vid = new_visit(db, world, shopper="  Анна Коваль ")
    detail = load_visit(db, vid)
    assert detail.status == "draft" and detail.shopper == "Анна Коваль"
    assert detail.started_at >= before and detail.ended_at is None
    assert detail.visited_at == datetime(2026, 5, 4, 11, 30)
    assert [name for _, name in detail.staff] == ["Ольга Петренко", "Іван"]
    assert len(detail.uid) == 36 and detail.location_name == "Центр"
    assert [s.code for s in detail.sections] == ["entry", "pay"]
    greet = detail.items[0]
    assert (greet.key, greet.number, greet.kind, greet.critical, greet.weight) == (
        "entry.greet", "1.1", "yes_no_na", True, 2.0)
    assert greet.standard_code == "STD-GREET" and "10 секунд" in greet.standard_text["ru"]
    assert (detail.answered, detail.total) == (0, 6)


@pytest.mark.parametrize("change", [
    {"shopper": "   "},
    {"template_id": 999},
    {"location_id": 999},
    {"staff_ids": (999,)},
])
def test_start_refuses_bad_header(db, world, change):
    fields = {"template_id": world.template_id, "location_id": world.location_id,
              "shopper": "Анна", **change}
    with pytest.raises((ValidationError, NotFoundError)):
        start_visit(db, VisitStart(**fields))
    with db.session() as s:
        assert s.scalars(select(Visit)).all() == []


def test_each_change_is_saved_at_once(db, world):
    vid = new_visit(db, world)
    greet, clean, remark = (world.items[k] for k in ("entry.greet", "entry.clean", "entry.remark"))
    save_answer(db, vid, greet, choice="yes")
    assert _stored(db, vid) == {greet: ("yes", None, None, "")}
    save_answer(db, vid, greet, comment="Поздоровалась не сразу")
    assert _stored(db, vid)[greet] == ("yes", None, None, "Поздоровалась не сразу")
    save_answer(db, vid, greet, choice="NO")  # a new value keeps the comment
    assert _stored(db, vid)[greet] == ("no", None, None, "Поздоровалась не сразу")
    save_answer(db, vid, clean, scale="5")
    save_answer(db, vid, remark, text="Ціни не видно")
    assert _stored(db, vid)[clean][1] == 5 and _stored(db, vid)[remark][2] == "Ціни не видно"
    detail = load_visit(db, vid)
    assert (detail.answered, detail.total) == (3, 6)
    assert detail.running_score.value == pytest.approx(100 * 1 / 3)  # no on greet (2), 5 on clean


@pytest.mark.parametrize(("key", "value", "field"), [
    ("entry.greet", {"choice": "maybe"}, "entry.greet"),
    ("entry.greet", {"scale": 3}, None),
    ("entry.greet", {"choice": True}, None),
    ("entry.clean", {"scale": 0}, None),
    ("entry.clean", {"scale": 6}, None),
    ("entry.clean", {"scale": 2.5}, None),
    ("entry.clean", {"scale": True}, None),
    ("entry.clean", {"choice": "yes"}, None),
    ("entry.remark", {"choice": "yes"}, None),
    ("entry.remark", {"text": "х" * 10_001}, None),
    ("entry.greet", {"comment": "х" * 10_001}, None),
])
def test_answers_are_checked_against_the_kind(db, world, key, value, field):
    vid = new_visit(db, world)
    with pytest.raises(ValidationError) as info:
        save_answer(db, vid, world.items[key], **value)
    if field:
        assert info.value.field == field and "entry.greet" in str(info.value)
    assert _stored(db, vid) == {}


def test_accepted_spellings(db, world):
    vid = new_visit(db, world)
    greet, clean = world.items["entry.greet"], world.items["entry.clean"]
    for raw, stored in (("Yes", "yes"), (" n/a ", "na"), ("NA", "na"), ("no", "no")):
        save_answer(db, vid, greet, choice=raw)
        assert _stored(db, vid)[greet][0] == stored
    save_answer(db, vid, clean, scale=4.0)
    assert _stored(db, vid)[clean][1] == 4


def test_item_of_another_checklist_is_refused(db, world):
    _, other = make_checklist(db, family="other")
    vid = new_visit(db, world)
    with pytest.raises(ValidationError):
        save_answer(db, vid, other["entry.greet"], choice="yes")
    with pytest.raises(NotFoundError):
        save_answer(db, vid, 99_999, choice="yes")
    with pytest.raises(NotFoundError):
        save_answer(db, 99_999, world.items["entry.greet"], choice="yes")


def test_comment_only_does_not_count_as_answered(db, world):
    vid = new_visit(db, world)
    save_answer(db, vid, world.items["pay.fast"], comment="Касса одна")
    detail = load_visit(db, vid)
    assert detail.answered == 0 and detail.answer(world.items["pay.fast"]).comment == "Касса одна"


def test_clear_answer_keeps_the_comment(db, world):
    vid = new_visit(db, world)
    greet, fast = world.items["entry.greet"], world.items["pay.fast"]
    save_answer(db, vid, greet, choice="yes", comment="ок")
    save_answer(db, vid, fast, choice="no")
    clear_answer(db, vid, greet)
    clear_answer(db, vid, fast)
    assert _stored(db, vid) == {greet: (None, None, None, "ок")}
    save_answer(db, vid, world.items["entry.remark"], text="текст")
    save_answer(db, vid, world.items["entry.remark"], text="   ")  # emptied: unanswered
    assert load_visit(db, vid).answered == 0


def test_header_staff_and_finish(db, world):
    vid = new_visit(db, world)
    set_staff(db, vid, [world.staff_ids[1]])
    update_visit(db, vid, shopper="Мария", location_id=world.other_location_id,
                 notes="Зашла в обед", visited_at=datetime(2026, 5, 5, 13))
    finish_visit(db, vid, at=datetime(2026, 5, 5, 13, 40))
    detail = load_visit(db, vid)
    assert [name for _, name in detail.staff] == ["Іван"]
    assert (detail.shopper, detail.location_name, detail.notes) == ("Мария", "Подол",
                                                                     "Зашла в обед")
    assert detail.ended_at == datetime(2026, 5, 5, 13, 40) and detail.status == "draft"
    with pytest.raises(NotFoundError):
        set_staff(db, vid, [12345])


def test_resume_where_it_stopped(db, world):
    vid = new_visit(db, world)
    it = world.items
    assert load_visit(db, vid).resume_item_id == it["entry.greet"]
    save_answer(db, vid, it["entry.greet"], choice="yes")
    save_answer(db, vid, it["pay.fast"], choice="yes")
    assert load_visit(db, vid).resume_item_id == it["pay.cards"]
    save_answer(db, vid, it["pay.cards"], choice="yes")
    save_answer(db, vid, it["pay.overall"], scale=5)  # wraps round to what was skipped
    assert load_visit(db, vid).resume_item_id == it["entry.clean"]


def test_open_drafts_most_recent_first(db, world):
    first, second = new_visit(db, world), new_visit(db, world, shopper="Борис")
    save_answer(db, first, world.items["entry.greet"], choice="yes")
    assert [row.id for row in open_drafts(db)] == [first, second]
    delete_visit(db, first)
    assert [row.id for row in open_drafts(db)] == [second]
