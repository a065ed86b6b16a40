"""SERVQUAL gaps and key drivers on hand-built frames."""

import pandas as pd
import pytest

from cxdesk.metrics import drivers, servqual

SERVQUAL_ROWS = pd.DataFrame(
    [
        # item, dimension, expectation, perception
        ("t1", "tangibles", 7, 5),
        ("t1", "tangibles", 6, 6),
        ("t2", "tangibles", 5, 6),
        ("t2", "tangibles", 4, 4),
        ("t2", "tangibles", 6, None),  # incomplete pair: dropped
        ("e1", "empathy", 6, 3),
        ("e1", "empathy", 6, 5),
    ],
    columns=["item", "dimension", "expectation", "perception"],
)


def test_servqual_worked_example():
    # t1: P 5.5 − E 6.5 = −1.0 (n 2); t2: P 5.0 − E 4.5 = +0.5 (n 2); e1: P 4 − E 6 = −2 (n 2)
    # tangibles = (−1.0 + 0.5) / 2 = −0.25; empathy = −2.0; overall = (−0.25 − 2) / 2 = −1.125
    r = servqual(SERVQUAL_ROWS)
    gaps = {i.item: (i.gap, i.n) for i in r.items}
    assert gaps == {"t1": (-1.0, 2), "t2": (0.5, 2), "e1": (-2.0, 2)}
    dims = {d.dimension: d.gap for d in r.dimensions}
    assert dims == {"tangibles": -0.25, "empathy": -2.0}
    assert r.overall == pytest.approx(-1.125)
    assert r.weighted_overall is None
    assert r.n == 6


def test_servqual_weights_are_normalised():
    # weights 3 : 1 -> 0.75 : 0.25; weighted = 0.75 · −0.25 + 0.25 · −2 = −0.6875
    r = servqual(SERVQUAL_ROWS, weights={"tangibles": 3, "empathy": 1})
    assert r.weighted_overall == pytest.approx(-0.6875)
    assert {d.dimension: d.weight for d in r.dimensions} == {"tangibles": 0.75, "empathy": 0.25}


def test_servqual_rejects_unknown_dimension():
    bad = SERVQUAL_ROWS.assign(dimension="friendliness")
    with pytest.raises(ValueError):
        servqual(bad)


def test_servqual_empty_item_has_no_gap():
    frame = pd.DataFrame(
        {"item": ["r1"], "dimension": ["reliability"], "expectation": [None], "perception": [5]}
    )
    r = servqual(frame)
    assert r.items[0].gap is None and r.items[0].n == 0
    assert r.overall is None


def test_drivers_quadrants_and_perfect_correlation():
    frame = pd.DataFrame(
        {
            "overall": [1, 2, 3, 4, 5],
            "a": [6, 7, 8, 9, 10],  # r = +1, mean 8
            "b": [1, 2, 3, 4, 5],  # r = +1, mean 3
            "c": [10, 9, 8, 7, 6],  # r = −1, mean 8
            "d": [5, 4, 3, 2, 1],  # r = −1, mean 3
            "flat": [4, 4, 4, 4, 4],  # no variance -> None
            "few": [None, None, None, 4, 5],  # 2 pairs -> None
        }
    )
    # importance median over a–d = median(1, 1, −1, −1) = 0; performance median = 5.5
    r = drivers(frame, "overall")
    by = {d.attribute: d for d in r.drivers}
    assert by["a"].correlation == pytest.approx(1.0)
    assert by["c"].correlation == pytest.approx(-1.0)
    assert r.importance_median == pytest.approx(0.0)
    assert r.performance_median == pytest.approx(5.5)
    assert by["a"].quadrant == "keep_up"
    assert by["b"].quadrant == "concentrate"
    assert by["c"].quadrant == "possible_overkill"
    assert by["d"].quadrant == "low_priority"
    assert by["flat"].correlation is None and by["flat"].quadrant is None
    assert by["few"].correlation is None and by["few"].n == 2
    assert r.drivers[-1].correlation is None  # no correlation goes last


def test_drivers_needs_target():
    with pytest.raises(ValueError):
        drivers(pd.DataFrame({"a": [1]}), "overall")
