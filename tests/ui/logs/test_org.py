"""Locations and staff driven by qtbot: add, edit, refuse, deactivate, delete or refuse it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from cxdesk.services import feedback, org
from cxdesk.services.org import LocationForm, StaffForm
from tests.ui.keys import type_text
from tests.ui.logs.helpers import cell, column_texts, show, shown_count
from ui.dialogs.org_dialogs import LocationDialog, StaffDialog
from ui.tabs.org import OrgTab
from ui.tabs.org.models import LocationsModel, StaffModel
from ui.widgets.choices import Choice


@pytest.fixture
def tab(qtbot, ctx) -> OrgTab:
    return show(qtbot, OrgTab(ctx))


def test_locations_add_edit_and_refuse_a_duplicate(qtbot, tab, ctx, answers, shown_errors):
    queue, calls = answers(LocationDialog)
    queue.append(LocationForm("Центр", "м. Київ, вул. Городецького, 4"))
    with qtbot.waitSignal(tab.org_changed):
        qtbot.mouseClick(tab.locations.add_button, Qt.MouseButton.LeftButton)
    [centre] = org.list_locations(ctx.db)
    assert tab.locations.selected_row().id == centre.id
    assert shown_count(tab.locations.count_label) == (1, False)

    # a second "ЦЕНТР": the service refuses; the form comes back with the reason by the name
    queue += [LocationForm("ЦЕНТР"), None]
    qtbot.mouseClick(tab.locations.add_button, Qt.MouseButton.LeftButton)
    _parent, _row, form, error = calls[-1]
    assert form == LocationForm("ЦЕНТР")
    assert (str(error), error.field) == ("There is already a location named “Центр”.", "name")
    assert len(org.list_locations(ctx.db)) == 1

    tab.locations.select(centre.id)
    queue.append(LocationForm("Центр на Городецького", centre.address))
    qtbot.mouseClick(tab.locations.edit_button, Qt.MouseButton.LeftButton)
    assert calls[-1][1].id == centre.id
    assert cell(tab.locations, centre.id, LocationsModel.NAME) == "Центр на Городецького"
    assert shown_errors == []


def test_the_location_dialog_refuses_an_empty_name(qtbot):
    dialog = LocationDialog(None, None)
    qtbot.addWidget(dialog)
    type_text(dialog.name_edit, "   ")
    dialog.accept()
    assert dialog.visible_errors() == {"name": "Enter the name of the location."}
    type_text(dialog.name_edit, "Лівий берег")
    dialog.accept()
    assert dialog.value() == LocationForm("Лівий берег", "", True)


def test_a_location_with_records_is_deactivated_not_deleted(qtbot, tab, ctx, factory,
                                                            confirmations, shown_errors):
    used = factory.location("ТЦ Океан")
    empty = factory.location("Склад")
    with ctx.db.begin() as session:  # a feedback entry points to the location
        from cxdesk.db.models import FeedbackEntry
        session.get(FeedbackEntry, factory.feedback()).location_id = used
    tab.locations.refresh()
    tab.locations.select(used)
    qtbot.mouseClick(tab.locations.delete_button, Qt.MouseButton.LeftButton)
    assert "ТЦ Океан" in confirmations[-1]
    title, text = shown_errors[-1]
    assert title == "Locations"
    assert "cannot be deleted" in text and "feedback entr" in text and "Deactivate" in text
    assert {r.name for r in org.list_locations(ctx.db)} == {"ТЦ Океан", "Склад"}

    assert tab.location_active_button.text() == "Dea&ctivate"
    qtbot.mouseClick(tab.location_active_button, Qt.MouseButton.LeftButton)
    assert not org.get_location(ctx.db, used).active
    assert cell(tab.locations, used, LocationsModel.STATUS) == "Inactive"
    assert tab.location_active_button.text() == "A&ctivate"

    tab.locations.select(empty)
    qtbot.mouseClick(tab.locations.delete_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in org.list_locations(ctx.db)] == ["ТЦ Океан"]


def test_staff_add_edit_filter_and_delete(qtbot, tab, ctx, factory, answers, confirmations,
                                          shown_errors):
    shop = factory.location("Центр")
    tab.locations.refresh()
    queue, calls = answers(StaffDialog)
    queue.append(StaffForm("Олена Коваленко", "касир", shop))
    qtbot.mouseClick(tab.staff.add_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in calls[0][2]] == ["Центр"]  # the locations offered
    [olena] = org.list_staff(ctx.db)
    assert cell(tab.staff, olena.id, StaffModel.LOCATION) == "Центр"
    org.create_staff(ctx.db, StaffForm("Петро Мельник", "комірник"))
    tab.staff.refresh()

    tab.location_filter.set_value(shop)
    assert column_texts(tab.staff, StaffModel.NAME) == ["Олена Коваленко"]
    assert shown_count(tab.staff.count_label) == (1, True)
    tab.location_filter.set_value(None)
    type_text(tab.staff.search_edit, "КОМІРН")
    assert column_texts(tab.staff, StaffModel.NAME) == ["Петро Мельник"]
    tab.staff.search_edit.clear()

    tab.staff.select(olena.id)
    queue.append(StaffForm("Олена Коваленко", "старший касир", shop))
    qtbot.mouseClick(tab.staff.edit_button, Qt.MouseButton.LeftButton)
    assert org.get_staff(ctx.db, olena.id).role == "старший касир"

    # she answered a complaint: she cannot be deleted, only deactivated
    entry = factory.feedback()
    feedback.answer_entry(ctx.db, entry, "Вибачились", olena.id,
                          at=datetime.now() + timedelta(minutes=1))
    qtbot.mouseClick(tab.staff.delete_button, Qt.MouseButton.LeftButton)
    assert "answered feedback entr" in shown_errors[-1][1]
    qtbot.mouseClick(tab.staff_active_button, Qt.MouseButton.LeftButton)
    assert not org.get_staff(ctx.db, olena.id).active

    petro = next(r for r in org.list_staff(ctx.db) if r.name == "Петро Мельник")
    tab.staff.select(petro.id)
    qtbot.mouseClick(tab.staff.delete_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in org.list_staff(ctx.db)] == ["Олена Коваленко"]


def test_the_staff_dialog_refuses_an_empty_name(qtbot):
    dialog = StaffDialog(None, None, [Choice(1, "Центр"), Choice(2, "Закрыт", active=False)])
    qtbot.addWidget(dialog)
    assert dialog.location_combo.count() == 2  # "any" and the active location
    dialog.accept()
    assert dialog.visible_errors() == {"name": "Enter the name of the staff member."}


def test_models(qtmodeltester, ctx, factory):
    factory.location("Центр")
    org.create_staff(ctx.db, StaffForm("Олена", active=False))
    locations, staff = LocationsModel(), StaffModel()
    locations.set_rows(org.list_locations(ctx.db))
    staff.set_rows(org.list_staff(ctx.db))
    qtmodeltester.check(locations)
    qtmodeltester.check(staff)
