"""The Survey entry page says when a card is typed in but not saved, so closing the window
can ask first (tests/ui/test_unsaved_work.py covers the question itself)."""

from __future__ import annotations

from tests.ui.survey_entry.test_batch import choose_batch


def test_a_card_typed_in_is_unsaved_work_until_saved(qtbot, tab, typist):
    assert tab.unsaved_work() is None
    choose_batch(typist)
    assert tab.unsaved_work() is None  # a survey chosen, nothing typed yet
    typist.answers("2", "1")
    assert tab.unsaved_work() == "a survey card typed in and not saved"
    typist.answers("Недорого", "5", "4", "5", "10", "")
    typist.enter()
    qtbot.waitUntil(lambda: tab.batch.model.rowCount() == 1)
    assert tab.unsaved_work() is None  # saved: the next card is blank
