"""The Customers-and-sales page: growth month over month and year over year, CAGR, ABC × XYZ,
the Pareto curve, loyalty types, and promoters and detractors among known customers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.queries import customers as customer_queries
from cxdesk.db.queries.filters import Filters
from cxdesk.db.queries.sales import month_start, sales_frame
from cxdesk.insights.loyalty import KnownCustomer, LoyaltyRow, known_customers, loyalty_rows

YOY_MONTHS = 12  # the months read before the period, so its first months have a YoY base


@dataclass(frozen=True)
class KeyRow:
    """One customer or product of the ABC/XYZ analysis, largest revenue first."""

    key: Any  # customer id or product name
    label: str  # the product, the customer's name, or "#id" when they gave no consent
    revenue: float
    share: float | None  # % of the revenue of all keys
    cumulative: float | None
    abc: str | None
    xyz: str | None
    cv: float | None  # coefficient of variation of monthly revenue, %
    months: int  # months in the XYZ series


@dataclass(frozen=True)
class SalesInsights:
    filters: Filters
    months: tuple[metrics.GrowthRow, ...]  # the period's months: revenue, MoM %, YoY %
    revenue: float  # the period's total
    figures: int  # sales rows summed into the period's months
    cagr: metrics.CagrResult  # first to last month of the period
    from_details: bool  # no shop totals: the months sum the per-customer/product rows
    abc_by: str | None  # "customer", "product", or None without detail rows
    abc: metrics.AbcResult
    xyz: metrics.XyzResult
    matrix: metrics.MatrixResult
    pareto: metrics.ParetoResult  # share of the top 20%
    pareto_curve: tuple[tuple[float, float], ...]  # (% of keys, % of revenue) from (0, 0)
    keys: tuple[KeyRow, ...]
    loyalty: tuple[LoyaltyRow, ...]
    known_nps: metrics.NpsResult  # NPS of known customers, each by their latest answer
    known: tuple[KnownCustomer, ...]  # promoters and detractors, largest revenue first
    unlocated_kept: bool  # a location filter could not cut the per-customer rows
    totals_uncut: bool  # a segment filter could not cut the shop totals


def _in_period(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    if filters.date_from is None:
        return frame
    return frame[frame["period"] >= pd.Timestamp(month_start(filters.date_from))]


def _totals(frame: pd.DataFrame) -> tuple[pd.Series, bool]:
    """Revenue per month: the shop totals, or the detail rows summed when there are none."""
    totals = frame[frame["customer"].isna() & frame["product"].isna()]
    from_details = totals.empty and not frame.empty
    source = frame if from_details else totals
    series = source.groupby("period")["revenue"].sum()
    return series, from_details


def _figure_count(period: pd.DataFrame) -> int:
    totals = period[period["customer"].isna() & period["product"].isna()]
    return len(totals) if not totals.empty else len(period)


def _details(frame: pd.DataFrame) -> tuple[pd.DataFrame, str | None]:
    """Per-customer rows (keyed by customer) when there are any, else per-product rows."""
    by_customer = frame[frame["customer"].notna()]
    if not by_customer.empty:
        return by_customer.assign(key=by_customer["customer"].astype(int)), "customer"
    by_product = frame[frame["product"].notna()]
    if not by_product.empty:
        return by_product.assign(key=by_product["product"]), "product"
    return frame.assign(key=pd.Series(dtype=object)), None


def _demand(details: pd.DataFrame) -> pd.DataFrame:
    """Monthly revenue per key (rows = months), a month without a purchase counted as 0 from
    the first to the last month any key has figures for."""
    if details.empty:
        return pd.DataFrame()
    wide = details.pivot_table(index="period", columns="key", values="revenue", aggfunc="sum")
    months = pd.date_range(wide.index.min(), wide.index.max(), freq="MS")
    return wide.reindex(months).fillna(0.0)


def _curve(revenue: pd.Series) -> tuple[tuple[float, float], ...]:
    ordered = revenue.sort_values(ascending=False, kind="stable")
    total, n = float(ordered.sum()), len(ordered)
    if n == 0 or total <= 0:
        return ()
    cumulative = ordered.cumsum() / total * 100
    return ((0.0, 0.0), *((100.0 * (i + 1) / n, float(y)) for i, y in enumerate(cumulative)))


def _key_rows(abc: metrics.AbcResult, xyz: metrics.XyzResult,
              names: dict[Any, str | None]) -> tuple[KeyRow, ...]:
    by_key = {row.key: row for row in xyz.rows}
    rows = []
    for row in abc.rows:
        x = by_key.get(row.key)
        key = int(row.key) if isinstance(row.key, int | np.integer) else str(row.key)
        name = names.get(key)
        label = name if isinstance(name, str) else f"#{key}" if isinstance(key, int) else key
        rows.append(KeyRow(key, label, row.value, row.share, row.cumulative, row.cls,
                           x.cls if x else None, x.cv if x else None, x.n if x else 0))
    return tuple(rows)


def sales_insights(db: Database, filters: Filters) -> SalesInsights:
    with db.session() as session:
        frame = sales_frame(session, filters, YOY_MONTHS)
        people = customer_queries.customers_frame(session, filters)
        answers = customer_queries.customer_nps(session, filters)
    series, from_details = _totals(frame)
    growth = metrics.growth(series)
    start = month_start(filters.date_from) if filters.date_from else None
    months = tuple(r for r in growth.rows if start is None or r.period >= f"{start:%Y-%m}")
    period = _in_period(frame, filters)
    in_period = series[series.index >= pd.Timestamp(start)] if start else series
    details, abc_by = _details(period)
    revenue = details.groupby("key")["revenue"].sum() if abc_by else pd.Series(dtype=float)
    abc = metrics.abc(revenue)
    xyz = metrics.xyz(_demand(details))
    names = {int(k): v for k, v in zip(people["customer"], people["name"], strict=True)}
    by_customer = revenue if abc_by == "customer" else pd.Series(dtype=float)
    latest, known = known_customers(people, answers, by_customer, abc.class_of())
    return SalesInsights(
        filters=filters,
        months=months,
        revenue=float(sum(r.value for r in months)),
        figures=_figure_count(period),
        cagr=metrics.cagr_from_series(in_period),
        from_details=from_details,
        abc_by=abc_by,
        abc=abc,
        xyz=xyz,
        matrix=metrics.abc_xyz_matrix(abc, xyz),
        pareto=metrics.pareto_share(revenue),
        pareto_curve=_curve(revenue),
        keys=_key_rows(abc, xyz, names if abc_by == "customer" else {}),
        loyalty=loyalty_rows(people, latest, by_customer),
        known_nps=metrics.nps(latest["nps"]),
        known=known,
        unlocated_kept=bool(filters.location_ids) and bool(
            period["location"].isna().any()),
        totals_uncut=bool(filters.segments) and not from_details,
    )
