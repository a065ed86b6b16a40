"""NPS worked examples: counts, margin of error, adjusted-Wald interval, differences."""

import math

import pandas as pd
import pytest

from cxdesk.metrics import nps, nps_difference, nps_from_counts

# 10 promoters, 6 passives, 4 detractors (n = 20)
MIXED = [10, 10, 10, 9, 9, 9, 9, 9, 9, 9, 8, 8, 7, 7, 7, 8, 6, 5, 3, 0]


def test_empty_gives_none_not_zero():
    r = nps([])
    assert r.value is None and r.n == 0
    assert r.moe is None and r.low is None and r.high is None
    assert r.low_n


def test_one_promoter_is_100():
    r = nps([10])
    assert r.value == 100.0 and r.n == 1 and r.promoters == 1


def test_one_detractor_is_minus_100():
    r = nps([0])
    assert r.value == -100.0 and r.detractors == 1


def test_all_passives_is_zero():
    r = nps([7, 8, 7, 8])
    assert r.value == 0.0 and r.passives == 4 and r.n == 4


def test_mixed_sample_worked_example():
    # p = 10/20 = 0.5, d = 4/20 = 0.2 -> NPS = (0.5 - 0.2) * 100 = 30
    # MoE = 1.96 * sqrt((0.5 + 0.2 - 0.3**2) / 20) * 100 = 1.96 * sqrt(0.61 / 20) * 100
    #     = 1.96 * 0.174642 * 100 = 34.23
    # adjusted Wald: n' = 23, p' = 10.75/23 = 0.467391, d' = 4.75/23 = 0.206522,
    #   nps' = 0.260870, var' = 0.467391 + 0.206522 - 0.260870**2 = 0.605860,
    #   se = sqrt(0.605860 / 23) = 0.162301,
    #   low = (0.260870 - 1.96 * 0.162301) * 100 = -5.72, high = (… + …) * 100 = 57.90
    r = nps(MIXED)
    assert (r.n, r.promoters, r.passives, r.detractors) == (20, 10, 6, 4)
    assert r.value == pytest.approx(30.0)
    assert r.moe == pytest.approx(34.23, abs=0.01)
    assert r.low == pytest.approx(-5.72, abs=0.01)
    assert r.high == pytest.approx(57.90, abs=0.01)
    assert r.promoters_pct == 50.0 and r.detractors_pct == 20.0
    assert r.low_n  # 20 < 30


def test_low_n_flag_goes_off_at_30():
    assert nps([10] * 29).low_n
    assert not nps([10] * 30).low_n


def test_one_to_ten_scale():
    # 003's variant: detractors are 1–6 and a 0 is not on the scale
    with pytest.raises(ValueError):
        nps([0, 10], scale=(1, 10))
    r = nps([1, 10], scale=(1, 10))
    assert r.detractors == 1 and r.promoters == 1 and r.value == 0.0


def test_out_of_range_raises():
    with pytest.raises(ValueError):
        nps([11])
    with pytest.raises(ValueError):
        nps([-1])
    with pytest.raises(ValueError):
        nps([8.5])
    with pytest.raises(ValueError):
        nps([5], scale=(0, 5))


def test_nan_and_none_are_ignored():
    r = nps([10, None, float("nan"), pd.NA, 0])
    assert r.n == 2 and r.value == 0.0
    assert nps(pd.Series([None, None])).value is None


def test_from_counts_equals_nps():
    counts = pd.Series(MIXED).value_counts().to_dict()
    assert nps_from_counts(counts) == nps(MIXED)
    assert nps_from_counts({10: 3, 0: 1, 7: 0}) == nps([10, 10, 10, 0])


def test_from_counts_validates():
    with pytest.raises(ValueError):
        nps_from_counts({11: 1})
    with pytest.raises(ValueError):
        nps_from_counts({9: -1})


def test_difference_significant():
    # a: 30 P, 40 passives, 30 D -> 0; b: 60 P, 30 passives, 10 D -> 50
    # var_a = 0.6 - 0**2 = 0.6; var_b = 0.7 - 0.5**2 = 0.45
    # se = sqrt(0.6/100 + 0.45/100) * 100 = 10.247; z = 50 / 10.247 = 4.88
    a = nps_from_counts({10: 30, 8: 40, 0: 30})
    b = nps_from_counts({10: 60, 8: 30, 0: 10})
    diff = nps_difference(a, b)
    assert diff.difference == pytest.approx(50.0)
    assert diff.z == pytest.approx(50 / (math.sqrt(0.0105) * 100))
    assert diff.z == pytest.approx(4.88, abs=0.01)
    assert diff.significant is True
    assert nps_difference(b, a).difference == pytest.approx(-50.0)


def test_difference_not_significant():
    # a: 4 P, 3 passives, 3 D -> 10; b: 5 P, 3 passives, 2 D -> 30
    # se = sqrt(0.69/10 + 0.61/10) * 100 = 36.06; z = 20 / 36.06 = 0.55
    a = nps_from_counts({9: 4, 7: 3, 2: 3})
    b = nps_from_counts({9: 5, 7: 3, 2: 2})
    diff = nps_difference(a, b)
    assert diff.difference == pytest.approx(20.0)
    assert diff.z == pytest.approx(0.555, abs=0.001)
    assert diff.significant is False


def test_difference_with_an_empty_side():
    diff = nps_difference(nps([]), nps([10]))
    assert diff.difference is None and diff.z is None and diff.significant is None
