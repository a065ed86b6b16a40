"""Service requests (registered, taken into work, resolved) and the SLA target per priority."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import Customer, Location, Priority, ServiceRequest, SlaTarget
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.builtin import DEFAULT_SLA
from cxdesk.services.search import matches, terms

TEXT_MAX = 20000
MINUTES_MAX = 60 * 24 * 365


@dataclass
class RequestForm:
    registered_at: datetime | None = None
    priority: Priority = Priority.NORMAL
    customer_id: int | None = None
    location_id: int | None = None
    description: str = ""
    requested_at: datetime | None = None  # when the customer asked, if known
    taken_at: datetime | None = None
    resolved_at: datetime | None = None


@dataclass(frozen=True)
class RequestRow:
    id: int
    priority: Priority
    customer_id: int | None
    customer_name: str
    location_id: int | None
    location_name: str
    description: str
    requested_at: datetime | None
    registered_at: datetime
    taken_at: datetime | None
    resolved_at: datetime | None

    @property
    def status(self) -> str:
        """new | in_work | resolved"""
        if self.resolved_at is not None:
            return "resolved"
        return "new" if self.taken_at is None else "in_work"

    def form(self) -> RequestForm:
        return RequestForm(self.registered_at, self.priority, self.customer_id,
                           self.location_id, self.description, self.requested_at,
                           self.taken_at, self.resolved_at)


@dataclass(frozen=True)
class OpenRequest:
    """An unresolved request and its next SLA deadline: taking it into work, then resolving."""

    request: RequestRow
    stage: str  # take | resolve
    due_at: datetime | None  # None: no SLA target for the priority
    minutes_left: float | None  # negative when overdue
    resolve_due_at: datetime | None

    @property
    def overdue(self) -> bool:
        return self.minutes_left is not None and self.minutes_left < 0


@dataclass(frozen=True)
class SlaForm:
    priority: Priority
    register_minutes: int
    take_minutes: int
    resolve_minutes: int


def validate_request(form: RequestForm) -> RequestForm:
    """The form trimmed, or ValidationError naming the first wrong time."""
    try:
        priority = Priority(form.priority)
    except ValueError as exc:
        raise ValidationError(translate("Requests", "Choose the priority."), "priority") from exc
    if form.registered_at is None:
        raise ValidationError(translate("Requests", "Enter when the request was registered."),
                              "registered_at")
    if form.requested_at is not None and form.requested_at > form.registered_at:
        raise ValidationError(translate(
            "Requests", "The customer cannot have asked after the request was registered."),
            "requested_at")
    if form.taken_at is not None and form.taken_at < form.registered_at:
        raise ValidationError(translate(
            "Requests", "A request cannot be taken into work before it was registered."),
            "taken_at")
    if form.resolved_at is not None and form.resolved_at < form.registered_at:
        raise ValidationError(translate(
            "Requests", "A request cannot be resolved before it was registered."), "resolved_at")
    taken, resolved = form.taken_at, form.resolved_at
    if taken is not None and resolved is not None and resolved < taken:
        raise ValidationError(translate(
            "Requests", "A request cannot be resolved before it was taken into work."),
            "resolved_at")
    description = (form.description or "").strip()
    if len(description) > TEXT_MAX:
        raise ValidationError(fill(translate(
            "Requests", "The description is too long (at most %1 characters)."), TEXT_MAX),
            "description")
    return replace(form, priority=priority, description=description)


def _request(session: Session, request_id: int) -> ServiceRequest:
    request = session.get(ServiceRequest, request_id)
    if request is None:
        raise NotFoundError(fill(translate("Requests", "Service request %1 does not exist."),
                                 request_id))
    return request


def _apply(session: Session, request: ServiceRequest, form: RequestForm) -> None:
    for model, key in ((Customer, form.customer_id), (Location, form.location_id)):
        if key is not None and session.get(model, key) is None:
            raise NotFoundError(fill(translate("Requests", "Record %1 no longer exists."), key))
    for name in ("registered_at", "priority", "customer_id", "location_id", "description",
                 "requested_at", "taken_at", "resolved_at"):
        setattr(request, name, getattr(form, name))


def _rows(session: Session, requests: list[ServiceRequest]) -> list[RequestRow]:
    customers: dict[int | None, str] = dict(
        session.execute(select(Customer.id, Customer.name)).all())
    locations: dict[int | None, str] = dict(
        session.execute(select(Location.id, Location.name)).all())
    return [RequestRow(r.id, r.priority, r.customer_id, customers.get(r.customer_id, ""),
                       r.location_id, locations.get(r.location_id, ""), r.description,
                       r.requested_at, r.registered_at, r.taken_at, r.resolved_at)
            for r in requests]


def list_requests(db: Database, search: str = "", open_only: bool = False,
                  priority: Priority | None = None,
                  location_id: int | None = None) -> list[RequestRow]:
    """Requests newest first; `search` matches description, customer and location."""
    query = select(ServiceRequest).order_by(ServiceRequest.registered_at.desc(),
                                            ServiceRequest.id.desc())
    if open_only:
        query = query.where(ServiceRequest.resolved_at.is_(None))
    if priority is not None:
        query = query.where(ServiceRequest.priority == priority)
    if location_id is not None:
        query = query.where(ServiceRequest.location_id == location_id)
    words = terms(search)
    with db.session() as session:
        rows = _rows(session, list(session.scalars(query)))
    return [r for r in rows if matches(words, r.description, r.customer_name, r.location_name)]


def get_request(db: Database, request_id: int) -> RequestRow:
    with db.session() as session:
        return _rows(session, [_request(session, request_id)])[0]


def create_request(db: Database, form: RequestForm) -> int:
    clean = validate_request(form)
    with db.begin() as session:
        request = ServiceRequest()
        _apply(session, request, clean)
        session.add(request)
        session.flush()
        return request.id


def update_request(db: Database, request_id: int, form: RequestForm) -> None:
    clean = validate_request(form)
    with db.begin() as session:
        _apply(session, _request(session, request_id), clean)


def delete_request(db: Database, request_id: int) -> None:
    with db.begin() as session:
        session.delete(_request(session, request_id))


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


def take_now(db: Database, request_id: int, now: datetime | None = None) -> None:
    """Mark a request taken into work now."""
    with db.begin() as session:
        request = _request(session, request_id)
        if request.taken_at is not None or request.resolved_at is not None:
            raise ValidationError(translate("Requests", "This request is already in work."),
                                  "taken_at")
        form = replace(_rows(session, [request])[0].form(), taken_at=_now(now))
        _apply(session, request, validate_request(form))


def resolve_now(db: Database, request_id: int, now: datetime | None = None) -> None:
    """Mark a request resolved now (and taken into work now, if it was not)."""
    with db.begin() as session:
        request = _request(session, request_id)
        if request.resolved_at is not None:
            raise ValidationError(translate("Requests", "This request is already resolved."),
                                  "resolved_at")
        at = _now(now)
        form = replace(_rows(session, [request])[0].form(), taken_at=request.taken_at or at,
                       resolved_at=at)
        _apply(session, request, validate_request(form))


def get_sla_targets(db: Database) -> list[SlaForm]:
    """The target of every priority, most urgent first (the default where none is stored)."""
    with db.session() as session:
        stored = {t.priority: t for t in session.scalars(select(SlaTarget))}
    targets = []
    for priority in Priority:
        t = stored.get(priority)
        minutes = (t.register_minutes, t.take_minutes, t.resolve_minutes) if t else (
            DEFAULT_SLA[priority])
        targets.append(SlaForm(priority, *minutes))
    return targets


def set_sla_target(db: Database, form: SlaForm) -> None:
    """Store the targets (whole minutes above 0) of one priority."""
    for name in ("register_minutes", "take_minutes", "resolve_minutes"):
        value = getattr(form, name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MINUTES_MAX:
            raise ValidationError(fill(translate(
                "Requests", "Enter whole minutes from 1 to %1."), MINUTES_MAX), name)
    if form.take_minutes > form.resolve_minutes:
        raise ValidationError(translate(
            "Requests", "The time to take into work cannot be longer than the time to resolve."),
            "take_minutes")
    priority = Priority(form.priority)
    with db.begin() as session:
        target = session.get(SlaTarget, priority) or SlaTarget(priority=priority)
        target.register_minutes, target.take_minutes = form.register_minutes, form.take_minutes
        target.resolve_minutes = form.resolve_minutes
        session.add(target)


def open_requests(db: Database, now: datetime | None = None) -> list[OpenRequest]:
    """Unresolved requests, the nearest deadline first, with the time left to their next SLA
    deadline (to be taken into work, then to be resolved; negative when overdue)."""
    now = _now(now)
    targets = {t.priority: t for t in get_sla_targets(db)}
    result = []
    for row in list_requests(db, open_only=True):
        target = targets.get(row.priority)
        if target is None:
            result.append(OpenRequest(row, "take" if row.taken_at is None else "resolve",
                                      None, None, None))
            continue
        resolve_due = row.registered_at + timedelta(minutes=target.resolve_minutes)
        take_due = row.registered_at + timedelta(minutes=target.take_minutes)
        stage, due = ("take", take_due) if row.taken_at is None else ("resolve", resolve_due)
        left = (due - now).total_seconds() / 60
        result.append(OpenRequest(row, stage, due, left, resolve_due))
    rank = {priority: n for n, priority in enumerate(Priority)}  # most urgent first on ties
    return sorted(result, key=lambda o: (o.minutes_left is None, o.minutes_left or 0.0,
                                         rank[o.request.priority], o.request.id))
