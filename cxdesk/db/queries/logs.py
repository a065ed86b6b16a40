"""Frames of the feedback log and the service requests for a filter."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.models import FeedbackEntry, ServiceRequest, SlaTarget
from cxdesk.db.queries.filters import Filters


def _in_period(query, column, filters: Filters):
    if filters.start is not None:
        query = query.where(column >= filters.start)
    if filters.end is not None:
        query = query.where(column < filters.end)
    return query


def feedback_frame(session: Session, filters: Filters) -> pd.DataFrame:
    query = select(
        FeedbackEntry.id, FeedbackEntry.source, FeedbackEntry.received_at,
        FeedbackEntry.answered_at, FeedbackEntry.sentiment, FeedbackEntry.rating,
        FeedbackEntry.location_id, FeedbackEntry.status,
    )
    query = _in_period(query, FeedbackEntry.received_at, filters)
    if filters.location_ids:
        query = query.where(FeedbackEntry.location_id.in_(filters.location_ids))
    rows = [
        (i, str(src), rec, ans, str(sent) if sent else None, rating, loc, str(status))
        for i, src, rec, ans, sent, rating, loc, status in session.execute(query).all()
    ]
    return pd.DataFrame(rows, columns=[
        "id", "source", "received_at", "answered_at", "sentiment", "rating", "location",
        "status",
    ])


def requests_frame(session: Session, filters: Filters) -> pd.DataFrame:
    query = select(
        ServiceRequest.id, ServiceRequest.priority, ServiceRequest.requested_at,
        ServiceRequest.registered_at, ServiceRequest.taken_at, ServiceRequest.resolved_at,
        ServiceRequest.location_id,
    )
    query = _in_period(query, ServiceRequest.registered_at, filters)
    if filters.location_ids:
        query = query.where(ServiceRequest.location_id.in_(filters.location_ids))
    rows = [(i, str(p), *rest) for i, p, *rest in session.execute(query).all()]
    frame = pd.DataFrame(rows, columns=[
        "id", "priority", "requested_at", "registered_at", "taken_at", "resolved_at", "location",
    ])
    for column in ("requested_at", "registered_at", "taken_at", "resolved_at"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def sla_targets(session: Session) -> dict[str, float]:
    """Minutes to resolve per priority: the SLA target a request is judged on."""
    return {
        str(t.priority): float(t.resolve_minutes) for t in session.scalars(select(SlaTarget))
    }
