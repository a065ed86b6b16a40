"""Service requests: time order rules, take and resolve now, SLA time left, SLA targets."""

from __future__ import annotations

from datetime import datetime

import pytest

from cxdesk.db.models import Priority
from cxdesk.errors import ValidationError
from cxdesk.services.requests import (
    RequestForm,
    SlaForm,
    create_request,
    delete_request,
    get_request,
    get_sla_targets,
    list_requests,
    open_requests,
    resolve_now,
    set_sla_target,
    take_now,
    update_request,
)

NINE = datetime(2026, 5, 11, 9, 0)


def test_create_edit_and_time_rules(db, location_id) -> None:
    request = create_request(db, RequestForm(NINE, Priority.HIGH, location_id=location_id,
                                             description=" Не работает терминал "))
    row = get_request(db, request)
    assert (row.status, row.description, row.location_name) == (
        "new", "Не работает терминал", "Центральный")
    for form, field in (
        (RequestForm(None), "registered_at"),
        (RequestForm(NINE, taken_at=datetime(2026, 5, 11, 8)), "taken_at"),
        (RequestForm(NINE, resolved_at=datetime(2026, 5, 10)), "resolved_at"),
        (RequestForm(NINE, taken_at=datetime(2026, 5, 11, 11),
                     resolved_at=datetime(2026, 5, 11, 10)), "resolved_at"),
        (RequestForm(NINE, requested_at=datetime(2026, 5, 11, 10)), "requested_at"),
    ):
        with pytest.raises(ValidationError) as err:
            update_request(db, request, form)
        assert err.value.field == field
    assert get_request(db, request) == row
    assert [r.id for r in list_requests(db, "ТЕРМИНАЛ")] == [request]
    assert [r.id for r in list_requests(db, "центральный")] == [request]
    delete_request(db, request)
    assert list_requests(db) == []


def test_take_resolve_and_time_left(db) -> None:
    set_sla_target(db, SlaForm(Priority.NORMAL, 30, 60, 240))
    set_sla_target(db, SlaForm(Priority.CRITICAL, 5, 15, 60))
    waiting = create_request(db, RequestForm(NINE, Priority.NORMAL))
    urgent = create_request(db, RequestForm(NINE, Priority.CRITICAL))
    done = create_request(db, RequestForm(NINE, Priority.NORMAL))
    resolve_now(db, done, now=datetime(2026, 5, 11, 9, 30))
    assert get_request(db, done).taken_at == datetime(2026, 5, 11, 9, 30)
    take_now(db, urgent, now=datetime(2026, 5, 11, 9, 10))
    with pytest.raises(ValidationError):
        take_now(db, urgent)
    with pytest.raises(ValidationError):
        resolve_now(db, done)
    late = open_requests(db, now=datetime(2026, 5, 11, 10, 20))
    assert [(o.request.id, o.stage, o.minutes_left, o.overdue) for o in late] == [
        (urgent, "resolve", -20.0, True), (waiting, "take", -20.0, True)]
    early = open_requests(db, now=datetime(2026, 5, 11, 9, 20))
    assert [(o.request.id, o.minutes_left) for o in early] == [(urgent, 40.0),
                                                                (waiting, 40.0)]
    assert early[1].due_at == datetime(2026, 5, 11, 10, 0)
    assert early[1].resolve_due_at == datetime(2026, 5, 11, 13, 0)


def test_sla_targets(db) -> None:
    targets = {t.priority: t for t in get_sla_targets(db)}
    assert set(targets) == set(Priority)  # defaults where none is stored
    set_sla_target(db, SlaForm(Priority.LOW, 60, 120, 2880))
    assert next(t for t in get_sla_targets(db) if t.priority == Priority.LOW) == SlaForm(
        Priority.LOW, 60, 120, 2880)
    for form, field in ((SlaForm(Priority.LOW, 0, 120, 2880), "register_minutes"),
                        (SlaForm(Priority.LOW, 60, -5, 2880), "take_minutes"),
                        (SlaForm(Priority.LOW, 60, 120, 1.5), "resolve_minutes"),
                        (SlaForm(Priority.LOW, 60, 300, 120), "take_minutes")):
        with pytest.raises(ValidationError) as err:
            set_sla_target(db, form)
        assert err.value.field == field
    assert next(t for t in get_sla_targets(db) if t.priority == Priority.LOW).take_minutes == 120
