"""Every result prints as JSON: as_dict gives plain types, rounded floats, None kept."""

import json

import pandas as pd

import cxdesk.metrics as m

T = pd.Timestamp


def test_as_dict_is_json_and_rounded():
    d = m.nps([10, 9, 0]).as_dict()
    assert d["value"] == 33.33 and d["low_n"] is True
    assert d["scale"] == [0, 10]
    json.dumps(d)
    assert m.nps([]).as_dict()["value"] is None


def test_every_result_kind_serialises():
    requests = pd.DataFrame(
        {
            "priority": ["high"],
            "requested_at": [T("2024-01-01 10:00")],
            "registered_at": [T("2024-01-01 10:05")],
            "taken_at": [pd.NaT],
            "resolved_at": [pd.NaT],
        }
    )
    log = pd.DataFrame(
        {
            "source": ["google"],
            "received_at": [T("2024-01-01")],
            "answered_at": [pd.NaT],
            "sentiment": ["negative"],
        }
    )
    results = [
        m.csat([5]),
        m.ces([7]),
        m.sla(requests, {"high": 60}, pd.Series([5]), now=T("2024-01-02")),
        m.complaints(log, now=T("2024-01-02")),
        m.abc({"кофе": 10}),
        m.xyz({"кофе": [1, 2]}),
        m.growth(pd.Series([1.0], index=pd.PeriodIndex(["2024-01"], freq="M"))),
        m.improvement_themes(["цены"]),
        m.sample_plan_progress(1, 25),
        m.by_period(pd.DataFrame({"taken_at": [T("2024-01-01")], "score": [9]}), m.nps),
    ]
    for result in results:
        text = json.dumps(result.as_dict(), ensure_ascii=False)
        assert '"low_n"' in text


def test_score_basics():
    s = m.Score(None, 0)
    assert s.low_n and s.as_dict() == {"value": None, "n": 0, "moe": None, "low_n": True}
