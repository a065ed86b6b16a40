"""Score functions by period and group, and comparison with the previous period."""

import pandas as pd
import pytest

from cxdesk.metrics import by_group, by_period, csat, nps, servqual, with_previous

T = pd.Timestamp


def answers():
    return pd.DataFrame(
        {
            "taken_at": [T("2024-01-05"), T("2024-01-20"), T("2024-03-01"), T("2024-03-02")],
            "score": [10, 0, 9, 9],
            "location": ["Центр", "Центр", "Левый берег", None],
        }
    )


def test_by_month_fills_the_gap():
    trend = by_period(answers(), nps)
    assert [p.label for p in trend.points] == ["2024-01", "2024-02", "2024-03"]
    assert trend.values() == [0.0, None, 100.0]
    assert [p.n for p in trend.points] == [2, 0, 2]
    assert by_period(answers(), nps, fill=False).values() == [0.0, 100.0]


def test_by_week_and_quarter():
    weeks = by_period(answers(), nps, freq="week", fill=False)
    assert [p.label for p in weeks.points] == ["2024-W01", "2024-W03", "2024-W09"]
    quarters = by_period(answers(), nps, freq="quarter")
    assert [p.label for p in quarters.points] == ["2024Q1"]
    with pytest.raises(ValueError):
        by_period(answers(), nps, freq="day")


def test_by_group():
    groups = by_group(answers(), nps, "location")
    assert [(p.key, p.result.value) for p in groups.points] == [
        ("Левый берег", 100.0),
        ("Центр", 0.0),
        (None, 100.0),
    ]


def test_frame_score_function():
    frame = pd.DataFrame(
        {
            "taken_at": [T("2024-01-01"), T("2024-02-01")],
            "item": ["q1", "q1"],
            "dimension": ["empathy", "empathy"],
            "expectation": [6, 5],
            "perception": [4, 5],
        }
    )
    trend = by_period(frame, servqual, value_col=None)
    assert trend.values() == [-2.0, 0.0]


def test_with_previous_nps_has_significance():
    before = nps([0] * 40 + [10] * 10)  # −60
    after = nps([10] * 40 + [0] * 10)  # +60
    c = with_previous(after, before)
    assert c.change == pytest.approx(120.0)
    assert c.significant is True and c.significance.difference == pytest.approx(120.0)


def test_with_previous_other_metric_has_no_test():
    c = with_previous(csat([5, 5]), csat([1, 5]))
    assert c.change == pytest.approx(50.0) and c.significant is None
    assert with_previous(csat([5]), csat([])).change is None
