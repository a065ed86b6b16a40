"""Frames of sales figures per month: the shops' totals and the per-customer or per-product
rows behind ABC, XYZ and Pareto."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from cxdesk.db.models import Customer, SalesFigure
from cxdesk.db.queries.filters import Filters

SALES_COLUMNS = ["period", "location", "product", "customer", "revenue", "quantity"]


def month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before the one `day` falls in."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def sales_frame(session: Session, filters: Filters, months_before: int = 0) -> pd.DataFrame:
    """Sales rows of the months the filter's period touches (and `months_before` more months
    before it, for year-over-year bases), oldest first.

    A location filter keeps the rows of those locations; rows per customer or product that
    name no location are kept too (they cannot be cut by location), shop totals without a
    location are not. A segment filter narrows the per-customer rows; totals stay.
    `period` is the month's first day as a timestamp.
    """
    query = select(
        SalesFigure.period_start, SalesFigure.location_id, SalesFigure.product,
        SalesFigure.customer_id, SalesFigure.revenue, SalesFigure.quantity,
    )
    if filters.date_from is not None:
        query = query.where(
            SalesFigure.period_start >= month_start(filters.date_from, months_before)
        )
    if filters.date_to is not None:
        query = query.where(SalesFigure.period_start <= filters.date_to)
    detail = or_(SalesFigure.customer_id.is_not(None), SalesFigure.product.is_not(None))
    if filters.location_ids:
        query = query.where(or_(
            SalesFigure.location_id.in_(filters.location_ids),
            and_(SalesFigure.location_id.is_(None), detail),
        ))
    if filters.segments:
        chosen = select(Customer.id).where(Customer.segment.in_(filters.segments))
        query = query.where(or_(
            SalesFigure.customer_id.is_(None), SalesFigure.customer_id.in_(chosen)
        ))
    query = query.order_by(SalesFigure.period_start, SalesFigure.id)
    frame = pd.DataFrame(session.execute(query).all(), columns=SALES_COLUMNS)
    frame["period"] = pd.to_datetime(frame["period"])
    frame["revenue"] = frame["revenue"].astype(float)
    return frame
