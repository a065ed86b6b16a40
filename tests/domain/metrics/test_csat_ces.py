"""CSAT and CES worked examples."""

import pytest

from cxdesk.metrics import ces, ces_from_counts, csat, csat_from_counts


def test_csat_worked_example():
    # 7 of 10 answers are 4–5 -> 70%; mean = 37 / 10 = 3.7
    # Wilson, z = 1.96, z² = 3.8416: denom = 1 + 3.8416/10 = 1.38416
    #   centre = (0.7 + 3.8416/20) / 1.38416 = 0.89208 / 1.38416 = 0.644492
    #   half = 1.96 * sqrt(0.7*0.3/10 + 3.8416/400) / 1.38416 = 1.96 * 0.174940 / 1.38416 = 0.24772
    #   low = 39.68%, high = 89.22%
    r = csat([5, 5, 4, 4, 4, 3, 2, 1, 5, 4])
    assert r.value == pytest.approx(70.0)
    assert r.mean == pytest.approx(3.7)
    assert r.satisfied == 7 and r.n == 10
    assert r.low == pytest.approx(39.68, abs=0.01)
    assert r.high == pytest.approx(89.22, abs=0.01)


def test_csat_empty_and_bounds():
    r = csat([None])
    assert r.value is None and r.mean is None and r.low is None and r.n == 0
    with pytest.raises(ValueError):
        csat([6])
    with pytest.raises(ValueError):
        csat([0])


def test_csat_other_scale_uses_top_two_points():
    # on 1–7 the top two points are 6 and 7
    r = csat([7, 6, 5, 1], scale=(1, 7))
    assert r.value == 50.0


def test_csat_from_counts_equals_csat():
    assert csat_from_counts({5: 2, 1: 1}) == csat([5, 5, 1])


def test_ces_seven_point_scale():
    # mean = (7 + 6 + 5 + 4 + 1) / 5 = 4.6; easy (5–7) = 3 of 5 = 60%
    r = ces([7, 6, 5, 4, 1])
    assert r.value == pytest.approx(4.6) and r.mean == r.value
    assert r.pct_easy == pytest.approx(60.0)
    assert r.n == 5 and r.scale == (1, 7)


def test_ces_five_point_scale():
    # easy = 4–5: 2 of 4 = 50%; mean = 13 / 4 = 3.25
    r = ces([5, 4, 3, 1], scale=(1, 5))
    assert r.pct_easy == pytest.approx(50.0)
    assert r.mean == pytest.approx(3.25)
    with pytest.raises(ValueError):
        ces([7], scale=(1, 5))  # a 7 cannot be on the 1–5 scale


def test_ces_bad_scale_raises():
    with pytest.raises(ValueError):
        ces([3], scale=(1, 10))
    with pytest.raises(ValueError):
        ces_from_counts({3: 1}, scale=(0, 7))


def test_ces_empty():
    r = ces([])
    assert r.value is None and r.pct_easy is None and r.moe is None and r.n == 0
