"""Sales: two years per shop with growth and seasons, a year per customer, and a sample plan."""

from __future__ import annotations

import math
from datetime import date, timedelta

from cxdesk.db.models import SalesFigure, SamplePlan
from cxdesk.demo.context import SEASON, Demo

SHOP_MONTHS = 24
CUSTOMER_MONTHS = 12
CUSTOMERS_WITH_SALES = 60
SHOP_BASE = (1_650_000.0, 1_200_000.0, 900_000.0)  # UAH a month two years ago, by rank
SHOP_GROWTH = ((0.12, 0.12), (0.07, 0.05), (0.0, 0.16))  # yearly, (first year, second year)
AVERAGE_RECEIPT = (620.0, 540.0, 480.0)
PATTERNS = (("X", 40), ("Y", 35), ("Z", 25))  # steady, seasonal, erratic buyers
PLAN_TARGET = 25  # 5 customers a day for 5 days


def months_back(demo: Demo, count: int) -> list[date]:
    """The first days of the `count` full months before the current one, oldest first."""
    months: list[date] = []
    day = demo.today.replace(day=1)
    for _ in range(count):
        day = (day - timedelta(days=1)).replace(day=1)
        months.append(day)
    return months[::-1]


def make_shop_sales(demo: Demo) -> None:
    rng = demo.rng
    months = months_back(demo, SHOP_MONTHS)
    for shop in demo.shops:
        revenue = SHOP_BASE[shop.rank]
        first, second = SHOP_GROWTH[shop.rank]
        for n, month in enumerate(months):
            growth = first if n < 12 else second
            revenue *= (1 + growth) ** (1 / 12)
            value = revenue * SEASON[month.month] * rng.gauss(1.0, 0.035)
            receipts = value / (AVERAGE_RECEIPT[shop.rank] * rng.gauss(1.0, 0.03))
            demo.bulk.add(SalesFigure, period_start=month, location_id=shop.id, product=None,
                          customer_id=None, revenue=round(value, 2),
                          quantity=float(round(receipts)))


def _monthly(demo: Demo, pattern: str, mean: float, months: list[date]) -> list[float]:
    rng = demo.rng
    if pattern == "X":
        return [mean * rng.gauss(1.0, 0.04) for _ in months]
    if pattern == "Y":
        phase = rng.randrange(12)
        return [mean * (1 + 0.3 * math.sin(2 * math.pi * (m.month + phase) / 12))
                * rng.gauss(1.0, 0.04) for m in months]
    return [0.0 if rng.random() < 0.4 else mean * rng.lognormvariate(0.0, 0.7) for _ in months]


def make_customer_sales(demo: Demo) -> None:
    """A Pareto-like spread: a few wholesale buyers bring most of the revenue.

    Customer rows carry no location, so a shop's total is never counted twice."""
    rng = demo.rng
    months = months_back(demo, CUSTOMER_MONTHS)
    ranked = sorted(demo.clients, key=lambda c: (c.segment != "опт", c.segment != "VIP"))
    buyers = ranked[:CUSTOMERS_WITH_SALES]
    yearly = sorted((rng.lognormvariate(0.0, 1.5) * 40_000 for _ in buyers), reverse=True)
    for client, total in zip(buyers, yearly, strict=True):
        pattern = demo.weighted(PATTERNS)
        for month, value in zip(months, _monthly(demo, pattern, total / 12, months), strict=True):
            value = max(value, 0.0)
            demo.bulk.add(SalesFigure, period_start=month, location_id=None, product=None,
                          customer_id=client.id, revenue=round(value, 2),
                          quantity=float(max(1, round(value / 900))) if value else 0.0)


def make_sample_plans(demo: Demo) -> None:
    """This week's plan for the exit survey: 25 conversations per shop, Monday to Friday."""
    monday = demo.today - timedelta(days=demo.today.weekday())
    for shop in demo.shops:
        demo.bulk.add(SamplePlan, survey_family="exit", location_id=shop.id, starts_on=monday,
                      ends_on=monday + timedelta(days=4), target=PLAN_TARGET)
