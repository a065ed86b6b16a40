"""SLA worked example: medians, 90th percentiles, on time per priority, the speed gap."""

import datetime as dt

import pandas as pd
import pytest

from cxdesk.metrics import sla, sla_by_month

T = pd.Timestamp
NAT = pd.NaT


def requests():
    # priority, requested, registered, taken, resolved (all on 2024-03-10)
    rows = [
        ("high", "09:00", "09:05", "09:15", "09:50"),  # 5, 10, 45 -> on time (≤ 60)
        ("high", "10:00", "10:20", "10:30", "11:40"),  # 20, 10, 80 -> late
        ("high", "23:25", "23:30", None, None),  # 5; open 30 min < 60: not judged
        ("low", "08:00", "08:10", "09:10", "14:10"),  # 10, 60, 360 -> on time (≤ 480)
        ("low", "07:00", "07:30", "08:30", None),  # 30, 60; open 16.5 h > 8 h: late
    ]
    day = "2024-03-10 "
    return pd.DataFrame(
        [[p] + [T(day + t) if t else NAT for t in times] for p, *times in rows],
        columns=["priority", "requested_at", "registered_at", "taken_at", "resolved_at"],
    )


TARGETS = {"high": 60, "low": dt.timedelta(hours=8)}
NOW = T("2024-03-11 00:00")


def test_times_median_and_p90():
    r = sla(requests(), TARGETS, now=NOW)
    # register: 5, 5, 10, 20, 30 -> median 10; p90 at position 0.9·4 = 3.6 -> 20 + 0.6·10 = 26
    assert (r.to_register.median, r.to_register.p90, r.to_register.n) == (10, 26, 5)
    # take: 10, 10, 60, 60 -> median 35; p90 at 2.7 -> 60
    assert (r.to_take.median, r.to_take.p90, r.to_take.n) == (35, 60, 4)
    # resolve: 45, 80, 360 -> median 80; p90 at 1.8 -> 80 + 0.8·280 = 304
    assert r.to_resolve.median == 80
    assert r.to_resolve.p90 == pytest.approx(304)


def test_on_time_per_priority_and_overall():
    r = sla(requests(), TARGETS, now=NOW)
    by = {o.priority: o for o in r.by_priority}
    assert (by["high"].value, by["high"].n) == (50.0, 2)  # 1 on time, 1 late, 1 not judged
    assert (by["low"].value, by["low"].n, by["low"].open_late) == (50.0, 2, 1)
    assert by["low"].target_minutes == 480
    assert (r.on_time.value, r.on_time.n, r.on_time.late) == (50.0, 4, 2)
    assert r.value == 50.0


def test_priority_mix():
    r = sla(requests(), TARGETS, now=NOW)
    assert [(m.priority, m.n, m.pct) for m in r.mix] == [("high", 3, 60.0), ("low", 2, 40.0)]


def test_gap_between_on_time_and_satisfied_with_speed():
    # satisfied (4–5): 3 of 8 = 37.5%; gap = 50 − 37.5 = 12.5 points
    speed = pd.Series([5, 4, 2, 1, 3, 2, 1, 4])
    r = sla(requests(), TARGETS, speed_satisfaction=speed, now=NOW)
    assert r.satisfied.value == pytest.approx(37.5)
    assert r.gap == pytest.approx(12.5)
    assert sla(requests(), TARGETS, now=NOW).gap is None


def test_priority_without_target_is_not_judged():
    r = sla(requests(), {"high": 60}, now=NOW)
    assert r.untargeted == ("low",)
    assert r.on_time.n == 2


def test_empty_requests():
    empty = requests().iloc[0:0]
    r = sla(empty, TARGETS, now=NOW)
    assert r.on_time.value is None and r.to_resolve.median is None and r.n == 0


def test_bad_target_raises():
    with pytest.raises(ValueError):
        sla(requests(), {"high": 0}, now=NOW)


def test_by_month():
    reqs = requests()
    reqs.loc[3:, ["requested_at", "registered_at", "taken_at", "resolved_at"]] -= pd.Timedelta(
        days=30
    )  # the two "low" requests move to February
    speed = pd.DataFrame(
        {"taken_at": [T("2024-02-15"), T("2024-03-01"), T("2024-03-02")], "score": [5, 5, 1]}
    )
    r = sla_by_month(reqs, TARGETS, speed, now=NOW)
    by = {m.period: m for m in r.months}
    assert set(by) == {"2024-02", "2024-03"}
    # March: high ones, 1 of 2 on time; speed 1 of 2 satisfied
    assert (by["2024-03"].on_time_pct, by["2024-03"].satisfied_pct, by["2024-03"].gap) == (
        50.0,
        50.0,
        0.0,
    )
    # February: low ones, 1 on time + 1 open late; speed 1 of 1
    assert (by["2024-02"].on_time_pct, by["2024-02"].satisfied_pct) == (50.0, 100.0)


def test_time_zone_aware_stamps_mix_with_empty_columns():
    # an all-empty column loads naive; aware ones are compared in UTC, `now` too
    kyiv = "Europe/Kyiv"
    reqs = pd.DataFrame(
        {
            "priority": ["high"],
            "registered_at": [T("2024-03-10 10:00", tz=kyiv)],
            "resolved_at": [pd.NaT],
        }
    )
    r = sla(reqs, TARGETS, now=T("2024-03-10 11:30", tz=kyiv))  # open 90 min > 60
    assert (r.on_time.n, r.on_time.open_late) == (1, 1)
    r = sla(reqs, TARGETS, now=T("2024-03-10 10:30", tz=kyiv))  # open 30 min: not judged
    assert r.on_time.n == 0 and r.on_time.value is None
