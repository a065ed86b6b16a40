"""Checklist templates through the editor: sections, items, refusals; a visited checklist
keeps its visits' version and score when edited, and new visits use the new version."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from cxdesk.services import checklist_templates as checklists
from cxdesk.services import standards
from cxdesk.services.standards import StageForm, StandardForm
from cxdesk.services.visits import VisitStart, load_visit, save_answer, start_visit, submit_visit
from cxdesk.templates import ChecklistTemplate, I18n, ItemTemplate, SectionTemplate
from tests.ui.keys import type_text
from tests.ui.standards.drive import drive, press_ok
from ui.tabs.templates.checklist_editor import ChecklistEditor


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def t(ru: str) -> I18n:
    return I18n(ru, "", "")


@pytest.fixture
def standard(db) -> str:
    stage = standards.create_stage(db, StageForm({"ru": "Касса"}))
    sid = standards.create_standard(db, StandardForm({"ru": "Кассир выдаёт чек"}, stage))
    return standards.get_standard(db, sid).code


def test_a_new_checklist_with_sections_items_weights_and_a_standard(qtbot, monkeypatch, page,
                                                                   db, standard):
    page.refresh()

    def build(dialog):
        type_text(dialog.name_edit.edits["ru"], "Проверка кассы")
        click(qtbot, dialog.add_section_button)
        type_text(dialog.section_form.title_edit.edits["ru"], "Оплата")
        click(qtbot, dialog.add_item_button)
        form = dialog.item_form
        type_text(form.text_edit.edits["ru"], "Кассир выдал чек")
        form.standard_combo.setCurrentIndex(form.standard_combo.findData(standard))
        form.critical_check.setChecked(True)
        form.weight_spin.setValue(2.5)
        click(qtbot, dialog.add_item_button)
        type_text(form.text_edit.edits["ru"], "Чистота у кассы")
        form.kind_combo.setCurrentIndex(form.kind_combo.findData("scale_1_5"))
        assert not form.critical_check.isEnabled()  # only a yes/no item can be critical
        click(qtbot, dialog.add_item_button)
        type_text(form.text_edit.edits["ru"], "Замечания")
        form.kind_combo.setCurrentIndex(form.kind_combo.findData("text"))
        assert not form.required_check.isChecked()
        click(qtbot, dialog.up_button)  # the remarks before the cleanliness
        click(qtbot, dialog.add_section_button)
        type_text(dialog.section_form.title_edit.edits["ru"], "Вход")
        click(qtbot, dialog.add_item_button)
        type_text(form.text_edit.edits["ru"], "Дверь открыта")
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
        click(qtbot, dialog.up_button)  # the entrance section first
        assert dialog.count_label.text() == "2 sections, 4 items"
        press_ok(qtbot, dialog)
        assert not dialog.isVisible()

    drive(monkeypatch, qtbot, ChecklistEditor, build)
    page.checklists.new_checklist()
    [row] = checklists.list_checklists(db)
    assert page.checklists.selected_row().id == row.id
    spec = checklists.load_checklist_form(db, row.id)
    assert [s.title.ru for s in spec.sections] == ["Вход", "Оплата"]
    items = spec.sections[1].items
    assert [i.text.ru for i in items] == ["Кассир выдал чек", "Замечания", "Чистота у кассы"]
    assert (items[0].standard, items[0].critical, items[0].weight) == (standard, True, 2.5)
    assert (items[1].kind, items[1].required) == ("text", False)
    assert (items[2].kind, items[2].critical) == ("scale_1_5", False)


def test_bad_values_are_refused_and_the_editor_stays_open(qtbot, monkeypatch, page, db):
    def bad(dialog):
        press_ok(qtbot, dialog)
        assert dialog.name_error.text() == "Enter the name of the checklist."
        type_text(dialog.name_edit.edits["uk"], "Перевірка")
        press_ok(qtbot, dialog)
        assert dialog.tree_error.text() == "Add at least one section with its items."
        click(qtbot, dialog.add_section_button)
        press_ok(qtbot, dialog)
        assert dialog.section_form.error_label.text() == "Enter the title of the section."
        type_text(dialog.section_form.title_edit.edits["uk"], "Зал")
        press_ok(qtbot, dialog)
        assert dialog.section_form.error_label.text() == "A section needs at least one item."
        click(qtbot, dialog.add_item_button)
        press_ok(qtbot, dialog)
        assert dialog.stack.currentWidget() is dialog.item_form
        assert dialog.item_form.error_label.text() == "Enter the item in at least one language."
        type_text(dialog.item_form.text_edit.edits["uk"], "Цінники на місці")
        assert not dialog.item_form.error_label.isVisible()
        dialog.reject()

    drive(monkeypatch, qtbot, ChecklistEditor, bad)
    page.checklists.new_checklist()
    assert checklists.list_checklists(db) == []  # nothing saved half


def test_editing_a_visited_checklist_keeps_the_visit_and_new_visits_use_the_new_version(
        qtbot, monkeypatch, page, db, factory, shown_errors):
    spec = ChecklistTemplate("", t("Тайный покупатель"), t(""), (
        SectionTemplate("entry", t("Вход"), (
            ItemTemplate("greet", t("Поздоровались"), "yes_no_na", weight=2),
            ItemTemplate("clean", t("Чисто"), "scale_1_5"),)),))
    template_id = checklists.save_checklist(db, None, spec)
    location = factory.location("Подол")
    visit = start_visit(db, VisitStart(template_id, location, "Олена", datetime(2026, 3, 2, 11)))
    items = {i.code: i.id for s in load_visit(db, visit).sections for i in s.items}
    save_answer(db, visit, items["greet"], choice="yes")
    save_answer(db, visit, items["clean"], scale=2)
    score = submit_visit(db, visit).value
    before = load_visit(db, visit)
    page.refresh()

    def edit(dialog):
        assert dialog.banner.isVisible()
        assert dialog.banner.text().startswith("This checklist already has 1 visit")
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(1))
        dialog.item_form.weight_spin.setValue(5)  # cleanliness now counts far more
        click(qtbot, dialog.add_item_button)
        type_text(dialog.item_form.text_edit.edits["ru"], "Улыбнулись")
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, ChecklistEditor, edit)
    page.checklists.select_id(template_id)
    page.checklists.edit_checklist()

    after = load_visit(db, visit)
    assert (after.score, after.template_id, after.template_version) == (
        score, template_id, 1)
    assert after.score == before.score and len(after.items) == 2
    [row] = checklists.list_checklists(db)
    assert (row.version, row.item_count, row.visit_count, row.family_visit_count) == (2, 3, 0, 1)
    [(title, text)] = shown_errors
    assert title == "Checklist saved"
    assert text.startswith("“Тайный покупатель” was saved as version 2. The 1 visit")
    assert text.endswith("The 1 visit made so far keeps version 1 and its score.")
    new_id = checklists.current_checklist_id(db, row.family)
    assert new_id == row.id != template_id
    second = start_visit(db, VisitStart(new_id, location, "Олена"))
    shown = load_visit(db, second)
    assert shown.template_version == 2
    assert [i.text["ru"] for i in shown.items] == ["Поздоровались", "Чисто", "Улыбнулись"]
    assert [i.weight for i in shown.items] == [2.0, 5.0, 1.0]


def test_a_visited_checklist_cannot_be_deleted_but_archived_and_restored(page, db, factory,
                                                                         shown_errors,
                                                                         confirmations):
    spec = ChecklistTemplate("", t("Проверка"), t(""), (
        SectionTemplate("s", t("Зал"), (ItemTemplate("i", t("Чисто"), "yes_no_na"),)),))
    template_id = checklists.save_checklist(db, None, spec)
    start_visit(db, VisitStart(template_id, factory.location(), "Анна"))
    page.refresh()
    panel = page.checklists
    panel.select_id(template_id)
    panel.delete_checklist()
    [(title, text)] = shown_errors
    assert title == "Templates" and text.startswith("“Проверка” cannot be deleted: it has 1 ")
    panel.toggle_archived()
    assert checklists.get_checklist(db, template_id).archived
    assert panel.proxy.rowCount() == 0 and panel.count_label.text() == "0 of 1 checklists shown"
    page.archived_check.setChecked(True)
    panel.select_id(template_id)
    assert panel.archive.text() == "Restore"
    panel.toggle_archived()
    assert not checklists.get_checklist(db, template_id).archived


def test_duplicate_then_delete_the_copy(page, db, confirmations):
    from cxdesk.services.builtin import install_builtins

    install_builtins(db)
    page.refresh()
    panel = page.checklists
    [builtin] = panel.model.rows()
    panel.select_id(builtin.id)
    panel.duplicate_checklist()
    copy = panel.selected_row()
    assert copy.id != builtin.id and copy.item_count == builtin.item_count
    assert copy.name["uk"].endswith(" (копія)")
    type_text(page.search_edit, "КОПІЯ")
    assert [r.id for r in panel.shown_rows()] == [copy.id]
    panel.delete_checklist()
    assert [r.id for r in checklists.list_checklists(db)] == [builtin.id]
