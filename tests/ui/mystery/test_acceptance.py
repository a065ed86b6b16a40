"""The issue's acceptance test: fill half a visit, close the window, reopen, finish, submit."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from cxdesk.metrics import visit_score
from cxdesk.services.visits import VisitStart, list_visits, load_visit, visit_items_frame
from tests.ui.keys import type_text
from tests.ui.mystery.helpers import checked, click, item, mystery_page, plain, press
from ui.main_window import MainWindow
from ui.tabs.mystery import photos


def make_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_draft_survives_closing_the_window_and_submits_with_the_frozen_score(
        qtbot, ctx, shop, new_visit_answers, confirmations, shown_errors, photo_file,
        monkeypatch):
    answers, _asked = new_visit_answers
    answers.append(VisitStart(shop.template_id, shop.location_id, "Анна Андреева",
                              datetime(2026, 6, 12, 14, 5), (shop.olena,)))
    monkeypatch.setattr(photos, "choose_photos", lambda _parent: [str(photo_file)])

    window = make_window(qtbot, ctx)
    tab = mystery_page(window)
    click(qtbot, tab.list_page.new_button)
    editor = tab.editor
    assert tab.stack.currentWidget() is editor
    visit_id = editor.visit_id
    assert editor.detail.started_at is not None

    # half the checklist: mouse and keyboard, an N/A, a failed critical item, a comment, a photo
    click(qtbot, item(editor, "1.1").answer_input.buttons[4])
    press(qtbot, editor, "1.2", Qt.Key.Key_Y)
    press(qtbot, editor, "1.3", Qt.Key.Key_N)
    press(qtbot, editor, "6.1", Qt.Key.Key_A)  # no one waits outside: N/A
    press(qtbot, editor, "7.4", Qt.Key.Key_N)  # the critical price check fails
    press(qtbot, editor, "7.2", Qt.Key.Key_2)
    price = item(editor, "7.4")
    click(qtbot, price.attach_button)
    assert len(price.photos.photo_ids()) == 1
    price.comment_edit.setFocus()
    type_text(price.comment_edit, "Цена на полке 120 ₴, на кассе 135 ₴")
    assert plain(editor.score_bar.verdict_label) == "Failing so far: critical item 7.4"
    assert editor.score_bar.progress_label.text() == "6 of 44 answered"

    window.close()  # half-way, the comment still being typed: nothing is lost
    stored = load_visit(ctx.db, visit_id)
    assert not stored.submitted
    assert stored.answer(price.item.id).comment == "Цена на полке 120 ₴, на кассе 135 ₴"
    assert stored.answered == 6

    again = make_window(qtbot, ctx)
    tab = mystery_page(again)
    assert tab.list_page.banner.isVisible()
    assert "6 of 44" in tab.list_page.banner_label.text()
    click(qtbot, tab.list_page.resume_button)
    editor = tab.editor
    assert editor.visit_id == visit_id
    assert editor.checklist.current_item_id() == stored.resume_item_id
    assert checked(item(editor, "1.1")) == 4
    assert checked(item(editor, "1.2")) == "yes"
    assert checked(item(editor, "1.3")) == "no"
    assert checked(item(editor, "6.1")) == "na"
    assert checked(item(editor, "7.4")) == "no"
    assert item(editor, "7.4").comment_edit.text() == "Цена на полке 120 ₴, на кассе 135 ₴"
    assert len(item(editor, "7.4").photos.photo_ids()) == 1
    assert editor.header.shopper_edit.text() == "Анна Андреева"
    assert editor.header.staff_list.checked_ids() == [shop.olena]

    # the rest of the checklist by keyboard, then submit
    for widget in editor.checklist.items.values():
        if widget.answer_input.value() is not None:
            continue
        if widget.answer_input.text_edit is not None:
            editor.checklist.show_item(widget.item.id)
            type_text(widget.answer_input.text_edit, "Всё хорошо")
            widget.flush()
        elif widget.answer_input.buttons.get("yes") is not None:
            press(qtbot, editor, widget.item.number, Qt.Key.Key_Y)
        else:
            press(qtbot, editor, widget.item.number, Qt.Key.Key_5)
    click(qtbot, editor.header.finish_button)
    click(qtbot, editor.score_bar.submit_button)
    assert shown_errors[-1][0] == "Submit visit"  # the "submitted" notice, no error before it
    assert len(shown_errors) == 1

    submitted = load_visit(ctx.db, visit_id)
    assert submitted.submitted and submitted.answered == 44
    expected = visit_score(visit_items_frame(submitted))
    assert submitted.score == pytest.approx(expected.value)
    assert submitted.passed is False and expected.passed is False
    assert submitted.template_version == 1
    [row] = list_visits(ctx.db)
    assert (row.score, row.passed, row.template_version) == (submitted.score, False, 1)
    assert plain(editor.score_bar.verdict_label) == "Failed: critical item 7.4"
    editor.score_bar.verdict_label.linkActivated.emit(str(price.item.id))  # the number, clicked
    assert editor.checklist.current_item_id() == price.item.id
    assert not editor.score_bar.submit_button.isVisible()

    # locked: a click or a key changes nothing
    click(qtbot, item(editor, "1.2").answer_input.buttons["no"])
    qtbot.keyClick(item(editor, "1.3"), Qt.Key.Key_Y)
    assert load_visit(ctx.db, visit_id).answer(item(editor, "1.2").item.id).choice == "yes"
    assert checked(item(editor, "1.2")) == "yes" and checked(item(editor, "1.3")) == "no"
