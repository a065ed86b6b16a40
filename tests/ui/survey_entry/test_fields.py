"""Every question kind typed by keys alone into one card, and refused where it should be."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxdesk.db.models import Question, QuestionKind, Survey, SurveyKind
from cxdesk.services.responses import answers_of
from ui.tabs.survey_entry import SurveyEntryTab

T = {"ru": "Вопрос", "uk": "Питання", "en": "Question"}
OPTIONS = [{"code": f"o{i}", "text": {"ru": f"Вариант {i}", "en": f"Option {i}"}}
           for i in range(1, 13)]


def questions() -> list[Question]:
    def q(position, code, kind, **more):
        return Question(position=position, code=code, kind=kind, text=T,
                        required=more.pop("required", False), **more)

    return [
        q(1, "nps", QuestionKind.NPS, scale_min=0, scale_max=10, role="nps", required=True),
        q(2, "csat", QuestionKind.CSAT, scale_min=1, scale_max=5, role="csat"),
        q(3, "ces", QuestionKind.CES, scale_min=1, scale_max=7),
        q(4, "rate", QuestionKind.RATING, scale_min=1, scale_max=10),
        q(5, "bought", QuestionKind.YES_NO),
        q(6, "freq", QuestionKind.SINGLE, options=OPTIONS[:4]),
        q(7, "what", QuestionKind.MULTI, options=OPTIONS[:4]),
        q(8, "many", QuestionKind.MULTI, options=OPTIONS),
        q(9, "wait", QuestionKind.NUMBER, scale_min=0, scale_max=240),
        q(10, "sq", QuestionKind.SERVQUAL, scale_min=1, scale_max=7, dimension="tangibles"),
        q(11, "improve", QuestionKind.TEXT),
    ]


@pytest.fixture
def every_kind(db) -> int:
    with db.begin() as session:
        survey = Survey(family="every", kind=SurveyKind.CUSTOM, name={"en": "Every kind"},
                        questions=questions())
        session.add(survey)
        session.flush()
        return survey.id


@pytest.fixture
def card_tab(qtbot, ctx, every_kind) -> SurveyEntryTab:
    widget = SurveyEntryTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    widget.card.focus_first()
    return widget


def focused_code(tab) -> str | None:
    row = tab.card._owner.get(QApplication.focusWidget())
    return row.question.code if row else None


def row_of(tab, code):
    return next(row for row in tab.card.rows if row.question.code == code)


def saved(ctx, tab) -> dict:
    return answers_of(ctx.db, tab.batch.model.card(tab.batch.model.rowCount() - 1).response_id)


def test_every_kind_by_keys(card_tab, ctx, typist):
    typist.answers("10", "4", "6", "8", "д", "3")
    assert row_of(card_tab, "freq").field.buttons[2].isChecked()
    typist.type("13")  # digits toggle options: 1 and 3 …
    typist.type("3")  # … and 3 again takes it back
    typist.enter()
    typist.type("1 12 3")  # with ten options or more, a space ends a number that could go on
    assert row_of(card_tab, "many").field.edit.text() == "1, 3, 12"
    typist.enter()
    typist.answers("7,5", "6", "4")
    typist.type("Чисто, але тісно")
    typist.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    typist.type("Ціни «кусаються»")
    typist.enter()
    assert card_tab.batch.model.rowCount() == 1
    expected = {
        "nps": 10.0, "csat": 4.0, "ces": 6.0, "rate": 8.0, "bought": 1.0, "freq": ["o3"],
        "what": ["o1"], "many": ["o1", "o3", "o12"], "wait": 7.5, "sq": (6.0, 4.0),
        "improve": "Чисто, але тісно\nЦіни «кусаються»",
    }
    assert saved(ctx, card_tab) == expected
    card = card_tab.card
    assert card.is_blank()
    assert not any(b.isChecked() for row in card.rows for b in row.field.option_buttons())

    # loaded back for correction, every kind shows what was stored; saved again unchanged
    typist.press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    typist.enter()
    assert row_of(card_tab, "many").field.edit.text() == "1, 3, 12"
    assert row_of(card_tab, "bought").field.meaning.text() == "yes"
    assert row_of(card_tab, "freq").field.buttons[2].isChecked()
    typist.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert card.correcting() is None and saved(ctx, card_tab) == expected


@pytest.mark.parametrize(("typed", "stored"), [
    ("1", 1.0), ("0", 0.0), ("y", 1.0), ("n", 0.0), ("д", 1.0), ("н", 0.0), ("т", 1.0),
    ("Так", 1.0), ("ні", 0.0), ("да", 1.0), ("нет", 0.0),
])
def test_yes_no_on_either_layout(card_tab, ctx, typist, typed, stored):
    typist.answers("9", "", "", "", typed)
    assert row_of(card_tab, "bought").field.meaning.text() == ("yes" if stored else "no")
    typist.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save from here
    assert saved(ctx, card_tab) == {"nps": 9.0, "bought": stored}


def go_to(tab, typist, code: str) -> None:
    """Tab down to the field of `code` (NPS, the required first one, answered on the way)."""
    while focused_code(tab) != code:
        typist.press(Qt.Key.Key_Tab) if focused_code(tab) != "nps" else typist.answers("9")


@pytest.mark.parametrize(("code", "typed", "message"), [
    ("csat", "6", "6 is outside the scale 1–5"),
    ("ces", "0", "0 is outside the scale 1–7"),
    ("rate", "11", "11 is outside the scale 1–10"),
    ("bought", "x", "answer yes or no"),
    ("freq", "5", "unknown option 5"),
    ("wait", "300", "300 is outside the scale 0–240"),
])
def test_a_wrong_answer_is_refused_on_the_spot(card_tab, typist, code, typed, message):
    go_to(card_tab, typist, code)
    typist.type(typed)
    typist.enter()
    error = row_of(card_tab, code).error_label
    assert error.isVisible() and error.text() == message
    assert focused_code(card_tab) == code  # the cursor stays
    typist.enter()
    assert focused_code(card_tab) == code  # however often Enter is pressed
    typist.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert card_tab.batch.model.rowCount() == 0  # nothing saved while the card is wrong
    assert focused_code(card_tab) == code


@pytest.mark.parametrize(("code", "typed", "message", "kept"), [
    ("csat", "44", "44 is outside the scale 1–5", "4"),
    ("nps", "1ф", '"1ф" is not a number', "1"),
    ("what", "5", "unknown option 5", None),
])
def test_a_key_turned_away_is_said_and_stops_enter_once(card_tab, typist, code, typed, message,
                                                        kept):
    go_to(card_tab, typist, code)
    typist.type(typed)
    row = row_of(card_tab, code)
    assert row.error_label.isVisible() and row.error_label.text() == message  # at once
    typist.enter()
    assert focused_code(card_tab) == code  # the first Enter stops: the message is seen
    assert row.field.value() == kept
    typist.enter()  # the second one takes what the field holds
    assert focused_code(card_tab) != code and not row.error_label.isVisible()


def test_servqual_pair_wants_both(card_tab, ctx, typist):
    typist.answers("9")
    while focused_code(card_tab) != "sq":
        typist.press(Qt.Key.Key_Tab)
    typist.type("9")
    typist.enter()
    assert row_of(card_tab, "sq").error_label.text() == "9 is outside the scale 1–7"
    typist.type("5")
    typist.enter()  # on to the perception
    typist.enter()
    assert row_of(card_tab, "sq").error_label.text() == (
        "give both the expectation and the perception")
    typist.type("6")
    typist.enter()
    assert focused_code(card_tab) == "improve"


def test_text_takes_tab_as_move_and_keeps_cyrillic(card_tab, typist):
    text = row_of(card_tab, "improve").field.edit
    text.setFocus()
    typist.type("Персонал ввічливий")
    typist.press(Qt.Key.Key_Tab)  # past the last field: on to the button
    assert QApplication.focusWidget() is card_tab.card.save_button
    assert text.toPlainText() == "Персонал ввічливий"


def test_another_digit_picks_another_option(card_tab, typist):
    go_to(card_tab, typist, "freq")
    typist.type("23")  # one option at a time: the 3 replaces the 2
    field = row_of(card_tab, "freq").field
    assert field.value() == "o3"
    assert [button.isChecked() for button in field.buttons] == [False, False, True, False]
    typist.press(Qt.Key.Key_Backspace)
    assert not any(button.isChecked() for button in field.buttons)
