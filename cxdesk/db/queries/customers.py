"""Frames of known customers: their segment and loyalty type, and the NPS answers they gave."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from cxdesk.db.models import Customer, Response
from cxdesk.db.queries.filters import Filters, apply_response_filters

CUSTOMER_COLUMNS = ["customer", "name", "segment", "loyalty"]
NPS_COLUMNS = ["response", "customer", "taken_at", "nps"]


def customers_frame(session: Session, filters: Filters) -> pd.DataFrame:
    """Every customer in the filter's segments with segment and loyalty type. `name` is
    filled only for a customer who consented and was not erased: the rule is applied in
    SQL, so the others' personal data never leaves the database."""
    allowed = and_(Customer.consent.is_(True), Customer.erased_at.is_(None))
    query = select(
        Customer.id, case((allowed, Customer.name), else_=None), Customer.segment,
        Customer.loyalty,
    ).order_by(Customer.id)
    if filters.segments:
        query = query.where(Customer.segment.in_(filters.segments))
    rows = [(i, name, segment or "", str(loyalty))
            for i, name, segment, loyalty in session.execute(query).all()]
    return pd.DataFrame(rows, columns=CUSTOMER_COLUMNS)


def customer_nps(session: Session, filters: Filters) -> pd.DataFrame:
    """The NPS answers of known customers in the filter, oldest first."""
    query = (
        select(Response.id, Response.customer_id, Response.taken_at, Response.nps)
        .where(Response.customer_id.is_not(None), Response.nps.is_not(None))
        .order_by(Response.taken_at, Response.id)
    )
    rows = session.execute(apply_response_filters(query, filters)).all()
    frame = pd.DataFrame(rows, columns=NPS_COLUMNS)
    frame["taken_at"] = pd.to_datetime(frame["taken_at"])
    return frame
