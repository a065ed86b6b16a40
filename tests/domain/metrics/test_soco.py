"""SOCO reverse scoring and the company average."""

import pandas as pd
import pytest

from cxdesk.metrics import soco


def answers(person, scores):
    """Items 1–12 customer-oriented, 13–24 selling-oriented (reverse-scored)."""
    return [
        {"person": person, "item": item, "score": score, "reverse": item > 12}
        for item, score in scores.items()
    ]


def test_nine_everywhere_is_120():
    # 12 · 9 (customer-oriented) + 12 · (10 − 9) (selling-oriented) = 108 + 12 = 120
    r = soco(pd.DataFrame(answers("Оля", dict.fromkeys(range(1, 25), 9))))
    person = r.people[0]
    assert person.total == 120 and person.complete and person.n == 24
    assert (person.customer_oriented, person.selling_oriented) == (108, 12)


def test_average_over_complete_people_only():
    best = {i: (8 if i <= 12 else 2) for i in range(1, 25)}  # 12·8 + 12·(10−2) = 192
    partial = {i: 5 for i in range(1, 24)}  # 23 items: incomplete, no total
    rows = answers("a", dict.fromkeys(range(1, 25), 9)) + answers("b", best) + answers("c", partial)
    r = soco(pd.DataFrame(rows))
    assert r.value == pytest.approx((120 + 192) / 2)
    assert r.n == 2 and r.incomplete == 1
    c = [p for p in r.people if p.person == "c"][0]
    assert c.total is None and not c.complete and c.n == 23


def test_bounds_24_and_216():
    lowest = {i: (1 if i <= 12 else 9) for i in range(1, 25)}
    highest = {i: (9 if i <= 12 else 1) for i in range(1, 25)}
    r = soco(pd.DataFrame(answers("low", lowest) + answers("high", highest)))
    assert [p.total for p in r.people] == [24, 216]


def test_out_of_range_raises():
    with pytest.raises(ValueError):
        soco(pd.DataFrame(answers("x", {1: 10})))
    with pytest.raises(ValueError):
        soco(pd.DataFrame(answers("x", {1: 0})))
    with pytest.raises(ValueError):
        soco(pd.DataFrame(answers("x", {25: 5})))


def test_empty():
    r = soco(pd.DataFrame(columns=["person", "item", "score", "reverse"]))
    assert r.value is None and r.n == 0
