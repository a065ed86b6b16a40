"""Two-period comparisons: worked examples of the two-proportion z test and of means."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesk.metrics import csat
from cxdesk.metrics.compare import mean_difference, proportion_difference


def test_two_proportions_worked_example():
    # a: 60 of 100 satisfied, b: 75 of 100 -> +15 points
    # pooled p = 135/200 = 0.675; se = sqrt(0.675 * 0.325 * (1/100 + 1/100)) = 0.066238
    # z = 0.15 / 0.066238 = 2.2646 > 1.96 -> significant
    # unpooled se = sqrt(0.6*0.4/100 + 0.75*0.25/100) = 0.065383 -> margin 12.815 points
    d = proportion_difference(60, 100, 75, 100)
    assert d.difference == pytest.approx(15.0)
    assert d.z == pytest.approx(2.2646, abs=1e-4)
    assert d.moe == pytest.approx(12.815, abs=1e-3)
    assert d.significant is True
    assert (d.n, d.n_a, d.n_b) == (100, 100, 100) and not d.low_n


def test_a_small_change_on_small_samples_is_not_significant():
    d = proportion_difference(14, 20, 16, 20)  # 70% -> 80%
    assert d.difference == pytest.approx(10.0)
    assert d.significant is False and d.low_n


def test_an_empty_side_gives_no_test():
    d = proportion_difference(0, 0, 5, 10)
    assert d.difference is None and d.z is None and d.significant is None
    assert d.n == 0


def test_no_variance_on_either_side_is_not_significant():
    d = proportion_difference(10, 10, 20, 20)
    assert d.difference == 0.0 and d.z is None and d.significant is False


@pytest.mark.parametrize("k, n", [(-1, 10), (11, 10), (1, -1)])
def test_impossible_counts_are_refused(k, n):
    with pytest.raises(ValueError):
        proportion_difference(k, n, 1, 2)


def test_it_matches_csat_results():
    before, after = csat([5, 4, 2, 1, 5, 3]), csat([5, 5, 4, 4, 3, 5])
    d = proportion_difference(before.satisfied, before.n, after.satisfied, after.n)
    assert d.difference == pytest.approx(after.value - before.value)


def test_mean_difference_worked_example():
    # margins 0.2 and 0.3 -> se = sqrt((0.2/1.96)^2 + (0.3/1.96)^2) = 0.183961
    # change 0.5 -> z = 2.718, significant; margin 1.96 * se = 0.36056
    d = mean_difference(4.5, 0.2, 200, 5.0, 0.3, 150)
    assert d.difference == pytest.approx(0.5)
    assert d.z == pytest.approx(0.5 / math.sqrt((0.2 / 1.96) ** 2 + (0.3 / 1.96) ** 2))
    assert d.moe == pytest.approx(0.36056, abs=1e-5)
    assert d.significant is True and d.n == 150


def test_a_mean_without_a_margin_is_not_tested():
    d = mean_difference(4.0, None, 1, 5.0, 0.3, 40)
    assert d.difference == 1.0 and d.significant is None
    assert mean_difference(None, None, 0, 5.0, 0.3, 40).difference is None


@given(st.integers(1, 500), st.integers(1, 500), st.data())
def test_swapping_the_periods_flips_the_sign_only(n_a, n_b, data):
    k_a = data.draw(st.integers(0, n_a))
    k_b = data.draw(st.integers(0, n_b))
    forward = proportion_difference(k_a, n_a, k_b, n_b)
    backward = proportion_difference(k_b, n_b, k_a, n_a)
    assert forward.difference == pytest.approx(-backward.difference)
    assert forward.significant == backward.significant
    assert -100 <= forward.difference <= 100
