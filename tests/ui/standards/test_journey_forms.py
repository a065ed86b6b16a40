"""Stages, roles and duties through the real dialogs on the Standards page."""

from __future__ import annotations

from cxdesk.services import standards
from cxdesk.services.standards import StageForm, StandardForm
from tests.ui.keys import type_text
from tests.ui.standards.drive import drive, press_ok
from ui.dialogs.journey_dialogs import DutiesDialog, RoleDialog, StageDialog


def stage_names(page) -> list[str]:
    return [page.stages.list.item(n).text() for n in range(page.stages.list.count())]


def test_a_stage_is_added_edited_refused_empty_and_deleted(qtbot, monkeypatch, page, db,
                                                           confirmations):
    def add(dialog):
        assert dialog.windowTitle() == "New stage"
        type_text(dialog.name_edit.edits["ru"], "Вход в магазин")
        type_text(dialog.name_edit.edits["uk"], "Вхід до магазину")
        type_text(dialog.description_edit.edits["ru"], "Дверь, вывеска, первое впечатление")
        press_ok(qtbot, dialog)

    def empty(dialog):
        dialog.name_edit.edits["ru"].clear()
        dialog.name_edit.edits["uk"].clear()
        press_ok(qtbot, dialog)
        assert dialog.isVisible()  # refused: the dialog stays open with the reason
        assert dialog.errors["name"].isVisible()
        assert dialog.errors["name"].text() == (
            "Fill the text in at least one language (ru, uk or en).")
        type_text(dialog.name_edit.edits["en"], "Entrance")
        assert not dialog.errors["name"].isVisible()  # typing clears the complaint
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, StageDialog, add, empty)
    page.stages.add_stage()
    [row] = standards.list_stages(db)
    assert row.name == {"ru": "Вход в магазин", "uk": "Вхід до магазину"}
    assert row.description == {"ru": "Дверь, вывеска, первое впечатление"}
    assert stage_names(page) == ["1. Вход в магазин"]
    assert page.stages.selected_id() == row.id  # the new stage is selected
    assert page.stages.count_label.text().startswith("1 stage")

    page.stages.edit_stage()
    assert standards.get_stage(db, row.id).name == {"en": "Entrance"}
    assert stage_names(page) == ["1. Entrance"]

    page.stages.delete_stage()
    assert "Entrance" in confirmations[0]
    assert standards.list_stages(db) == []
    assert page.stages.list.count() == 0


def test_deleting_a_stage_with_standards_is_refused_with_the_reason(page, db, shown_errors,
                                                                    confirmations):
    stage = standards.create_stage(db, StageForm({"ru": "Касса"}))
    standards.create_standard(db, StandardForm({"ru": "Кассир здоровается"}, stage))
    page.refresh()
    page.stages.select(stage)
    page.stages.delete_stage()
    assert shown_errors == [("Standards", "“Касса” cannot be deleted: it is used by 1 standard.")]
    assert [s.id for s in standards.list_stages(db)] == [stage]


def test_roles_and_their_duties(qtbot, monkeypatch, page, db, shown_errors, confirmations):
    entrance = standards.create_stage(db, StageForm({"ru": "Вход"}))
    till = standards.create_stage(db, StageForm({"ru": "Касса"}))
    page.refresh()

    def add_role(dialog):
        press_ok(qtbot, dialog)  # nothing typed: refused
        assert dialog.isVisible() and dialog.errors["name"].isVisible()
        type_text(dialog.name_edit.edits["ru"], "Кассир")
        press_ok(qtbot, dialog)

    def rename(dialog):
        assert dialog.name_edit.edits["ru"].text() == "Кассир"
        type_text(dialog.name_edit.edits["uk"], "Касир")
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, RoleDialog, add_role, rename)
    roles = page.roles.roles
    roles.add_role()
    [role] = standards.list_roles(db)
    assert role.name == {"ru": "Кассир"}
    assert roles.selected_row().id == role.id
    roles.edit_role()
    assert standards.get_role(db, role.id).name == {"ru": "Кассир", "uk": "Касир"}

    def duties(dialog):
        dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(till))
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role.id))
        type_text(dialog.duties_edit.edits["ru"], "Принимает оплату, выдаёт чек")
        press_ok(qtbot, dialog)

    def more_duties(dialog):
        assert dialog.stage_combo.currentData() == till  # the selected duty's stage and role
        assert dialog.duties_edit.edits["ru"].toPlainText() == "Принимает оплату, выдаёт чек"
        type_text(dialog.duties_edit.edits["en"], "Takes payment, gives the receipt")
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, DutiesDialog, duties, more_duties)
    panel = page.roles.duties
    panel.set_duties()
    [duty] = panel.shown_rows()
    assert (duty.stage_id, duty.role_id) == (till, role.id)
    assert panel.count_label.text().startswith("1 dut")
    panel.select_where(lambda d: d.stage_id == till)
    panel.set_duties()
    tree = standards.journey_tree(db)
    assert tree.stages[1].roles[0].duties == {"ru": "Принимает оплату, выдаёт чек",
                                              "en": "Takes payment, gives the receipt"}
    assert [r.stage_count for r in page.data.roles] == [1]

    # a standard names the role: deleting it is refused with the reason
    standards.create_standard(db, StandardForm({"ru": "Выдаёт чек"}, till, role.id))
    page.refresh()
    roles.select_id(role.id)
    roles.delete_role()
    assert shown_errors[-1] == ("Standards", "“Кассир” cannot be deleted: it is used by "
                                             "1 standard.")

    panel.select_where(lambda d: d.stage_id == till)
    panel.remove_duties()
    assert panel.model.rowCount() == 0
    assert entrance  # the other stage never had duties
