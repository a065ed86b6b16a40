"""Mystery-shop scoring: a weighted visit, the roll-up, standard compliance."""

import pandas as pd
import pytest

from cxdesk.metrics import standard_compliance, visit_score, visits_rollup

COLUMNS = ["section", "item", "weight", "kind", "answer", "critical", "required"]


def visit_frame(rows, visit=None):
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame if visit is None else frame.assign(visit=visit)


HAND_VISIT = visit_frame(
    [
        ("Зал", "Ценники на месте", 2, "yes_no_na", "yes", False, True),  # 2 of 2
        ("Зал", "Парковка", 1, "yes_no_na", "na", False, False),  # N/A: out
        ("Зал", "Выкладка", 2, "scale_1_5", 4, False, True),  # 2 · (4−1)/4 = 1.5 of 2
        ("Касса", "Поздоровались", 3, "yes_no_na", "no", True, True),  # 0 of 3, critical
        ("Касса", "Скорость", 1, "scale_1_5", None, False, True),  # unanswered: out
        ("Касса", "Комментарий", 1, "text", "всё ок", False, False),  # text: never scored
    ]
)


def test_weighted_visit_with_na_and_failed_critical():
    # earned = 2 + 1.5 + 0 = 3.5; possible = 2 + 2 + 3 = 7 -> 50%
    r = visit_score(HAND_VISIT)
    assert r.value == pytest.approx(50.0)
    assert r.n == 3
    assert (r.earned, r.possible) == (3.5, 7.0)
    assert r.passed is False
    assert r.failed_critical == ("Поздоровались",)
    assert r.unanswered_required == ("Скорость",)
    # Зал: 3.5 / 4 = 87.5%; Касса: 0 / 3 = 0%
    sections = {s.name: s.value for s in r.sections}
    assert sections == {"Зал": pytest.approx(87.5), "Касса": 0.0}


def test_critical_scale_item_fails_at_two_not_at_three():
    def one(answer):
        return visit_frame([("s", "Улыбка", 1, "scale_1_5", answer, True, False)])

    assert visit_score(one(2)).passed is False
    assert visit_score(one(3)).passed is True


def test_all_na_gives_none():
    r = visit_score(visit_frame([("s", "i", 1, "yes_no_na", "na", False, False)]))
    assert r.value is None and r.n == 0 and r.passed


def test_bad_answers_raise():
    with pytest.raises(ValueError):
        visit_score(visit_frame([("s", "i", 1, "yes_no_na", "maybe", False, False)]))
    with pytest.raises(ValueError):
        visit_score(visit_frame([("s", "i", 1, "scale_1_5", 6, False, False)]))
    with pytest.raises(ValueError):
        visit_score(visit_frame([("s", "i", 1, "stars", 3, False, False)]))


def test_per_standard_scores():
    frame = HAND_VISIT.assign(standard=["S1", None, "S1", "S2", "S2", None])
    # S1: (2 + 1.5) / 4 = 87.5%; S2: 0 / 3 (the unanswered one leaves) = 0%
    r = visit_score(frame)
    assert {s.name: s.value for s in r.standards} == {"S1": 87.5, "S2": 0.0}


def test_rollup_is_ratio_of_sums_not_mean_of_percentages():
    v1 = visit_frame([("s", "a", 1, "yes_no_na", "yes", False, False)], visit=1)  # 1/1 = 100%
    v2 = visit_frame(
        [
            ("s", x, 1, "yes_no_na", ans, False, False)
            for x, ans in zip("abcd", ["yes", "no", "no", "no"], strict=True)
        ],
        visit=2,
    )  # 1/4 = 25%
    # ratio of sums = (1 + 1) / (1 + 4) = 40%; the mean of the two % would be 62.5%
    r = visits_rollup(pd.concat([v1, v2], ignore_index=True))
    assert r.value == pytest.approx(40.0)
    assert [v.value for v in r.visits] == [100.0, 25.0]
    assert r.n == 5 and r.n_visits == 2 and r.visits_passed == 2


def test_visit_score_refuses_several_visits():
    two = pd.concat([HAND_VISIT.assign(visit=1), HAND_VISIT.assign(visit=2)])
    with pytest.raises(ValueError):
        visit_score(two)


def test_standard_compliance_from_passed():
    # S1: 2 of 3 = 66.67%; S2: 1 of 1 = 100%; overall 3 of 4 = 75%
    checks = pd.DataFrame(
        {"standard": ["S1", "S1", "S1", "S2"], "passed": [True, True, False, True]}
    )
    r = standard_compliance(checks)
    assert r.value == pytest.approx(75.0) and r.n == 4
    by = {s.name: (s.value, s.n) for s in r.standards}
    assert by["S1"] == (pytest.approx(200 / 3), 3)
    assert by["S2"] == (100.0, 1)


def test_standard_compliance_from_answers():
    # yes pass, no fail, 5 pass, 4 pass, 3 fail, na left out -> 3 of 5 = 60%
    checks = pd.DataFrame({"standard": ["S"] * 6, "answer": ["yes", "no", 5, 4, 3, "na"]})
    r = standard_compliance(checks)
    assert r.value == pytest.approx(60.0) and r.n == 5


def test_standard_compliance_empty():
    r = standard_compliance(pd.DataFrame({"standard": [], "passed": []}))
    assert r.value is None and r.n == 0 and r.standards == ()


def test_missing_flags_count_as_false():
    frame = visit_frame([("s", "i", 1, "yes_no_na", "no", None, None)])
    r = visit_score(frame)
    assert r.passed and r.value == 0.0 and r.unanswered_required == ()
