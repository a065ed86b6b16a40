"""Submitting: required items answered, the score frozen, the visit locked; the visit list."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from cxdesk.errors import ValidationError
from cxdesk.metrics.mystery import visit_score
from cxdesk.services.visits import (
    UnansweredItemsError,
    add_photo,
    clear_answer,
    finish_visit,
    list_visits,
    load_visit,
    save_answer,
    set_staff,
    shoppers,
    submit_visit,
    update_visit,
    visit_items_frame,
)

from .factory import answer_all, jpeg, new_visit


def test_submit_refuses_unanswered_required_items(db, world):
    vid = new_visit(db, world)
    save_answer(db, vid, world.items["entry.greet"], choice="yes")
    save_answer(db, vid, world.items["pay.fast"], comment="только комментарий")
    with pytest.raises(UnansweredItemsError) as info:
        submit_visit(db, vid)
    assert set(info.value.item_ids) == {world.items[k] for k in
                                        ("entry.clean", "pay.fast", "pay.overall")}
    assert "1.2, 2.1, 2.3" in str(info.value)  # optional items (1.3, 2.2) are not asked for
    detail = load_visit(db, vid)
    assert detail.status == "draft" and detail.score is None and detail.submitted_at is None


def test_submit_freezes_the_metric_score(db, world):
    vid = new_visit(db, world)
    answer_all(db, world, vid)
    frame = visit_items_frame(load_visit(db, vid))
    expected = visit_score(frame)
    result = submit_visit(db, vid)
    detail = load_visit(db, vid)
    # greet yes (2 of 2), clean 4 (0.75 of 1), fast no (0 of 1), overall 3 (1.5 of 3); cards N/A
    assert expected.value == pytest.approx(100 * 4.25 / 7)
    assert detail.score == pytest.approx(expected.value) == pytest.approx(result.value)
    assert detail.passed is True and detail.status == "submitted"
    assert detail.submitted_at is not None and detail.ended_at == detail.submitted_at
    assert list(frame.columns[:4]) == ["visit", "section", "item", "item_id"]
    assert frame.loc[frame["item"] == "entry.greet", "standard"].item() == "STD-GREET"
    assert [s.name for s in expected.sections] == ["entry", "pay"]


def test_a_critical_no_fails_the_visit_and_end_time_is_kept(db, world):
    vid = new_visit(db, world)
    answer_all(db, world, vid)
    save_answer(db, vid, world.items["entry.greet"], choice="no")
    finish_visit(db, vid, at=datetime(2026, 5, 4, 12, 5))
    submit_visit(db, vid)
    detail = load_visit(db, vid)
    assert detail.passed is False and detail.ended_at == datetime(2026, 5, 4, 12, 5)
    assert detail.running_score.failed_critical == ("entry.greet",)


def test_frame_matches_metrics_contract(db, world):
    vid = new_visit(db, world)
    save_answer(db, vid, world.items["entry.clean"], scale=5)
    frame = visit_items_frame(load_visit(db, vid))
    assert set(frame["kind"]) == {"yes_no_na", "scale_1_5", "text"}
    assert frame["answer"].dtype == object and frame["answer"].tolist()[1] == 5
    assert pd.isna(frame["answer"].tolist()[0])
    assert visit_score(frame).value == 100.0


def test_a_submitted_visit_refuses_every_change(db, world):
    vid = new_visit(db, world)
    answer_all(db, world, vid)
    submit_visit(db, vid)
    greet = world.items["entry.greet"]
    photo = jpeg()
    for change in (
        lambda: save_answer(db, vid, greet, choice="no"),
        lambda: save_answer(db, vid, greet, comment="исправлено"),
        lambda: clear_answer(db, vid, greet),
        lambda: set_staff(db, vid, []),
        lambda: update_visit(db, vid, shopper="Другой"),
        lambda: finish_visit(db, vid),
        lambda: add_photo(db, vid, greet, photo, "a.jpg"),
        lambda: submit_visit(db, vid),
    ):
        with pytest.raises(ValidationError, match="submitted"):
            change()
    detail = load_visit(db, vid)
    assert detail.answer(greet).choice == "yes" and detail.shopper == "Анна"


def test_list_filters_and_scores(db, world):
    may4 = new_visit(db, world, shopper="Анна", visited_at=datetime(2026, 5, 4, 10))
    may9 = new_visit(db, world, shopper="Борис", visited_at=datetime(2026, 5, 9, 18),
                     location_id=world.other_location_id)
    june = new_visit(db, world, shopper="анна ", visited_at=datetime(2026, 6, 1, 9))
    answer_all(db, world, may4)
    submit_visit(db, may4)
    save_answer(db, may9, world.items["pay.overall"], scale=5)

    rows = list_visits(db)
    assert [r.id for r in rows] == [june, may9, may4]  # newest first
    by_id = {r.id: r for r in rows}
    assert by_id[may4].submitted and by_id[may4].score == pytest.approx(100 * 4.25 / 7)
    assert (by_id[may4].answered, by_id[may4].total) == (6, 6)
    assert by_id[may9].score == 100.0 and by_id[may9].status == "draft"  # running score
    assert (by_id[may9].answered, by_id[june].answered, by_id[june].score) == (1, 0, None)
    assert by_id[may9].location_name == "Подол" and by_id[may9].template_version == 1

    def ids(**filters):
        return {r.id for r in list_visits(db, **filters)}

    assert ids(location_id=world.other_location_id) == {may9}
    assert ids(shopper="АННА") == {may4, june}
    assert ids(date_from=date(2026, 5, 4), date_to=date(2026, 5, 9)) == {may4, may9}
    assert ids(date_to=date(2026, 5, 8)) == {may4}
    assert ids(date_from=datetime(2026, 5, 4, 10, 30)) == {may9, june}
    assert ids(status="submitted") == {may4}
    assert ids(status="draft", location_id=world.location_id) == {june}
    assert shoppers(db) == ["Анна", "анна", "Борис"]
