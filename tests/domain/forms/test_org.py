"""Locations and staff: create, edit, refuse bad values, deactivate, delete or refuse."""

from __future__ import annotations

from datetime import datetime

import pytest

from cxdesk.db.models import (
    FeedbackEntry,
    FeedbackSource,
    Response,
    Staff,
    Survey,
    SurveyKind,
    Visit,
)
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.services.org import (
    LocationForm,
    StaffForm,
    create_location,
    create_staff,
    delete_location,
    delete_staff,
    get_location,
    get_staff,
    list_locations,
    list_staff,
    set_location_active,
    set_staff_active,
    update_location,
    update_staff,
)
from tests.domain.forms.conftest import add, checklist_rows, submitted_visit


def test_location_create_edit_and_list(db) -> None:
    shop = create_location(db, LocationForm("  Магазин   на Ленина ", "ул. Ленина, 1"))
    assert get_location(db, shop).name == "Магазин на Ленина"
    update_location(db, shop, LocationForm("ЄВРОПА", "пр. Миру, 5"))
    row = get_location(db, shop)
    assert (row.name, row.address, row.active) == ("ЄВРОПА", "пр. Миру, 5", True)
    create_location(db, LocationForm("Склад"))
    assert [r.name for r in list_locations(db, "європа")] == ["ЄВРОПА"]
    assert [r.name for r in list_locations(db, "МИРУ")] == ["ЄВРОПА"]


def test_location_names_are_unique_in_any_case(db) -> None:
    shop = create_location(db, LocationForm("Ёлочка"))
    with pytest.raises(ValidationError) as err:
        create_location(db, LocationForm("ЕЛОЧКА"))
    assert err.value.field == "name" and "Ёлочка" in str(err.value)
    other = create_location(db, LocationForm("Берёзка"))
    with pytest.raises(ValidationError):
        update_location(db, other, LocationForm("ёлочка"))
    update_location(db, shop, LocationForm("ЁЛОЧКА"))  # its own name in another case is fine
    assert [r.name for r in list_locations(db)] == ["Берёзка", "ЁЛОЧКА"]


def test_bad_location_leaves_the_database_unchanged(db) -> None:
    shop = create_location(db, LocationForm("Shop", "addr"))
    before = get_location(db, shop)
    for form in (LocationForm("   "), LocationForm("x" * 201), LocationForm("Ok", "a" * 1001)):
        with pytest.raises(ValidationError):
            update_location(db, shop, form)
    assert get_location(db, shop) == before
    with pytest.raises(NotFoundError):
        update_location(db, 999, LocationForm("Nope"))


def test_delete_location_refuses_with_reasons(db) -> None:
    shop = create_location(db, LocationForm("Центр"))
    survey = add(db, Survey(family="s", kind=SurveyKind.CUSTOM, name={"en": "S"}))
    for _ in range(3):
        add(db, Response(survey_id=survey, taken_at=datetime(2026, 5, 1), location_id=shop))
    template = add(db, checklist_rows())
    submitted_visit(db, template, shop)
    create_staff(db, StaffForm("Оля", location_id=shop))
    with pytest.raises(InUseError) as err:
        delete_location(db, shop)
    message = str(err.value)
    assert "3 survey responses" in message and "1 mystery-shop visit" in message
    assert "1 staff member" in message and "Deactivate" in message
    set_location_active(db, shop, False)
    assert not get_location(db, shop).active
    assert list_locations(db, active_only=True) == []
    empty = create_location(db, LocationForm("Пусто"))
    delete_location(db, empty)
    with pytest.raises(NotFoundError):
        get_location(db, empty)


def test_staff_create_edit_search_and_refuse(db) -> None:
    shop = create_location(db, LocationForm("Подол"))
    person = create_staff(db, StaffForm(" ИВАНОВ  Иван ", "Кассир", shop))
    row = get_staff(db, person)
    assert (row.name, row.role, row.location_name) == ("ИВАНОВ Иван", "Кассир", "Подол")
    create_staff(db, StaffForm("Їжакова Євгенія", "Продавець"))
    assert [r.name for r in list_staff(db, "иванов")] == ["ИВАНОВ Иван"]
    assert [r.name for r in list_staff(db, "ЇЖАКОВА євгенія")] == ["Їжакова Євгенія"]
    assert [r.name for r in list_staff(db, "подол")] == ["ИВАНОВ Иван"]
    assert [r.name for r in list_staff(db, location_id=shop)] == ["ИВАНОВ Иван"]
    with pytest.raises(ValidationError) as err:
        update_staff(db, person, StaffForm(""))
    assert err.value.field == "name"
    with pytest.raises(NotFoundError):
        update_staff(db, person, StaffForm("Иван", location_id=999))
    assert get_staff(db, person) == row
    set_staff_active(db, person, False)
    assert [r.name for r in list_staff(db, active_only=True)] == ["Їжакова Євгенія"]


def test_delete_staff_refuses_when_they_answered_feedback(db) -> None:
    person = create_staff(db, StaffForm("Марина"))
    add(db, FeedbackEntry(source=FeedbackSource.CALL, received_at=datetime(2026, 5, 1),
                          text="Спасибо", answered_by_id=person))
    with pytest.raises(InUseError) as err:
        delete_staff(db, person)
    assert "1 answered feedback entry" in str(err.value)
    observed = create_staff(db, StaffForm("Наблюдаемый"))
    visit = submitted_visit(db, add(db, checklist_rows()), create_location(db, LocationForm("A")))
    with db.begin() as session:
        session.get(Visit, visit).staff = [session.get(Staff, observed)]
    with pytest.raises(InUseError) as err:
        delete_staff(db, observed)
    assert "1 mystery-shop visit" in str(err.value)
    lonely = create_staff(db, StaffForm("Новенький"))
    delete_staff(db, lonely)
    assert [r.name for r in list_staff(db)] == ["Марина", "Наблюдаемый"]
