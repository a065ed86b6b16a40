"""The headline figures of the analysis pages, each against the comparison period.

One `Headline` per card: the figure and its evidence exactly as `Figures.as_dict()` (and so
`cxdesk metrics --json`) gives them, plus the change and whether it is significant.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk import metrics
from cxdesk.metrics import LOW_N
from cxdesk.metrics._common import wilson
from cxdesk.metrics.compare import Difference, mean_difference, proportion_difference
from cxdesk.services.figures import Figures

HEADLINES = ("nps", "csat", "ces", "mystery", "standards", "sla", "complaints")
# SOCO rests on a few people filling a questionnaire once or twice a year: shown, never tested
ALL_KEYS = (*HEADLINES, "soco")


@dataclass(frozen=True)
class Headline:
    """One card. `moe` is a ± margin (NPS, CES); `low`/`high` a 95% interval (the shares).
    `change` = value − previous; `significant` is None where no test applies (`tested`
    False: the mystery-shop % is a weighted ratio) or there is nothing to compare with."""

    key: str
    value: float | None
    n: int
    moe: float | None = None
    low: float | None = None
    high: float | None = None
    previous: float | None = None
    previous_n: int = 0
    change: float | None = None
    significant: bool | None = None
    tested: bool = True
    visits: int | None = None  # the mystery-shop card: visits behind its checked items

    @property
    def low_n(self) -> bool:
        return self.n < LOW_N


def _count(value: float | None, n: int) -> int:
    """The count behind a % of n (the % was computed from it, so rounding is exact)."""
    return 0 if value is None else round(value * n / 100)


def _interval(k: int, n: int) -> dict[str, float | None]:
    low, high = wilson(k, n)
    return {"low": low, "high": high}


def _now(figures: Figures) -> dict[str, dict]:
    """Each headline's own fields: value, n and the margin or interval where one exists."""
    on_time, answered = figures.sla.on_time, figures.complaints.answered
    return {
        "nps": {"value": figures.nps.value, "n": figures.nps.n, "moe": figures.nps.moe},
        "csat": {"value": figures.csat.value, "n": figures.csat.n, "low": figures.csat.low,
                 "high": figures.csat.high},
        "ces": {"value": figures.ces.value, "n": figures.ces.n, "moe": figures.ces.moe},
        "mystery": {"value": figures.mystery.value, "n": figures.mystery.n,
                    "visits": figures.mystery.n_visits, "tested": False},
        "standards": {"value": figures.standards.value, "n": figures.standards.n,
                      **_interval(figures.standards.passed, figures.standards.n)},
        "sla": {"value": on_time.value, "n": on_time.n, **_interval(on_time.on_time, on_time.n)},
        "complaints": {"value": answered.value, "n": answered.n,
                       **_interval(_count(answered.value, answered.n), answered.n)},
        "soco": {"value": figures.soco.value, "n": figures.soco.n, "tested": False},
    }


def _tests(now: Figures, before: Figures) -> dict[str, Difference | metrics.NpsDifference]:
    """NPS: its own two-sample test; the shares: two proportions; CES: two means."""
    sla_a, sla_b = before.sla.on_time, now.sla.on_time
    ans_a, ans_b = before.complaints.answered, now.complaints.answered
    return {
        "nps": metrics.nps_difference(before.nps, now.nps),
        "csat": proportion_difference(before.csat.satisfied, before.csat.n,
                                      now.csat.satisfied, now.csat.n),
        "ces": mean_difference(before.ces.value, before.ces.moe, before.ces.n,
                               now.ces.value, now.ces.moe, now.ces.n),
        "standards": proportion_difference(before.standards.passed, before.standards.n,
                                           now.standards.passed, now.standards.n),
        "sla": proportion_difference(sla_a.on_time, sla_a.n, sla_b.on_time, sla_b.n),
        "complaints": proportion_difference(_count(ans_a.value, ans_a.n), ans_a.n,
                                            _count(ans_b.value, ans_b.n), ans_b.n),
    }


def headlines(now: Figures, before: Figures | None = None,
              keys: tuple[str, ...] = HEADLINES) -> tuple[Headline, ...]:
    """The cards of `now` (the analysis pages and the PDF summary show the same), compared
    with `before` when there is a comparison period."""
    mine = _now(now)
    if before is None:
        return tuple(Headline(key, **mine[key]) for key in keys)
    theirs = _now(before)
    tests = _tests(now, before)
    cards = []
    for key in keys:
        fields = mine[key]
        previous, previous_n = theirs[key]["value"], theirs[key]["n"]
        test = tests.get(key)
        if test is None:
            change = None if fields["value"] is None or previous is None \
                else fields["value"] - previous
            significant = None
        else:
            change, significant = test.difference, test.significant
        cards.append(Headline(key, previous=previous, previous_n=previous_n, change=change,
                              significant=significant, **fields))
    return tuple(cards)
