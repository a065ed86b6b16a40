"""Standards and scenarios through their dialogs; search, sort, counts, the unchecked filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cxdesk.services import standards
from cxdesk.services.standards import RoleForm, ScenarioForm, StageForm, StandardForm
from tests.ui.keys import type_text
from tests.ui.standards.drive import drive, press_ok
from ui.dialogs.standard_dialog import ScenarioDialog, StandardDialog
from ui.tabs.standards.standards_panel import StandardsPanel


@pytest.fixture
def journey(db):
    entrance = standards.create_stage(db, StageForm({"ru": "Вход", "en": "Entrance"}))
    till = standards.create_stage(db, StageForm({"ru": "Касса", "en": "Till"}))
    cashier = standards.create_role(db, RoleForm({"ru": "Кассир", "en": "Cashier"}))
    return entrance, till, cashier


def texts(panel, column=StandardsPanel.TEXT) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_a_standard_is_added_edited_deactivated_and_deleted(qtbot, monkeypatch, page, db,
                                                            journey, confirmations):
    entrance, till, cashier = journey
    page.refresh()
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(till))

    def add(dialog):
        assert dialog.stage_combo.currentData() == till  # the stage shown is preselected
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.errors["text"].text() == (
            "Fill the text in at least one language (ru, uk or en).")
        type_text(dialog.text_edit.edits["ru"], "Кассир называет сумму и выдаёт чек")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(cashier))
        press_ok(qtbot, dialog)

    def edit(dialog):
        assert dialog.role_combo.currentData() == cashier and dialog.active_check.isChecked()
        type_text(dialog.text_edit.edits["en"], "The cashier says the total")
        dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(entrance))
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, StandardDialog, add, edit)
    panel = page.standards
    panel.add_standard()
    [row] = standards.list_standards(db)
    assert (row.text, row.stage_id, row.role_id, row.active) == (
        {"ru": "Кассир называет сумму и выдаёт чек"}, till, cashier, True)
    assert panel.selected_row().id == row.id
    assert texts(panel) == ["Кассир называет сумму и выдаёт чек"]

    panel.edit_standard()
    row = standards.get_standard(db, row.id)
    assert row.stage_id == entrance and row.text["en"] == "The cashier says the total"
    # it moved to another stage: the page follows it there, still selected
    assert page.stage_filter() == entrance and page.stages.selected_id() == entrance
    assert panel.selected_row().id == row.id
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(till))
    assert panel.model.rowCount() == 1 and panel.proxy.rowCount() == 0
    page.stage_combo.setCurrentIndex(0)  # all stages
    assert panel.proxy.rowCount() == 1

    panel.select_id(row.id)
    assert panel.toggle.text() == "Deactivate"
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not standards.get_standard(db, row.id).active
    assert panel.toggle.text() == "Activate"
    assert texts(panel, StandardsPanel.ACTIVE) == ["no"]

    panel.delete_standard()
    assert standards.list_standards(db) == []
    assert panel.count_label.text().startswith("0 standard")


def test_a_standard_a_checklist_item_checks_cannot_be_deleted(page, db, journey, shown_errors,
                                                              confirmations):
    from cxdesk.services import checklist_templates, standard_links
    from cxdesk.templates import ChecklistTemplate, I18n, ItemTemplate, SectionTemplate

    _entrance, till, _cashier = journey
    sid = standards.create_standard(db, StandardForm({"ru": "Выдаёт чек"}, till))
    code = standards.get_standard(db, sid).code
    spec = ChecklistTemplate("", I18n("Проверка", "", ""), I18n("", "", ""), (
        SectionTemplate("till", I18n("Касса", "", ""), (
            ItemTemplate("receipt", I18n("Чек выдан", "", ""), "yes_no_na", standard=code),)),))
    template_id = checklist_templates.save_checklist(db, None, spec)
    assert standard_links.checklist_items(db, template_id)[0].items[0].standard_code == code
    page.refresh()
    page.standards.select_id(sid)
    page.standards.delete_standard()
    assert shown_errors == [("Standards", "“Выдаёт чек” cannot be deleted: it is checked by "
                                          "1 checklist item. Deactivate it instead.")]
    assert standards.get_standard(db, sid).item_count == 1


def test_scenarios_are_added_edited_refused_and_deleted(qtbot, monkeypatch, page, db, journey,
                                                        confirmations):
    _entrance, till, _cashier = journey
    page.refresh()

    def add(dialog):
        type_text(dialog.risk_edit.edits["ru"], "Клиент не может оплатить картой")
        press_ok(qtbot, dialog)  # no title: refused
        assert dialog.isVisible() and dialog.errors["title"].isVisible()
        type_text(dialog.title_edit.edits["ru"], "Не работает терминал")
        type_text(dialog.action_edit.edits["ru"], "Предупредить до пробития чека")
        dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(till))
        press_ok(qtbot, dialog)

    def edit(dialog):
        dialog.stage_combo.setCurrentIndex(0)  # any stage
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, ScenarioDialog, add, edit)
    panel = page.scenarios
    panel.add_scenario()
    [row] = standards.list_scenarios(db)
    assert (row.title, row.risk, row.stage_id) == (
        {"ru": "Не работает терминал"}, {"ru": "Клиент не может оплатить картой"}, till)
    assert panel.proxy.index(0, panel.STAGE).data() == "2. Till"
    panel.edit_scenario()
    assert standards.get_scenario(db, row.id).stage_id is None
    assert panel.proxy.index(0, panel.STAGE).data() == "any stage"
    panel.delete_scenario()
    assert standards.list_scenarios(db) == []


def test_lists_search_cyrillic_in_any_case_sort_and_count(page, db, journey):
    entrance, till, cashier = journey
    for text, stage in (("Продавец ЗДОРОВАЕТСЯ в течение 10 секунд", entrance),
                        ("Цены на всех товарах", entrance),
                        ("Кассир благодарит и прощается", till)):
        standards.create_standard(db, StandardForm({"ru": text}, stage, cashier))
    standards.create_scenario(db, ScenarioForm({"ru": "Отключили свет"}, stage_id=entrance))
    page.refresh()
    panel = page.standards
    assert panel.count_label.text().startswith("3 standard")

    type_text(page.search_edit, "здоров")
    assert texts(panel) == ["Продавец ЗДОРОВАЕТСЯ в течение 10 секунд"]
    assert panel.count_label.text() == "1 of 3 standards shown"
    assert page.scenarios.proxy.rowCount() == 0
    page.search_edit.clear()
    type_text(page.search_edit, "СВЕТ")
    assert page.scenarios.proxy.rowCount() == 1 and panel.proxy.rowCount() == 0
    page.search_edit.clear()
    type_text(page.search_edit, "касс")  # a stage name, a role name: every list
    assert page.stages.list.count() == 1
    assert not page.stages.list.dragEnabled()  # no dragging in a filtered list
    assert panel.proxy.rowCount() == 3  # all name the cashier
    page.search_edit.clear()
    assert page.stages.list.dragEnabled()

    panel.table.sortByColumn(panel.TEXT, Qt.SortOrder.AscendingOrder)
    assert texts(panel) == sorted(texts(panel), key=str.casefold)
    panel.table.sortByColumn(panel.STAGE, Qt.SortOrder.DescendingOrder)
    assert texts(panel, panel.STAGE)[0] == "2. Till"


def test_standards_no_checklist_checks_are_highlighted_and_filtered(page, db, journey):
    entrance, _till, _cashier = journey
    first = standards.create_standard(db, StandardForm({"ru": "Здоровается"}, entrance))
    standards.create_standard(db, StandardForm({"ru": "Улыбается"}, entrance, active=False))
    page.refresh()
    panel = page.standards
    button = panel.unchecked_button
    assert button.text() == "Not checked yet: 1"
    assert button.property("warn") is True  # highlighted
    row = panel.model.row_of(lambda e: e.id == first)
    assert panel.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert panel.model.index(row, panel.CHECKS).data() == "not checked"

    button.click()
    assert [e.id for e in panel.shown_rows()] == [first]  # the inactive one is not counted
    button.click()
    assert panel.proxy.rowCount() == 2
