"""The New visit dialog: choices, the staff of the chosen location, the shopper checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cxdesk.services.checklist_templates import list_checklists
from cxdesk.services.org import list_locations, list_staff
from tests.ui.keys import type_text
from ui.tabs.mystery.new_visit_dialog import NewVisitDialog, VisitChoices


@pytest.fixture
def choices(ctx, shop) -> VisitChoices:
    db = ctx.db
    return VisitChoices(list_checklists(db), list_locations(db), list_staff(db),
                        ["Анна Андреева", "Дмитрий Фёдоров"], "Дмитрий Фёдоров", "ru")


def make(qtbot, choices) -> NewVisitDialog:
    dialog = NewVisitDialog(None, choices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_offers_the_checklist_the_locations_and_their_staff(qtbot, choices, shop):
    dialog = make(qtbot, choices)
    assert dialog.checklist_combo.currentText() == "Тайный покупатель — магазин, v1"
    assert [dialog.location_combo.itemText(i) for i in range(dialog.location_combo.count())] \
        == ["Лівий берег", "Центр"]
    dialog.location_combo.setCurrentIndex(dialog.location_combo.findData(shop.location_id))
    names = [dialog.staff_list.item(i).text() for i in range(dialog.staff_list.count())]
    assert names == ["Олена Іваненко", "Петро Коваль"]
    dialog.location_combo.setCurrentIndex(dialog.location_combo.findData(shop.other_location_id))
    assert dialog.staff_list.count() == 0
    assert dialog.shopper_combo.currentText() == "Дмитрий Фёдоров"  # the last one, ready


def test_starts_at_the_last_visit_s_location(qtbot, choices, shop):
    dialog = make(qtbot, replace(choices, last_location_id=shop.location_id))
    assert dialog.location_combo.currentText() == "Центр"
    assert dialog.staff_list.count() == 2


def test_returns_the_visit_described(qtbot, choices, shop):
    dialog = make(qtbot, choices)
    dialog.location_combo.setCurrentIndex(dialog.location_combo.findData(shop.location_id))
    dialog.when_edit.setDateTime(QDateTime(2026, 6, 12, 14, 5, 37))
    dialog.shopper_combo.setCurrentText("")
    type_text(dialog.shopper_combo.lineEdit(), "  Олена Петренко ")
    dialog.staff_list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    start = dialog.start()
    assert (start.template_id, start.location_id) == (shop.template_id, shop.location_id)
    assert start.shopper == "Олена Петренко"
    assert start.visited_at == datetime(2026, 6, 12, 14, 5)
    assert start.staff_ids == (shop.petro,)


def test_an_empty_shopper_is_refused_under_its_field(qtbot, choices):
    dialog = make(qtbot, choices)
    dialog.shopper_combo.setCurrentText("   ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.shopper_error.isVisible()
    assert dialog.shopper_error.text() == "Enter the shopper's name"
    type_text(dialog.shopper_combo.lineEdit(), "А")
    assert not dialog.shopper_error.isVisible()


def test_without_a_location_ok_is_disabled_and_says_why(qtbot, ctx, shop):
    dialog = make(qtbot, VisitChoices(list_checklists(ctx.db)))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "There is no location" in dialog.missing_label.text()
