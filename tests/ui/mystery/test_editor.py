"""The visit editor: every change stored at once, typing after a pause, keys, photos, locks."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cxdesk.services import visits
from cxdesk.services.visits import delete_visit, load_visit, save_answer, submit_visit
from tests.ui.keys import type_text
from tests.ui.mystery.helpers import checked, click, item, plain, press
from ui.tabs.mystery import photos
from ui.tabs.mystery.pending import IDLE_MS


@pytest.fixture
def editor_of(make_tab):
    def open_(visit_id: int):
        tab = make_tab()
        tab.open_visit(visit_id)
        return tab.editor

    return open_


def stored(shop, visit_id: int, number: str):
    detail = load_visit(shop.db, visit_id)
    answer = detail.answer(next(i.id for i in detail.items if i.number == number))
    return answer


def test_a_click_answers_and_a_second_click_takes_it_back(qtbot, shop, editor_of):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    fast = item(editor, "1.2")
    click(qtbot, fast.answer_input.buttons["no"])
    assert stored(shop, visit_id, "1.2").choice == "no"
    assert editor.score_bar.progress_label.text() == "1 of 44 answered"
    assert editor.score_bar.score_label.text() == "Score so far 0.0%"
    click(qtbot, fast.answer_input.buttons["no"])
    assert stored(shop, visit_id, "1.2") is None
    assert checked(fast) is None
    assert editor.score_bar.score_label.text() == "Score so far —"
    assert editor.checklist.nav.topLevelItem(0).text(1) == "0/4"


def test_keys_answer_the_focused_item_and_move_on(qtbot, shop, editor_of):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    press(qtbot, editor, "1.1", Qt.Key.Key_3)
    assert stored(shop, visit_id, "1.1").scale == 3
    assert editor.checklist.current_item_id() == item(editor, "1.2").item.id
    qtbot.keyClick(item(editor, "1.2").answer_input.first_focus(), Qt.Key.Key_A)
    assert stored(shop, visit_id, "1.2").choice == "na"
    # a Russian layout: the key marked Y types Н
    QApplication.sendEvent(item(editor, "1.3").answer_input.first_focus(), QKeyEvent(
        QEvent.Type.KeyPress, 0x41D, Qt.KeyboardModifier.NoModifier, "Н"))
    assert stored(shop, visit_id, "1.3").choice == "yes"
    assert editor.checklist.nav.topLevelItem(0).text(1) == "3/4"
    qtbot.keyClick(item(editor, "1.3").answer_input.first_focus(), Qt.Key.Key_Delete)
    assert stored(shop, visit_id, "1.3") is None
    qtbot.keyClick(item(editor, "1.2").answer_input.first_focus(), Qt.Key.Key_Down)
    assert editor.checklist.current_item_id() == item(editor, "1.3").item.id


def test_page_down_and_up_move_between_sections(qtbot, shop, editor_of):
    editor = editor_of(shop.start())
    first = item(editor, "1.1").answer_input.first_focus()
    qtbot.keyClick(first, Qt.Key.Key_PageDown)
    assert editor.checklist.section_index() == 1
    assert item(editor, "2.1").answer_input.first_focus().hasFocus()
    qtbot.keyClick(item(editor, "2.1").answer_input.first_focus(), Qt.Key.Key_PageUp)
    assert editor.checklist.section_index() == 0
    editor.checklist.nav.setCurrentItem(editor.checklist.nav.topLevelItem(11))
    assert editor.checklist.pages.currentWidget().isAncestorOf(editor.checklist.notes_edit)


def test_typing_is_saved_after_a_pause_not_per_key(qtbot, shop, editor_of, monkeypatch):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    saves = []
    real = visits.save_answer
    monkeypatch.setattr(visits, "save_answer", lambda *a, **k: (saves.append(k), real(*a, **k)))
    words = item(editor, "2.6")
    editor.checklist.show_item(words.item.id)
    type_text(words.answer_input.text_edit, "Ответили вежливо, ")
    type_text(words.comment_edit, "звонок в 10:15")
    assert saves == []
    qtbot.waitUntil(lambda: len(saves) == 2, timeout=IDLE_MS * 4)
    assert stored(shop, visit_id, "2.6").text == "Ответили вежливо, "
    assert stored(shop, visit_id, "2.6").comment == "звонок в 10:15"
    type_text(words.comment_edit, "!")
    words.comment_edit.editingFinished.emit()  # leaving the box saves at once
    assert stored(shop, visit_id, "2.6").comment == "звонок в 10:15!"
    assert len(saves) == 3


def test_the_header_saves_each_change(qtbot, shop, editor_of):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    header = editor.header
    header.location_combo.setCurrentIndex(header.location_combo.findData(shop.other_location_id))
    header.location_combo.activated.emit(header.location_combo.currentIndex())
    assert load_visit(shop.db, visit_id).location_name == "Лівий берег"
    header.shopper_edit.selectAll()
    header.shopper_edit.setFocus()
    type_text(header.shopper_edit, "Олена Петренко")
    header.shopper_edit.editingFinished.emit()
    assert load_visit(shop.db, visit_id).shopper == "Олена Петренко"
    header.staff_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert load_visit(shop.db, visit_id).staff == ()
    header.when_edit.setDateTime(datetime(2026, 6, 13, 9, 30))
    header.flush_when()
    assert load_visit(shop.db, visit_id).visited_at == datetime(2026, 6, 13, 9, 30)
    click(qtbot, header.finish_button)
    assert load_visit(shop.db, visit_id).ended_at is not None
    assert header.ended_label.text() != "ended —"
    editor.checklist.show_section(11)
    type_text(editor.checklist.notes_edit, "Очередь у кассы")
    editor.flush()
    assert load_visit(shop.db, visit_id).notes == "Очередь у кассы"


def test_an_emptied_shopper_is_put_back_not_saved(qtbot, shop, editor_of, shown_errors):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    editor.header.shopper_edit.setFocus()
    editor.header.shopper_edit.clear()
    editor.header.shopper_edit.editingFinished.emit()
    assert editor.header.shopper_edit.text() == "Анна Андреева"
    assert load_visit(shop.db, visit_id).shopper == "Анна Андреева" and shown_errors == []


def test_photos_attach_show_and_remove(qtbot, shop, editor_of, photo_file, tmp_path,
                                       monkeypatch, confirmations, shown_errors):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    tags = item(editor, "7.3")
    editor.checklist.show_item(tags.item.id)
    monkeypatch.setattr(photos, "choose_photos", lambda _parent: [str(photo_file)])
    click(qtbot, tags.attach_button)
    [photo] = stored(shop, visit_id, "7.3").photos
    assert photo.filename == "ценник.png"
    thumb = tags.photos.findChild(photos.Thumbnail)
    assert thumb.image.icon().availableSizes()  # the picture, not its name
    assert stored(shop, visit_id, "7.3").choice is None  # a photo is not an answer

    fake = tmp_path / "photo.heic"
    fake.write_bytes(b"\0\0\0\x18ftypheic" + b"\0" * 100)
    monkeypatch.setattr(photos, "choose_photos", lambda _parent: [str(fake)])
    click(qtbot, tags.attach_button)
    assert "HEIC" in shown_errors[-1][1]
    assert len(tags.photos.photo_ids()) == 1

    click(qtbot, thumb.remove_button)
    assert confirmations == ["Remove this photo from the visit?"]
    assert stored(shop, visit_id, "7.3").photos == ()
    assert tags.photos.photo_ids() == [] and not tags.photos.isVisible()


def test_submit_refused_marks_the_unanswered_items(qtbot, shop, editor_of, shown_errors,
                                                   confirmations):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    click(qtbot, item(editor, "1.1").answer_input.buttons[5])
    click(qtbot, editor.score_bar.submit_button)
    [(title, text)] = shown_errors
    assert title == "Submit visit" and text.startswith("Answer every required item")
    assert confirmations == []  # nothing asked before the refusal
    assert editor.checklist.current_item_id() == item(editor, "1.2").item.id
    assert item(editor, "1.2")._missing and not item(editor, "1.1")._missing
    assert not item(editor, "2.6")._missing  # optional
    click(qtbot, item(editor, "1.2").answer_input.buttons["yes"])
    assert not item(editor, "1.2")._missing
    assert not load_visit(shop.db, visit_id).submitted


def test_a_declined_question_leaves_the_draft(qtbot, shop, editor_of, monkeypatch):
    from ui.dialogs import messages

    visit_id = shop.start()
    for info in shop.items(visit_id):
        if info.kind == "yes_no_na":
            save_answer(shop.db, visit_id, info.id, choice="yes")
        elif info.kind == "scale_1_5":
            save_answer(shop.db, visit_id, info.id, scale=4)
    editor = editor_of(visit_id)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: False)
    click(qtbot, editor.score_bar.submit_button)
    assert not load_visit(shop.db, visit_id).submitted
    assert editor.score_bar.submit_button.isVisible()


def test_a_submitted_visit_opens_locked(qtbot, shop, editor_of):
    visit_id = shop.start()
    for info in shop.items(visit_id):
        if info.kind == "yes_no_na":
            save_answer(shop.db, visit_id, info.id, choice="yes", comment="ок")
        elif info.kind == "scale_1_5":
            save_answer(shop.db, visit_id, info.id, scale=4)
    submit_visit(shop.db, visit_id)
    editor = editor_of(visit_id)
    assert editor.checklist.section_index() == 0  # no resume point: opens at the top
    assert editor.header.status_label.text() == "Submitted"
    frozen = load_visit(shop.db, visit_id).score
    assert editor.score_bar.score_label.text() == f"Score {frozen:.1f}%"
    assert plain(editor.score_bar.verdict_label) == "Passed"
    assert editor.header.staff_list.count() == 1  # only who was observed
    assert not editor.score_bar.submit_button.isVisibleTo(editor)
    assert not editor.header.finish_button.isVisibleTo(editor)
    assert editor.header.shopper_edit.isReadOnly()
    assert not editor.header.location_combo.isEnabled()
    first = item(editor, "1.2")
    assert first.comment_edit.isReadOnly() and first.comment_edit.text() == "ок"
    assert not first.attach_button.isVisibleTo(first)
    assert editor.checklist.notes_edit.isReadOnly()


def test_a_visit_gone_behind_the_editor_says_so(qtbot, shop, editor_of, shown_errors):
    visit_id = shop.start()
    editor = editor_of(visit_id)
    delete_visit(shop.db, visit_id)
    click(qtbot, item(editor, "1.2").answer_input.buttons["yes"])
    assert shown_errors[0] == ("Mystery shop", f"Visit #{visit_id} does not exist")


def test_the_checklist_follows_the_interface_language(qtbot, ctx, shop, editor_of):
    editor = editor_of(shop.start())
    assert item(editor, "1.1").text_label.text() == "The website is pleasant to look at"
    ctx.translations.switch("ru")
    qtbot.waitUntil(lambda: item(editor, "1.1").text_label.text() == "Сайт приятно смотреть")
    assert editor.checklist.nav.topLevelItem(0).text(0) == "1. Сайт"
    assert "Тайный покупатель" in editor.header.title_label.text()
