"""The visit list's table model: a valid Qt model, its texts and sort keys."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from cxdesk.services.visit_list import VisitRow
from ui.tabs.mystery.model import VisitsModel
from ui.tabs.mystery.texts import FAILED_COLOR

NAME = {"ru": "Тайный покупатель — магазин", "en": "Mystery shopper — shop"}
DRAFT = VisitRow(1, "u1", datetime(2026, 6, 12, 14, 5), 1, "Центр", "Анна Андреева", 1,
                 "retail_mystery", 2, NAME, "draft", 97.3214, True, 22, 44,
                 datetime(2026, 6, 12, 14, 5), None, None, None)
FAILED = replace(DRAFT, id=2, uid="u2", visited_at=datetime(2026, 6, 1, 9, 0), status="submitted",
                 score=81.25, passed=False, answered=44)


def text(model: VisitsModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_is_a_valid_qt_model(qtmodeltester):
    model = VisitsModel()
    model.set_rows([DRAFT, FAILED])
    qtmodeltester.check(model, force_py=True)


def test_texts_of_a_draft_and_a_failed_visit(qapp):
    model = VisitsModel()
    model.set_rows([DRAFT, FAILED])
    model.retranslate("ru")
    assert text(model, 0, VisitsModel.CHECKLIST) == "Тайный покупатель — магазин, v2"
    assert text(model, 0, VisitsModel.PROGRESS) == "22 of 44"
    assert text(model, 0, VisitsModel.SCORE) == "97.3%"
    assert text(model, 0, VisitsModel.RESULT) == ""
    assert text(model, 0, VisitsModel.SCORE, Qt.ItemDataRole.FontRole).italic()
    assert "not submitted" in text(model, 0, VisitsModel.SCORE, Qt.ItemDataRole.ToolTipRole)
    assert text(model, 1, VisitsModel.STATUS) == "Submitted"
    assert text(model, 1, VisitsModel.RESULT) == "Failed"
    brush = text(model, 1, VisitsModel.RESULT, Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == FAILED_COLOR
    assert text(model, 0, 0, VisitsModel.ROW_ROLE) is DRAFT
    assert model.row_of(2) == 1 and model.row_of(9) is None


def test_sort_keys_order_dates_and_scores(qapp):
    model = VisitsModel()
    model.set_rows([DRAFT, FAILED, replace(FAILED, id=3, score=None)])
    scores = [text(model, r, VisitsModel.SCORE, VisitsModel.SORT_ROLE) for r in range(3)]
    assert scores == [97.3214, 81.25, -1.0]
    dates = [text(model, r, VisitsModel.DATE, VisitsModel.SORT_ROLE) for r in range(3)]
    assert dates[1] < dates[0] and dates[1] < dates[2]
