"""The business: three shops, their staff and about 300 customers."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select

from cxdesk.db.models import AppSetting, Customer, Location, LoyaltyType, Staff
from cxdesk.demo.context import Client, Demo, Employee, Shop
from cxdesk.demo.names import email, person, phone
from cxdesk.services.customers import search_key

BUSINESS_NAME = "Затишна оселя — мережа магазинів товарів для дому"

# name, address, NPS at the start of the year, NPS at its end (the weak shop improves)
SHOPS = (
    ("Центр", "м. Київ, вул. Городецького, 12", 42.0, 44.0),
    ("Лівий берег", "м. Київ, просп. Миру, 7", 17.0, 13.0),
    ("ТЦ Океан", "м. Київ, вул. Приморська, 3, ТЦ «Океан», 1 поверх", -22.0, 18.0),
)
# (shop index or None, kind, role as written in the staff list, customer NPS shift, SOCO)
STAFF = (
    (0, "senior", "Старший продавець", 6.0, 0.85),
    (0, "seller", "Продавець-консультант", 3.0, 0.7),
    (0, "seller", "Продавець-консультант", -2.0, 0.55),
    (0, "cashier", "Касир", 0.0, 0.6),
    (1, "senior", "Старший продавець", 4.0, 0.65),
    (1, "seller", "Продавець-консультант", -3.0, 0.35),
    (1, "cashier", "Касир", 0.0, 0.5),
    (2, "seller", "Продавець-консультант", 5.0, 0.6),
    (2, "seller", "Продавець-консультант", -8.0, 0.2),
    (2, "cashier", "Касир", -4.0, 0.3),
    (2, "warehouse", "Комірник", 0.0, 0.45),
    (None, "manager", "Керуючий мережею", 0.0, 0.9),
)
SEGMENTS = (("роздріб", 80), ("опт", 12), ("VIP", 8))
LOYALTY = ((LoyaltyType.UNKNOWN, 50), (LoyaltyType.DEDICATED, 32), (LoyaltyType.CONSTRAINED, 18))
NOTES = (
    "Просить телефонувати після 18:00",
    "Бере товар для кафе, рахунок на ФОП",
    "Предпочитает получать чек на e-mail",
    "Постійна покупниця з 2019 року",
    "Оптовые заказы раз в месяц, доставка на склад",
    "Цікавиться новинками посуду",
    "Не любит звонки, только Viber",
)
CUSTOMERS = 300


def make_shops(demo: Demo) -> None:
    """The three shops (an existing location of the same name is reused) and the settings."""
    existing = {loc.name: loc.id for loc in demo.session.scalars(select(Location))}
    for rank, (name, address, start, end) in enumerate(SHOPS):
        shop_id = existing.get(name) or demo.bulk.add(Location, name=name, address=address,
                                                      active=True)
        demo.shops.append(Shop(shop_id, name, rank, start, end))
    setting = demo.session.get(AppSetting, "business_name")
    if setting is None:
        demo.bulk.add(AppSetting, key="business_name", value=BUSINESS_NAME)


def make_staff(demo: Demo) -> None:
    rng = demo.rng
    used: set[str] = set()
    for shop_index, kind, role, shift, orientation in STAFF:
        who = person(rng, lang="uk")
        while who.full in used:
            who = person(rng, lang="uk")
        used.add(who.full)
        shop = demo.shops[shop_index] if shop_index is not None else None
        staff_id = demo.bulk.add(Staff, name=who.full, role=role,
                                 location_id=shop.id if shop else None, active=True)
        demo.staff.append(Employee(staff_id, who, role, kind, shop, shift, orientation))


def make_customers(demo: Demo, count: int = CUSTOMERS) -> None:
    rng = demo.rng
    phones: set[str] = set()
    since = demo.first_day - timedelta(days=365)
    for _ in range(count):
        who = person(rng)
        number = phone(rng)
        while number in phones:
            number = phone(rng)
        phones.add(number)
        has_phone = rng.random() < 0.93
        mail = email(rng, who) if rng.random() < 0.4 else None
        segment = demo.weighted(SEGMENTS)
        consent = rng.random() < 0.7
        consent_at = None
        if consent:
            day = demo.random_day(since, demo.last_day)
            consent_at = datetime.combine(day, time(rng.randrange(9, 21), rng.randrange(60)))
        shop = rng.choice(demo.shops)
        customer_id = demo.bulk.add(
            Customer,
            name=who.full,
            search_key=search_key(who.full, number if has_phone else None, mail),
            phone=number if has_phone else None,
            email=mail,
            segment=segment,
            consent=consent,
            consent_at=consent_at,
            loyalty=demo.weighted(LOYALTY),
            notes=rng.choice(NOTES) if rng.random() < 0.08 else "",
            erased_at=None,
        )
        demo.clients.append(Client(customer_id, who, segment, shop))
