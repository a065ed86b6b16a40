"""The roll-up's per-visit results are exactly what visit_score gives each visit alone."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesk.metrics import visit_score, visits_rollup

ANSWERS = {"yes_no_na": st.sampled_from(["yes", "no", "na", None]),
           "scale_1_5": st.sampled_from([1, 2, 3, 4, 5, None])}


@st.composite
def checklists(draw):
    rows = []
    for visit in range(draw(st.integers(1, 4))):
        for i in range(draw(st.integers(1, 6))):
            kind = draw(st.sampled_from(sorted(ANSWERS)))
            rows.append({
                "visit": visit, "section": f"s{i % 2}", "item": f"{i}", "standard": f"st{i % 3}",
                "weight": draw(st.sampled_from([1, 2, 3])), "kind": kind,
                "answer": draw(ANSWERS[kind]), "critical": draw(st.booleans()),
                "required": draw(st.booleans()),
            })
    return pd.DataFrame(rows)


@settings(max_examples=40, deadline=None)
@given(checklists())
def test_each_visit_of_the_rollup_equals_its_own_score(frame):
    rollup = visits_rollup(frame)
    for result in rollup.visits:
        alone = visit_score(frame[frame["visit"] == result.visit])
        assert alone.value == result.value
        assert (alone.passed, alone.failed_critical) == (result.passed, result.failed_critical)
        assert alone.sections == result.sections and alone.standards == result.standards
        assert alone.unanswered_required == result.unanswered_required
