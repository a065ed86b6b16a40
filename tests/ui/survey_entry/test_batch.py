"""A whole batch of exit cards typed by key events alone, then the database checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cxdesk.db.models import Channel, Response
from cxdesk.services.responses import answers_of
from ui.dialogs import messages

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def plural(text: str, n: int) -> str:
    """English plurals come from the catalogue the lead completes: ask it as the page does."""
    return QCoreApplication.translate("BatchPanel", text, "", n)


def focused_code(tab) -> str | None:
    """The question whose field has the cursor."""
    row = tab.card._owner.get(QApplication.focusWidget())
    return row.question.code if row else None


def row_of(tab, code: str):
    return next(row for row in tab.card.rows if row.question.code == code)


def stored(ctx) -> list[tuple[Response, dict]]:
    with ctx.db.session() as session:
        responses = session.scalars(select(Response).order_by(Response.id)).all()
    return [(r, answers_of(ctx.db, r.id)) for r in responses]


def choose_batch(typist) -> None:
    """Survey (the exit survey is offered first), location, today, staff, paper: all by keys."""
    typist.enter()
    typist.type("Ц")  # Центральный
    typist.enter(2)
    typist.type("О")  # Олена
    typist.enter(2)


def test_a_batch_typed_without_the_mouse(qtbot, tab, ctx, shop, typist, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: pytest.fail("nothing to confirm"))
    assert QApplication.focusWidget() is tab.header.survey_combo
    choose_batch(typist)
    assert focused_code(tab) == "frequency"
    assert (tab.header.location_id(), tab.header.staff_id()) == (shop["location"], shop["olena"])

    # card 1: every field, a two-line answer to "3 things to improve"
    typist.answers("2", "1", "Недорого", "5", "4", "5", "10")
    typist.type("Очереди на кассе")
    typist.press(Qt.Key.Key_Return, SHIFT)
    typist.type("Парковка")
    typist.enter()
    assert tab.batch.model.rowCount() == 1
    assert focused_code(tab) == "frequency"  # the next card starts in the first field

    # card 2: an out-of-range NPS is refused there and then, in words
    typist.answers("4", "0", "", "", "3", "2")
    typist.type("11")
    typist.enter()
    error = row_of(tab, "nps").error_label
    assert error.isVisible() and error.text() == "11 is outside the scale 0–10"
    assert focused_code(tab) == "nps" and len(stored(ctx)) == 1
    typist.type("6")  # the refused value is selected: typing replaces it
    assert not error.isVisible()
    typist.answers(None, "Грубый кассир")
    assert tab.batch.model.rowCount() == 2

    # card 3: a blank required NPS is refused too; option 7 does not exist
    typist.type("7")
    typist.enter()
    assert focused_code(tab) == "frequency"
    assert row_of(tab, "frequency").error_label.text() == "unknown option 7"
    typist.answers("1", "1", "", "12,5", "", "", "")  # "1" replaces the refused 7
    error = row_of(tab, "nps").error_label
    assert error.isVisible() and error.text() == "an answer is required"
    typist.answers("9", "")
    assert tab.batch.model.rowCount() == 3

    # card 4 has a typo (NPS 3 for 8): found in the batch list and corrected
    typist.answers("3", "1", "", "", "5", "5", "3", "")
    assert tab.batch.model.rowCount() == 4
    typist.press(Qt.Key.Key_B, ALT)  # to the batch list, on the card typed last
    assert QApplication.focusWidget() is tab.batch.table
    assert tab.batch.selected_row() == 3
    typist.enter()
    assert tab.card.correcting() == 4 and focused_code(tab) == "frequency"
    assert row_of(tab, "nps").field.value() == "3"
    typist.enter(6)  # the loaded answers stay as they are
    assert focused_code(tab) == "nps"
    typist.answers("8", "")
    assert tab.card.correcting() is None and tab.batch.model.rowCount() == 4
    assert tab.status_label.text() == "Card 4 corrected."

    # card 5 is typed by mistake: Ctrl+Z on the blank card takes it back out
    typist.answers("2", "1", "", "", "4", "4", "7", "")
    assert tab.batch.model.rowCount() == 5
    typist.press(Qt.Key.Key_Z, CTRL)
    assert tab.batch.model.rowCount() == 4
    assert tab.status_label.text() == "Card 5 removed (undo)."

    # the pile on the desk holds 5 cards: one is missing; it is typed, and the count matches
    typist.press(Qt.Key.Key_P, ALT)
    typist.type("5")
    assert tab.batch.pile_verdict() == plural("%n cards missing", 1)
    typist.enter()  # back to the card
    assert focused_code(tab) == "frequency"
    typist.answers("3", "т", "", "", "", "", "10", "")
    assert tab.batch.pile_verdict() == "✓ matches"

    rows = stored(ctx)
    assert [r.nps for r, _ in rows] == [10, 6, 9, 8, 10]
    first, answers = rows[0]
    assert (first.location_id, first.staff_id, first.channel) == (
        shop["location"], shop["olena"], Channel.PAPER)
    assert first.batch and {r.batch for r, _ in rows} == {first.batch}
    assert (first.csat, first.speed) == (5, 4)
    assert answers == {"frequency": ["monthly_or_less"], "bought_today": 1.0,
                       "why_today": "Недорого", "wait_minutes": 5.0, "speed": 4.0, "csat": 5.0,
                       "nps": 10.0, "improve": "Очереди на кассе\nПарковка"}
    assert rows[1][1] == {"frequency": ["weekly"], "bought_today": 0.0, "speed": 3.0,
                          "csat": 2.0, "nps": 6.0, "improve": "Грубый кассир"}
    assert rows[2][1] == {"frequency": ["first_time"], "bought_today": 1.0,
                          "wait_minutes": 12.5, "nps": 9.0}
    assert rows[4][1]["bought_today"] == 1.0
