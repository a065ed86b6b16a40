"""Correcting, deleting and undoing saved cards; a save refused; a new batch; the pile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from cxdesk.db.models import Response
from cxdesk.errors import DatabaseError, ValidationError
from cxdesk.services.responses import answers_of
from ui.dialogs import messages
from ui.tabs.survey_entry import tab as tab_module

ALT = Qt.KeyboardModifier.AltModifier


def count(ctx) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Response))


def focused_code(tab) -> str | None:
    row = tab.card._owner.get(QApplication.focusWidget())
    return row.question.code if row else None


def exit_card(typist, nps: str = "9", improve: str = "") -> None:
    typist.answers("", "", "", "", "", "", nps, improve)


@pytest.fixture
def confirmations(monkeypatch) -> list[bool]:
    """What messages.confirm answers, one per question (True when the list runs out)."""
    answers: list[bool] = []
    monkeypatch.setattr(messages, "confirm",
                        lambda *_a, **_k: answers.pop(0) if answers else True)
    return answers


def test_delete_asks_first(tab, ctx, typist, confirmations):
    tab.card.focus_first()
    exit_card(typist, "3")
    exit_card(typist, "7")
    typist.press(Qt.Key.Key_B, ALT)
    typist.press(Qt.Key.Key_Up)  # the first card
    confirmations.append(False)
    typist.press(Qt.Key.Key_Delete)
    assert count(ctx) == 2
    typist.press(Qt.Key.Key_Delete)
    assert count(ctx) == 1 and tab.batch.model.rowCount() == 1
    assert tab.status_label.text() == "Card 1 deleted."
    assert tab.batch.model.data(tab.batch.model.index(0, 0)) == "2"  # numbers stay
    typist.press(Qt.Key.Key_Escape)  # back to the card
    assert focused_code(tab) == "frequency"


def test_escape_leaves_a_correction_unsaved(tab, ctx, typist):
    tab.card.focus_first()
    exit_card(typist, "3", "Грязно")
    typist.press(Qt.Key.Key_B, ALT)
    typist.enter()
    assert tab.card.correcting() == 1
    assert tab.card.rows[-1].field.value() == "Грязно"
    typist.enter(6)
    typist.type("10")
    typist.press(Qt.Key.Key_Escape)
    assert tab.card.correcting() is None and tab.card.is_blank()
    response_id = tab.batch.model.card(0).response_id
    assert answers_of(ctx.db, response_id) == {"nps": 3.0, "improve": "Грязно"}


def test_opening_a_card_over_a_half_typed_one_asks(tab, ctx, typist, confirmations):
    tab.card.focus_first()
    exit_card(typist, "5")
    typist.answers("2")  # a new card begun
    confirmations.append(False)
    typist.press(Qt.Key.Key_B, ALT)
    typist.enter()
    assert tab.card.correcting() is None
    assert tab.card.answers() == {"frequency": "monthly_or_less"}


def test_undo_with_nothing_saved(tab, typist):
    tab.card.focus_first()
    typist.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.status_label.text() == "Nothing to undo in this batch."


def test_ctrl_z_in_a_half_typed_field_undoes_typing_only(tab, ctx, typist):
    tab.card.focus_first()
    exit_card(typist, "5")
    typist.type("3")
    typist.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.batch.model.rowCount() == 1 and count(ctx) == 1
    assert tab.card.is_blank()


def test_a_refused_save_keeps_the_card(tab, ctx, typist, monkeypatch, shown_errors):
    def refuse(_db, _form):
        raise ValidationError("nps: the server says no", "nps")

    monkeypatch.setattr(tab_module, "record_response", refuse)
    tab.card.focus_first()
    exit_card(typist, "9", "Касса")
    error = tab.card.rows[6].error_label
    assert error.isVisible() and error.text() == "the server says no"
    assert focused_code(tab) == "nps"
    assert tab.card.answers() == {"nps": "9", "improve": "Касса"}

    def broken(_db, _form):
        raise DatabaseError("The database is locked")

    monkeypatch.setattr(tab_module, "record_response", broken)
    typist.type("9")
    typist.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown_errors == [("Survey entry", "The database is locked")]
    assert tab.card.answers() == {"nps": "9", "improve": "Касса"}
    assert count(ctx) == 0 and tab.batch.model.rowCount() == 0


def test_another_survey_starts_a_new_batch(tab, ctx, typist):
    tab.card.focus_first()
    exit_card(typist)
    tab.batch.pile_edit.setText("1")
    combo = tab.header.survey_combo
    combo.setFocus()
    nps = combo.findText("Net Promoter Score (NPS)", Qt.MatchFlag.MatchContains)
    combo.setCurrentIndex(nps if nps >= 0 else (combo.currentIndex() + 1) % combo.count())
    assert tab.card.survey.id == combo.currentData()
    assert tab.batch.model.rowCount() == 0 and tab.batch.pile_edit.text() == ""
    assert "new batch" in tab.status_label.text()
    assert count(ctx) == 1


def test_new_batch_button_keeps_the_cards_saved(qtbot, tab, ctx, typist):
    tab.card.focus_first()
    exit_card(typist)
    typist.press(Qt.Key.Key_N, ALT)  # a mnemonic clicks after the button's press animation
    qtbot.waitUntil(lambda: tab.batch.model.rowCount() == 0)
    assert focused_code(tab) == "frequency"
    exit_card(typist)
    with ctx.db.session() as session:
        batches = session.scalars(select(Response.batch).order_by(Response.id)).all()
    assert len(set(batches)) == 2 and all(batches)


def test_pile_check(tab, typist):
    tab.card.focus_first()
    for _ in range(3):
        exit_card(typist)
    typist.press(Qt.Key.Key_P, ALT)
    verdicts = {}
    for typed in ("5", "3", "1"):
        tab.batch.pile_edit.selectAll()
        typist.type(typed)
        verdicts[typed] = tab.batch.pile_verdict()
    translate = QCoreApplication.translate
    assert verdicts == {"5": translate("BatchPanel", "%n cards missing", "", 2),
                        "3": "✓ matches",
                        "1": translate("BatchPanel", "%n cards too many", "", 2)}


def test_staff_follow_the_location(tab, shop):
    header = tab.header
    header.location_combo.setCurrentIndex(header.location_combo.findData(shop["other"]))
    names = [header.staff_combo.itemText(i) for i in range(header.staff_combo.count())]
    assert names[1:] == ["Петро"]
    header.location_combo.setCurrentIndex(0)
    assert header.staff_combo.count() == 3
