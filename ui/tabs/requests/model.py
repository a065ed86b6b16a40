"""Service requests as a table: the open ones with the time left to their SLA target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject

from cxdesk.db.database import Database
from cxdesk.db.models import Priority
from cxdesk.i18n import fill
from cxdesk.services import requests
from cxdesk.services.requests import RequestRow
from cxdesk.services.search import excerpt
from ui.enum_labels import priority_label
from ui.formatting import format_datetime, sort_key
from ui.qtmodels.record_rows import ALERT_TEXT, Column, RecordRowsModel


@dataclass(frozen=True)
class RequestItem:
    request: RequestRow
    stage: str | None  # take | resolve while open
    due_at: datetime | None  # the next SLA deadline of an open request
    resolve_minutes: int | None  # the priority's target, to judge a resolved request

    @property
    def id(self) -> int:
        return self.request.id


def load_items(db: Database, search: str, open_only: bool,
               priority: Priority | None) -> list[RequestItem]:
    """The requests found, with their SLA deadlines (runs off the GUI thread)."""
    rows = requests.list_requests(db, search, open_only=open_only, priority=priority)
    deadlines = {o.request.id: o for o in requests.open_requests(db)}
    targets = {t.priority: t.resolve_minutes for t in requests.get_sla_targets(db)}
    items = []
    for row in rows:
        due = deadlines.get(row.id)
        items.append(RequestItem(row, due.stage if due else None, due.due_at if due else None,
                                 targets.get(row.priority)))
    return items


class RequestsModel(RecordRowsModel):
    NUMBER, REGISTERED, PRIORITY, CUSTOMER, DESCRIPTION, LOCATION, STATUS, TIME_LEFT = range(8)

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.clock = clock
        super().__init__([
            Column(lambda: self.tr("No."), lambda i: str(i.id), sort=lambda i: float(i.id),
                   numeric=True, width=5),
            Column(lambda: self.tr("Registered"),
                   lambda i: format_datetime(i.request.registered_at),
                   sort=lambda i: sort_key(i.request.registered_at), width=16),
            Column(lambda: self.tr("Priority"), lambda i: priority_label(i.request.priority),
                   sort=lambda i: float(list(Priority).index(Priority(i.request.priority))),
                   color=lambda i: ALERT_TEXT if (i.request.priority == Priority.CRITICAL
                                                  and i.stage) else None, width=8,
                   samples=lambda: [priority_label(p) for p in Priority]),
            Column(lambda: self.tr("Customer"), lambda i: i.request.customer_name, width=16),
            Column(lambda: self.tr("Description"), lambda i: excerpt(i.request.description),
                   tooltip=lambda i: i.request.description or None, width=0),
            Column(lambda: self.tr("Location"), lambda i: i.request.location_name, width=11),
            Column(lambda: self.tr("Status"), self._status, tooltip=self._status_tooltip,
                   width=8, samples=lambda: [self.tr("New"), self.tr("In work"),
                                             self.tr("Resolved")]),
            Column(lambda: self.tr("Time left"), self.time_left, sort=self._time_key,
                   tooltip=self._due_tooltip, color=lambda i: ALERT_TEXT if self.overdue(i)
                   else None, bold=self.overdue, width=16, samples=lambda: [
                       fill(self.tr("Overdue by %1"), self.duration(1439)),
                       fill(self.tr("Resolved in %1"), self.duration(1439))]),
        ], parent)

    def minutes_left(self, item: RequestItem) -> float | None:
        if item.due_at is None:
            return None
        return (item.due_at - self.clock()).total_seconds() / 60

    def overdue(self, item: RequestItem) -> bool:
        left = self.minutes_left(item)
        if left is not None:
            return left < 0
        request = item.request
        if request.resolved_at is None or item.resolve_minutes is None:
            return False
        return self._taken_minutes(request) > item.resolve_minutes

    @staticmethod
    def _taken_minutes(request: RequestRow) -> float:
        assert request.resolved_at is not None
        return (request.resolved_at - request.registered_at).total_seconds() / 60

    def duration(self, minutes: float) -> str:
        """A span for people: "2 d 3 h", "1 h 20 min", "45 min"."""
        total = int(abs(minutes))
        days, hours, mins = total // 1440, total % 1440 // 60, total % 60
        if days:
            return fill(self.tr("%1 d %2 h"), days, hours)
        if hours:
            return fill(self.tr("%1 h %2 min"), hours, mins)
        return fill(self.tr("%1 min"), mins)

    def time_left(self, item: RequestItem) -> str:
        left = self.minutes_left(item)
        if left is not None:
            if left < 0:
                return fill(self.tr("Overdue by %1"), self.duration(left))
            return fill(self.tr("%1 left"), self.duration(left))
        if item.request.resolved_at is not None:
            return fill(self.tr("Resolved in %1"),
                        self.duration(self._taken_minutes(item.request)))
        return ""

    def _time_key(self, item: RequestItem) -> float:
        left = self.minutes_left(item)
        if left is not None:
            return left  # the most urgent first
        return 1e12 if item.request.resolved_at is not None else 1e11

    def _due_tooltip(self, item: RequestItem) -> str | None:
        if item.due_at is None:
            if item.request.resolved_at is None or item.resolve_minutes is None:
                return None
            return fill(self.tr("Target: resolved within %1"),
                        self.duration(item.resolve_minutes))
        if item.stage == "take":
            return fill(self.tr("To be taken into work by %1"), format_datetime(item.due_at))
        return fill(self.tr("To be resolved by %1"), format_datetime(item.due_at))

    def _status(self, item: RequestItem) -> str:
        status = item.request.status
        if status == "resolved":
            return self.tr("Resolved")
        return self.tr("In work") if status == "in_work" else self.tr("New")

    def _status_tooltip(self, item: RequestItem) -> str | None:
        request, lines = item.request, []
        if request.taken_at is not None:
            lines.append(fill(self.tr("Taken into work %1"), format_datetime(request.taken_at)))
        if request.resolved_at is not None:
            lines.append(fill(self.tr("Resolved %1"), format_datetime(request.resolved_at)))
        return "\n".join(lines) or None
