"""The customers service: validation, Cyrillic search, consent dates, delete and erase."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from cxdesk.db.models import Customer, LoyaltyType, Response
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import load_language
from cxdesk.services import customers
from cxdesk.services.customers import CustomerForm


def names(rows) -> list[str]:
    return [row.name for row in rows]


def test_create_and_get_trims_the_form(db):
    customer_id = customers.create_customer(db, CustomerForm(
        name="  Іваненко   Олена ", phone=" +380 (44) 123-45-67 ", email=" olena@example.com ",
        segment=" VIP ", loyalty=LoyaltyType.DEDICATED, notes=" любить каву \n",
    ))
    row = customers.get_customer(db, customer_id)
    assert (row.name, row.phone, row.email, row.segment, row.notes) == (
        "Іваненко Олена", "+380 (44) 123-45-67", "olena@example.com", "VIP", "любить каву"
    )
    assert row.loyalty is LoyaltyType.DEDICATED
    assert not row.consent and row.consent_at is None and not row.erased
    assert customers.count_customers(db) == 1


@pytest.mark.parametrize(("form", "field"), [
    (CustomerForm(name="   "), "name"),
    (CustomerForm(name="x" * 201), "name"),
    (CustomerForm(name="Ann", phone="12-34"), "phone"),
    (CustomerForm(name="Ann", phone="+380 44 123 4567 8901 2"), "phone"),
    (CustomerForm(name="Ann", phone="call me maybe"), "phone"),
    (CustomerForm(name="Ann", phone="044 123 45 67 ext. 5"), "phone"),
    (CustomerForm(name="Ann", email="olena@"), "email"),
    (CustomerForm(name="Ann", email="olena example@mail.ua"), "email"),
    (CustomerForm(name="Ann", email="olena@mail"), "email"),
    (CustomerForm(name="Ann", segment="s" * 101), "segment"),
])
def test_invalid_forms_name_their_field(db, form, field):
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(db, form)
    assert caught.value.field == field
    assert str(caught.value)
    assert customers.count_customers(db) == 0


@pytest.mark.parametrize("phone", ["+380441234567", "044 123-45-67", "(044) 123 45 67", "1234567"])
def test_phones_as_people_type_them(db, phone):
    customer_id = customers.create_customer(db, CustomerForm(name="Ann", phone=phone))
    assert customers.get_customer(db, customer_id).phone == phone


def test_validation_messages_are_translated(db):
    load_language("ru")
    with pytest.raises(ValidationError, match="имя"):
        customers.create_customer(db, CustomerForm(name=""))


@pytest.mark.parametrize("query", ["иванов", "ИВАНОВ", "Иванов иван", "иван", "ИВАНОВ Иван"])
def test_search_ignores_case_in_cyrillic(factory, db, query):
    factory.customer("ИВАНОВ Иван")
    factory.customer("Петренко Ганна")
    assert names(customers.list_customers(db, query)) == ["ИВАНОВ Иван"]


@pytest.mark.parametrize(("name", "query"), [
    ("Ёлкина Алёна", "елкина алена"),
    ("Елкина Алена", "ЁЛКИНА"),
    ("Ґудзь Їжаченко", "ґудзь їжаченко"),
    ("ЄВДОКИМЕНКО", "євдокименко"),
    ("O'Brien", "o'brien"),
])
def test_search_folds_yo_and_ukrainian_letters(factory, db, name, query):
    factory.customer(name)
    assert names(customers.list_customers(db, query)) == [name]


def test_search_by_phone_digits_and_email(factory, db):
    factory.customer("Ann", phone="+380 (44) 123-45-67", email="Ann.Lee@Example.com")
    factory.customer("Bob", phone="067 000 11 22")
    assert names(customers.list_customers(db, "044 123")) == ["Ann"]
    assert names(customers.list_customers(db, "+380 (44)")) == ["Ann"]
    assert names(customers.list_customers(db, "ann.lee@example")) == ["Ann"]
    assert names(customers.list_customers(db, "0001122")) == ["Bob"]
    assert customers.list_customers(db, "%") == []
    assert customers.list_customers(db, "_") == []


def test_list_is_sorted_by_name_with_erased_last(factory, db):
    for name in ("борис", "Анна", "Віра"):
        factory.customer(name)
    erased = factory.customer("Аарон")
    customers.erase_customer(db, erased)
    assert names(customers.list_customers(db))[:3] == ["Анна", "борис", "Віра"]
    assert customers.list_customers(db)[-1].id == erased


def test_update_keeps_search_key_current(factory, db):
    customer_id = factory.customer("Старе Ім'я")
    customers.update_customer(db, customer_id, CustomerForm(name="Нове Ім'я", phone="0441234567"))
    assert names(customers.list_customers(db, "нове")) == ["Нове Ім'я"]
    assert customers.list_customers(db, "старе") == []
    assert names(customers.list_customers(db, "1234567")) == ["Нове Ім'я"]


def test_consent_date_follows_the_consent(factory, db, monkeypatch):
    moments = iter([datetime(2025, 1, 10, 9), datetime(2025, 2, 1, 9), datetime(2025, 3, 1, 9)])
    monkeypatch.setattr(customers, "_now", lambda: next(moments))
    customer_id = factory.customer("Ann", consent=True)
    assert customers.get_customer(db, customer_id).consent_at == datetime(2025, 1, 10, 9)

    customers.update_customer(db, customer_id, CustomerForm(name="Ann B", consent=True))
    assert customers.get_customer(db, customer_id).consent_at == datetime(2025, 1, 10, 9)

    customers.update_customer(db, customer_id, CustomerForm(name="Ann B", consent=False))
    row = customers.get_customer(db, customer_id)
    assert not row.consent and row.consent_at is None

    customers.update_customer(db, customer_id, CustomerForm(name="Ann B", consent=True))
    assert customers.get_customer(db, customer_id).consent_at == datetime(2025, 2, 1, 9)


def test_missing_customer(db):
    with pytest.raises(NotFoundError):
        customers.get_customer(db, 42)
    with pytest.raises(NotFoundError):
        customers.update_customer(db, 42, CustomerForm(name="Ann"))
    with pytest.raises(NotFoundError):
        customers.delete_customer(db, 42)


def test_delete_a_customer_nothing_refers_to(factory, db):
    customer_id = factory.customer()
    customers.delete_customer(db, customer_id)
    assert customers.count_customers(db) == 0


def test_delete_refused_while_records_refer_to_the_customer(factory, db):
    load_language("en")
    customer_id = factory.customer("Ann")
    factory.response(customer_id)
    factory.feedback(customer_id)
    factory.feedback(customer_id)
    factory.service_request(customer_id)
    factory.sale(customer_id)
    with pytest.raises(InUseError) as caught:
        customers.delete_customer(db, customer_id)
    message = str(caught.value)
    assert "1 survey response," in message
    assert "2 feedback entries" in message
    assert "1 service request" in message and "1 sales figure" in message
    assert "Erase" in message
    assert customers.count_customers(db) == 1


def test_refusal_in_russian_uses_plural_forms(factory, db):
    load_language("ru")
    customer_id = factory.customer("Анна")
    for _ in range(5):
        factory.response(customer_id)
    factory.feedback(customer_id)
    factory.feedback(customer_id)
    with pytest.raises(InUseError) as caught:
        customers.delete_customer(db, customer_id)
    assert "5 анкет" in str(caught.value)
    assert "2 записи журнала отзывов" in str(caught.value)


def test_erase_blanks_personal_data_and_keeps_the_answers(factory, db):
    customer_id = factory.customer("ИВАНОВ Иван", phone="0441234567", email="i@example.com",
                                   consent=True, segment="VIP", notes="алергія на горіхи")
    response_id = factory.response(customer_id)
    customers.erase_customer(db, customer_id)

    row = customers.get_customer(db, customer_id)
    assert row.erased and row.name == customers.ERASED_NAME
    assert (row.phone, row.email, row.notes) == ("", "", "")
    assert not row.consent and row.consent_at is None
    assert row.segment == "VIP"  # not personal: the segment still counts in the figures
    assert customers.list_customers(db, "иванов") == []
    with db.session() as session:
        assert session.get(Response, response_id).customer_id == customer_id
        assert session.scalar(select(Customer.search_key).where(Customer.id == customer_id)) == ""

    erased_at = row.erased_at
    customers.erase_customer(db, customer_id)
    assert customers.get_customer(db, customer_id).erased_at == erased_at
    with pytest.raises(ValidationError):
        customers.update_customer(db, customer_id, CustomerForm(name="Back again"))


def test_loyalty_labels_cover_every_type():
    assert {customers.loyalty_label(value) for value in LoyaltyType} == {
        "Not known", "Constrained (must stay)", "Dedicated (wants to stay)"
    }
