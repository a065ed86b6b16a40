"""Hypothesis properties: bounds, order invariance, monotonicity, empty inputs."""

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesk.metrics import (
    abc,
    ces,
    csat,
    nps,
    nps_from_counts,
    standard_compliance,
    visit_score,
)

FAST = settings(max_examples=60, deadline=None)
nps_scores = st.lists(st.integers(0, 10), max_size=60)


def within(value, low=0.0, high=100.0):
    return value is None or low - 1e-9 <= value <= high + 1e-9


@FAST
@given(nps_scores)
def test_nps_bounds_and_interval(scores):
    r = nps(scores)
    assert within(r.value, -100, 100)
    if r.n == 0:
        assert r.value is None and r.low is None
    else:
        assert -100 <= r.low <= r.high <= 100
        assert r.moe >= 0


@FAST
@given(nps_scores, st.randoms(use_true_random=False))
def test_nps_order_invariant(scores, rnd):
    shuffled = list(scores)
    rnd.shuffle(shuffled)
    assert nps(shuffled) == nps(scores)


@FAST
@given(nps_scores, st.integers(9, 10), st.integers(0, 6))
def test_nps_monotone(scores, promoter, detractor):
    base = nps(scores).value
    with_promoter = nps([*scores, promoter]).value
    with_detractor = nps([*scores, detractor]).value
    if base is not None:
        assert with_promoter >= base
        assert with_detractor <= base


@FAST
@given(st.dictionaries(st.integers(0, 10), st.integers(0, 50)))
def test_nps_counts_path_matches_raw(counts):
    raw = [s for s, c in counts.items() for _ in range(c)]
    assert nps_from_counts(counts) == nps(raw)


@FAST
@given(st.lists(st.integers(1, 5), max_size=60))
def test_csat_percentages_in_bounds(scores):
    r = csat(scores)
    assert within(r.value) and within(r.low) and within(r.high)
    assert (r.value is None) == (r.n == 0)
    if r.n:
        assert r.low <= r.value <= r.high


@FAST
@given(st.lists(st.integers(1, 7), max_size=60))
def test_ces_pct_easy_in_bounds(scores):
    r = ces(scores)
    assert within(r.pct_easy)
    assert (r.value is None) == (r.n == 0)


item_rows = st.lists(
    st.tuples(
        st.sampled_from(["Зал", "Касса"]),
        st.floats(0, 5, allow_nan=False),
        st.sampled_from(["yes_no_na", "scale_1_5"]),
        st.booleans(),
        st.integers(0, 6),  # 0 -> unanswered, 6 -> 'na', else the answer
    ),
    max_size=15,
)


def _answer(kind, code):
    if code == 0:
        return None
    if code == 6:
        return "na"
    return code if kind == "scale_1_5" else ("yes" if code >= 3 else "no")


@FAST
@given(item_rows)
def test_visit_score_in_bounds(rows):
    frame = pd.DataFrame(
        [
            (section, f"i{i}", weight, kind, _answer(kind, code), critical, False)
            for i, (section, weight, kind, critical, code) in enumerate(rows)
        ],
        columns=["section", "item", "weight", "kind", "answer", "critical", "required"],
    )
    r = visit_score(frame)
    assert within(r.value)
    assert all(within(s.value) for s in r.sections)
    if r.n == 0:
        assert r.value is None


@FAST
@given(st.lists(st.tuples(st.sampled_from("ABC"), st.booleans()), max_size=30))
def test_compliance_in_bounds(checks):
    frame = pd.DataFrame(checks, columns=["standard", "passed"])
    r = standard_compliance(frame)
    assert within(r.value) and all(within(s.value) for s in r.standards)
    assert (r.value is None) == (r.n == 0)


@FAST
@given(st.dictionaries(st.text(min_size=1, max_size=3), st.floats(0, 1e6), max_size=20))
def test_abc_shares_in_bounds(values):
    r = abc(values)
    for row in r.rows:
        assert within(row.share) and within(row.cumulative)
    assert all(within(c.share) for c in r.classes)
    cumulative = [row.cumulative for row in r.rows if row.cumulative is not None]
    assert cumulative == sorted(cumulative)
