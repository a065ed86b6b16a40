"""The optional customer link, the page in Russian, its table model, its place in the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cxdesk.db.models import Response
from cxdesk.services.builtin import install_builtins
from cxdesk.services.customers import CustomerForm, create_customer
from cxdesk.services.responses import ResponseForm
from cxdesk.services.survey_entry import card_moment, load_entry_survey
from cxdesk.services.survey_templates import current_survey_id
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.survey_entry.typist import Typist
from ui.main_window import MainWindow
from ui.tabs.survey_entry import SurveyEntryTab
from ui.tabs.survey_entry.model import BatchModel, SavedCard

ALT = Qt.KeyboardModifier.AltModifier
# The customer matches pop up in a window of their own; the offscreen platform cannot raise it
# nor give it the keyboard, and says so: the test platform talking, not the page. (On the test
# itself: pytest-qt reads the closest qt_log_ignore only, so it repeats tests/ui's one.)
popup_noise = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)",
                                        r"This plugin does not support grabbing the keyboard")


def focused_code(tab) -> str | None:
    row = tab.card._owner.get(QApplication.focusWidget())
    return row.question.code if row else None


@popup_noise
def test_a_card_linked_to_a_customer_by_keys(qtbot, tab, ctx, typist):
    olena = create_customer(ctx.db, CustomerForm(name="Іваненко Олена", phone="+380 44 123 4567"))
    create_customer(ctx.db, CustomerForm(name="Петренко Ганна", phone="+380 67 000 1111"))
    tab.card.focus_first()
    typist.answers("2")
    typist.press(Qt.Key.Key_O, ALT)  # to the customer search
    assert QApplication.focusWidget() is tab.card.customer.edit
    typist.type("1234")  # part of her phone
    typist.enter()  # the only match is taken, and the cursor goes back to the card
    assert tab.card.customer.customer_id() == olena
    assert focused_code(tab) == "bought_today"  # where the cursor was
    typist.answers("", "", "", "", "", "10", "")
    model = tab.batch.model
    shown = model.data(model.index(0, model.columnCount() - 1))
    assert shown == "Іваненко Олена · +380 44 123 4567"
    with ctx.db.session() as session:
        assert session.scalar(select(Response.customer_id)) == olena
    assert tab.card.customer.customer_id() is None  # the next card is anonymous again


@popup_noise
def test_typing_after_a_pick_drops_it(qtbot, tab, ctx, typist):
    create_customer(ctx.db, CustomerForm(name="Іваненко Олена"))
    link = tab.card.customer
    link.edit.setFocus()
    typist.type("олена")
    typist.enter()
    assert link.customer_id() is not None
    link.edit.setFocus()
    typist.type("x")
    assert link.customer_id() is None


@popup_noise
def test_one_of_several_matches_by_arrow_keys(qtbot, tab, ctx, typist):
    create_customer(ctx.db, CustomerForm(name="Іваненко Олена"))
    petro = create_customer(ctx.db, CustomerForm(name="Іваненко Петро"))
    tab.card.focus_first()
    typist.press(Qt.Key.Key_O, ALT)
    typist.type("іваненко")
    typist.press(Qt.Key.Key_Down)  # from the first match to the second
    typist.press(Qt.Key.Key_Down)  # the last one stays lit
    typist.enter()
    assert tab.card.customer.customer_id() == petro
    assert tab.card.customer.text() == "Іваненко Петро"
    assert focused_code(tab) == "frequency"


def test_the_page_in_russian(qtbot, tab, ctx):
    ctx.translations.switch("ru")
    qtbot.waitUntil(lambda: tab.card.rows[0].text_label.text() == "Как часто вы к нам заходите?")
    assert tab.header.survey_combo.currentText() == "Опрос на выходе"
    assert tab.card.rows[0].field.option_buttons()[0].text() == "1  Впервые"
    ctx.translations.switch("uk")
    qtbot.waitUntil(lambda: tab.card.rows[0].text_label.text() == "Як часто ви до нас заходите?")


def test_the_batch_model_passes_the_model_tester(qtmodeltester, db):
    install_builtins(db)
    survey = load_entry_survey(db, current_survey_id(db, "exit"))
    model = BatchModel()
    model.set_survey(survey)
    qtmodeltester.check(model)
    answers = {"frequency": "weekly", "bought_today": False, "nps": "9", "speed": "4",
               "improve": "Очереди\nна кассе"}
    form = ResponseForm(survey.id, card_moment(date(2026, 6, 30)), answers)
    model.add(SavedCard(1, model.next_number(), form, "Олена", ""))
    model.add(SavedCard(2, model.next_number(), form, "", "Іваненко Олена"))
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["No.", "Q4", "Q5", "Q6", "Q7", "Comment", "Staff member", "Customer"]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["1", "", "4", "", "9", "Очереди на кассе", "Олена", ""]
    model.remove(0)
    assert model.data(model.index(0, 0)) == "2"  # a card keeps its number
    assert model.next_number() == 3
    model.remove(0)
    assert model.next_number() == 1
    qtmodeltester.check(model)


def test_registered_in_the_main_window(qtbot, ctx, shop):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    index = next(i for i in range(window.tabs.count())
                 if window.tabs.object_name(i) == SurveyEntryTab.page_name)
    assert window.tabs.tabText(index) == "Survey entry"
    window.tabs.widget(0)  # another page built first must not take Enter away
    window.tabs.setCurrentIndex(index)
    page = window.tabs.currentWidget()
    assert page.objectName() == "survey_entry_tab"
    with qtbot.waitActive(window):
        window.activateWindow()
    page.card.focus_first()
    typist = Typist()
    typist.answers("", "", "", "", "", "", "7", "")
    assert page.batch.model.rowCount() == 1
