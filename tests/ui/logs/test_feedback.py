"""The Feedback log driven by qtbot: add, edit, refuse, answer, close, delete, highlight."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from cxdesk.db.models import FeedbackSource, FeedbackStatus, Sentiment
from cxdesk.services import actions, feedback, org
from cxdesk.services.feedback import FeedbackForm
from tests.ui.keys import type_text
from tests.ui.logs.helpers import cell, column_texts, show, shown_count
from ui.dialogs.answer_dialog import AnswerDialog, AnswerForm
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.qtmodels.record_rows import ALERT_BACKGROUND
from ui.tabs.feedback import FeedbackTab
from ui.tabs.feedback.model import FeedbackModel, load_items
from ui.widgets.choices import Choices

M = FeedbackModel


def entry(db, text="Долго ждали на кассе", days_ago=0.0, rating=None, **fields) -> int:
    received = datetime.now().replace(microsecond=0) - timedelta(days=days_ago)
    return feedback.create_feedback(db, FeedbackForm(
        source=fields.pop("source", FeedbackSource.COMPLAINTS_BOOK), received_at=received,
        text=text, rating=rating, **fields))


@pytest.fixture
def tab(qtbot, ctx) -> FeedbackTab:
    return show(qtbot, FeedbackTab(ctx))


def test_add_edit_and_search_in_cyrillic(qtbot, tab, ctx, answers, shown_errors):
    queue, calls = answers(FeedbackDialog)
    queue.append(FeedbackForm(source=FeedbackSource.ONLINE_REVIEW, received_at=datetime(
        2026, 3, 2, 10, 0), text="Отличный сервис, спасибо Ольге!", rating=5))
    with qtbot.waitSignal(tab.feedback_changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert calls[0][1] is None  # a new entry
    [row] = feedback.list_feedback(ctx.db)
    assert shown_count(tab.count_label) == (1, False)
    assert tab.selected().id == row.id  # the new entry is selected
    assert cell(tab.records, row.id, M.RATING) == "★★★★★"
    assert cell(tab.records, row.id, M.SOURCE) == "Online review"

    entry(ctx.db, "Грубый кассир")
    tab.refresh()
    assert shown_count(tab.count_label) == (2, False)
    type_text(tab.search_edit, "ОЛЬГЕ")
    assert column_texts(tab.records, M.TEXT) == ["Отличный сервис, спасибо Ольге!"]
    assert shown_count(tab.count_label) == (1, True)

    tab.records.select(row.id)
    queue.append(FeedbackForm(source=FeedbackSource.ONLINE_REVIEW, received_at=datetime(
        2026, 3, 2, 10, 0), text="Отличный сервис, спасибо Ольге и Ивану!", rating=4))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert calls[-1][1].text == "Отличный сервис, спасибо Ольге!"  # the row edited
    assert feedback.get_feedback(ctx.db, row.id).rating == 4
    assert cell(tab.records, row.id, M.RATING) == "★★★★☆"
    assert shown_errors == []


def test_a_value_the_service_refuses_asks_again_with_the_reason(qtbot, tab, ctx, answers,
                                                                 shown_errors):
    queue, calls = answers(FeedbackDialog)
    bad = FeedbackForm(received_at=datetime(2026, 3, 2), text="   ", rating=3)
    queue += [bad, None]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    _parent, _row, _choices, form, error = calls[1]
    assert form == bad  # what the user typed comes back, with the reason by its field
    assert (str(error), error.field) == ("Enter the text of the feedback.", "text")
    assert feedback.list_feedback(ctx.db) == []  # and nothing was saved
    assert shown_errors == []


def test_the_dialog_refuses_a_bad_value_and_stays_open(qtbot):
    dialog = FeedbackDialog(None, None, Choices())
    qtbot.addWidget(dialog)
    dialog.received_edit.set_value(datetime.now() + timedelta(days=7))
    type_text(dialog.text_edit, "Кассир нагрубил")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.visible_errors() == {"received_at": "The date received is in the future."}

    dialog.received_edit.set_now()
    dialog.text_edit.clear()
    dialog.accept()
    assert dialog.visible_errors() == {"text": "Enter the text of the feedback."}

    type_text(dialog.text_edit, "  Кассир нагрубил  ")
    dialog.rating_combo.set_value(1)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    form = dialog.value()
    assert form.text == "Кассир нагрубил" and form.sentiment == Sentiment.NEGATIVE


def test_a_negative_unanswered_entry_is_highlighted_with_its_age(qtbot, tab, ctx, answers):
    old = entry(ctx.db, "Грязно у входа", days_ago=3.2, rating=1)
    fresh = entry(ctx.db, "Нагрубили по телефону", days_ago=0.25,
                  sentiment=Sentiment.NEGATIVE)
    happy = entry(ctx.db, "Всё отлично", days_ago=5, rating=5)
    tab.refresh()
    assert cell(tab.records, old, M.STATUS) == "No answer for 3 days"
    assert cell(tab.records, fresh, M.STATUS) == "No answer for 6 hours"
    assert cell(tab.records, happy, M.STATUS) == "New"
    for row_id in (old, fresh):
        assert cell(tab.records, row_id, M.TEXT, Qt.ItemDataRole.BackgroundRole) == (
            ALERT_BACKGROUND)
    assert cell(tab.records, happy, M.TEXT, Qt.ItemDataRole.BackgroundRole) is None
    assert "red" in tab.legend.text()

    # answering it takes the mark away
    tab.records.select(old)
    ctx_staff = org.create_staff(ctx.db, org.StaffForm("Олена Коваленко"))
    queue, calls = answers(AnswerDialog, "ask")
    queue.append(AnswerForm("Извинились, вымыли вход", ctx_staff, None))
    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    row = feedback.get_feedback(ctx.db, old)
    assert row.status == FeedbackStatus.ANSWERED and row.answered_by_name == "Олена Коваленко"
    assert row.answered_at is not None
    assert cell(tab.records, old, M.STATUS) == "Answered"
    assert cell(tab.records, old, M.ANSWERED) == "Олена Коваленко"
    assert cell(tab.records, old, M.TEXT, Qt.ItemDataRole.BackgroundRole) is None


def test_an_empty_answer_is_refused_in_the_dialog(qtbot, ctx):
    row = feedback.get_feedback(ctx.db, entry(ctx.db, days_ago=1))
    dialog = AnswerDialog(None, row, Choices())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.visible_errors() == {"answer": "Enter the answer given."}
    dialog.at_edit.set_value(row.received_at - timedelta(hours=2))
    type_text(dialog.text_edit, "Перезвонили")
    dialog.accept()
    assert dialog.visible_errors() == {
        "answered_at": "The answer cannot be earlier than the feedback."}
    dialog.at_edit.set_now()
    dialog.accept()
    assert dialog.value().text == "Перезвонили"


def test_close_and_reopen(qtbot, tab, ctx):
    row_id = entry(ctx.db, rating=3)
    tab.refresh()
    tab.records.select(row_id)
    assert tab.close_button.text() == "C&lose"
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert feedback.get_feedback(ctx.db, row_id).status == FeedbackStatus.CLOSED
    assert tab.close_button.text() == "&Reopen"
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert feedback.get_feedback(ctx.db, row_id).status == FeedbackStatus.NEW


def test_an_improvement_action_from_an_entry_then_delete_refused(qtbot, tab, ctx,
                                                                  confirmations, shown_errors):
    row_id = entry(ctx.db, "Нет парковки для покупателей", rating=2)
    spare = entry(ctx.db, "Ошиблись с датой", rating=3)
    tab.refresh()
    tab.records.select(row_id)
    with qtbot.waitSignal(tab.action_created) as made:
        qtbot.mouseClick(tab.action_button, Qt.MouseButton.LeftButton)
    action = actions.get_action(ctx.db, made.args[0])
    assert action.title == "Нет парковки для покупателей"
    assert "Improvement actions page" in shown_errors[-1][1]

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Нет парковки" in confirmations[-1]
    title, text = shown_errors[-1]
    assert title == "Feedback log"
    assert "cannot be deleted" in text and "1 improvement action" in text
    assert {r.id for r in feedback.list_feedback(ctx.db)} == {row_id, spare}

    tab.records.select(spare)
    with qtbot.waitActive(tab.window()):
        tab.window().activateWindow()
    tab.table.setFocus()  # Del belongs to the list: it does nothing while typing elsewhere
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [r.id for r in feedback.list_feedback(ctx.db)] == [row_id]
    assert shown_count(tab.count_label) == (1, False)


def test_filters_and_count(qtbot, tab, ctx):
    entry(ctx.db, "Звонок", source=FeedbackSource.CALL)
    entry(ctx.db, "Отзыв", source=FeedbackSource.ONLINE_REVIEW)
    tab.refresh()
    tab.source_filter.set_value(FeedbackSource.CALL)
    assert column_texts(tab.records, M.TEXT) == ["Звонок"]
    assert shown_count(tab.count_label) == (1, True)
    tab.source_filter.set_value(None)
    assert shown_count(tab.count_label) == (2, False)


def test_model(qtmodeltester, ctx):
    entry(ctx.db, "Грязно", days_ago=2, rating=1)
    entry(ctx.db, "Хорошо", rating=5, author="olena_k")
    model = FeedbackModel()
    model.set_rows(load_items(ctx.db, "", None, None))
    qtmodeltester.check(model)
