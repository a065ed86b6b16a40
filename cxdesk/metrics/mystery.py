"""Mystery-shop scores: one visit, a roll-up of visits, and compliance per service standard."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ._common import Result, pct

KINDS = ("yes_no_na", "scale_1_5", "text")
NA_WORDS = {"na", "n/a", "n.a."}
CRITICAL_SCALE_MAX = 2  # a critical 1–5 item answered 1 or 2 fails the visit
PASS_SCALE_MIN = 4  # a 1–5 answer of 4 or 5 passes a standard check


@dataclass(frozen=True)
class PartScore(Result):
    """A section's or a standard's score: Σ weight·earned / Σ weight·possible, in %."""

    name: str
    value: float | None
    n: int
    earned: float
    possible: float


@dataclass(frozen=True)
class VisitScore(Result):
    """One visit. `value` is the weighted % over answered, applicable items; `n` of them.

    The visit fails (`passed` False) when a critical yes/no item is answered "no" or a
    critical 1–5 item is answered 1 or 2; the % is reported all the same.
    """

    visit: Any
    value: float | None
    n: int
    earned: float
    possible: float
    passed: bool
    failed_critical: tuple[str, ...]
    unanswered_required: tuple[str, ...]
    sections: tuple[PartScore, ...]
    standards: tuple[PartScore, ...]


@dataclass(frozen=True)
class VisitsRollup(Result):
    """Several visits: `value` = Σ earned / Σ possible over all of them (a ratio of sums,
    not the mean of the visits' %), `n` = scored items, plus each visit's own result."""

    value: float | None
    n: int
    earned: float
    possible: float
    n_visits: int
    visits_passed: int
    sections: tuple[PartScore, ...]
    standards: tuple[PartScore, ...]
    visits: tuple[VisitScore, ...]


@dataclass(frozen=True)
class ComplianceResult(Result):
    """% of checks passed per standard and overall (all checks pooled)."""

    value: float | None
    n: int
    passed: int
    standards: tuple[PartScore, ...]


def _blank(answer: Any) -> bool:
    if answer is None or answer is pd.NA or answer is pd.NaT:
        return True
    if isinstance(answer, float) and math.isnan(answer):
        return True
    return isinstance(answer, str) and not answer.strip()


def _read(kind: str, answer: Any) -> tuple[str, float | None]:
    """(state, earned share) with state 'unanswered', 'na', 'text', 'yes', 'no' or 'scale'."""
    if _blank(answer):
        return "unanswered", None
    if kind == "text":
        return "text", None
    if isinstance(answer, str) and answer.strip().casefold() in NA_WORDS:
        return "na", None
    if kind == "yes_no_na":
        if isinstance(answer, bool | np.bool_):
            return ("yes", 1.0) if answer else ("no", 0.0)
        word = str(answer).strip().casefold()
        if word == "yes":
            return "yes", 1.0
        if word == "no":
            return "no", 0.0
        raise ValueError(f"yes/no/N-A item answered {answer!r}")
    if kind == "scale_1_5":
        try:
            x = float(answer)
        except (TypeError, ValueError):
            raise ValueError(f"1–5 item answered {answer!r}") from None
        if not x.is_integer() or not 1 <= x <= 5:
            raise ValueError(f"1–5 item answered {answer!r}")
        return "scale", (x - 1) / 4
    raise ValueError(f"unknown item kind {kind!r}; expected one of {', '.join(KINDS)}")


def _flag(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame[column].fillna(False).astype(bool)


def _prepare(items: pd.DataFrame) -> pd.DataFrame:
    """Rows with `earned`/`possible` (0 unless scored), `state`, `critical_fail`."""
    for column in ("section", "item", "weight", "kind", "answer"):
        if column not in items.columns:
            raise ValueError(f"checklist frame lacks column {column!r}")
    rows = items.copy()
    unknown = sorted(set(map(str, rows["kind"])) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown item kinds {', '.join(unknown)}; expected {', '.join(KINDS)}")
    rows["weight"] = pd.to_numeric(rows["weight"], errors="raise").astype(float)
    if rows["weight"].isna().any() or (rows["weight"] < 0).any():
        raise ValueError("item weights must be given and not negative")
    rows["critical"] = _flag(rows, "critical")
    rows["required"] = _flag(rows, "required")
    read = [_read(str(k), a) for k, a in zip(rows["kind"], rows["answer"], strict=True)]
    rows["state"] = [state for state, _ in read]
    share = pd.Series([s if s is not None else 0.0 for _, s in read], index=rows.index)
    rows["scored"] = rows["state"].isin(["yes", "no", "scale"])
    rows["possible"] = rows["weight"].where(rows["scored"], 0.0)
    rows["earned"] = rows["weight"] * share
    low_scale = rows["state"].eq("scale") & (share * 4 + 1 <= CRITICAL_SCALE_MAX)
    rows["critical_fail"] = rows["critical"] & (rows["state"].eq("no") | low_scale)
    return rows


def _parts(rows: pd.DataFrame, column: str) -> tuple[PartScore, ...]:
    if column not in rows.columns:
        return ()
    # one aggregation, not a sub-frame per part: a year of visits rolls up in milliseconds
    sums = rows.dropna(subset=[column]).groupby(column, sort=False)[
        ["earned", "possible", "scored"]
    ].sum()
    return tuple(
        PartScore(str(name), pct(float(earned), float(possible)), int(n), float(earned),
                  float(possible))
        for name, earned, possible, n in sums.itertuples(name=None)
    )


def _visit(rows: pd.DataFrame, visit: Any) -> VisitScore:
    earned, possible = float(rows["earned"].sum()), float(rows["possible"].sum())
    failed = tuple(str(i) for i in rows.loc[rows["critical_fail"], "item"])
    unanswered = rows["required"] & rows["state"].eq("unanswered")
    return VisitScore(
        visit=visit,
        value=pct(earned, possible),
        n=int(rows["scored"].sum()),
        earned=earned,
        possible=possible,
        passed=not failed,
        failed_critical=failed,
        unanswered_required=tuple(str(i) for i in rows.loc[unanswered, "item"]),
        sections=_parts(rows, "section"),
        standards=_parts(rows, "standard"),
    )


def visit_score(items: pd.DataFrame) -> VisitScore:
    """Score one filled checklist: columns `section`, `item`, `weight`, `kind`, `answer`,
    `critical`, `required`, optional `visit` and `standard`.

    yes earns 1 of 1, no 0 of 1, a 1–5 answer x earns (x − 1)/4 of 1; 'na' and unanswered
    items leave the denominator; text items never score. Per-standard scores need `standard`.
    """
    visits = items["visit"].dropna().unique() if "visit" in items.columns else []
    if len(visits) > 1:
        raise ValueError("several visits in one frame: use visits_rollup")
    return _visit(_prepare(items), visits[0] if len(visits) else None)


def visits_rollup(items: pd.DataFrame) -> VisitsRollup:
    """Roll up several visits (column `visit`): Σ earned / Σ possible over all visits, so a
    visit with more applicable items weighs more than one with few; per-visit results too."""
    if "visit" not in items.columns:
        raise ValueError("visits_rollup needs a 'visit' column")
    rows = _prepare(items)
    visits = _each_visit(rows)
    earned, possible = float(rows["earned"].sum()), float(rows["possible"].sum())
    return VisitsRollup(
        value=pct(earned, possible),
        n=int(rows["scored"].sum()),
        earned=earned,
        possible=possible,
        n_visits=len(visits),
        visits_passed=sum(v.passed for v in visits),
        sections=_parts(rows, "section"),
        standards=_parts(rows, "standard"),
        visits=visits,
    )


def _by_visit(rows: pd.DataFrame, column: str) -> dict[Any, tuple[PartScore, ...]]:
    """Per visit, the parts (sections or standards) in one aggregation over all visits."""
    if column not in rows.columns:
        return {}
    sums = rows.dropna(subset=[column]).groupby(["visit", column], sort=False)[
        ["earned", "possible", "scored"]
    ].sum()
    out: dict[Any, list[PartScore]] = {}
    for (visit, name), earned, possible, n in sums.itertuples(name=None):
        out.setdefault(visit, []).append(
            PartScore(str(name), pct(float(earned), float(possible)), int(n), float(earned),
                      float(possible)))
    return {visit: tuple(parts) for visit, parts in out.items()}


def _each_visit(rows: pd.DataFrame) -> tuple[VisitScore, ...]:
    """Every visit's score, the same as `visit_score` on its rows, computed in a few
    vectorised passes (a sub-frame per visit costs milliseconds each)."""
    totals = rows.groupby("visit", sort=False)[["earned", "possible", "scored"]].sum()
    failed = rows[rows["critical_fail"]].groupby("visit", sort=False)["item"].agg(tuple)
    missing = rows["required"] & rows["state"].eq("unanswered")
    unanswered = rows[missing].groupby("visit", sort=False)["item"].agg(tuple)
    sections, standards = _by_visit(rows, "section"), _by_visit(rows, "standard")
    visits = []
    for visit, earned, possible, n in totals.itertuples(name=None):
        failed_items = tuple(str(i) for i in failed.get(visit, ()))
        visits.append(VisitScore(
            visit=visit, value=pct(float(earned), float(possible)), n=int(n),
            earned=float(earned), possible=float(possible), passed=not failed_items,
            failed_critical=failed_items,
            unanswered_required=tuple(str(i) for i in unanswered.get(visit, ())),
            sections=sections.get(visit, ()), standards=standards.get(visit, ()),
        ))
    return tuple(visits)


def check_passed(answer: Any) -> bool | None:
    """The pass rule of a standard check: yes passes, no fails, a 1–5 answer passes at ≥ 4;
    N/A, blank and text give None (not a check)."""
    if _blank(answer):
        return None
    if isinstance(answer, bool | np.bool_):
        return bool(answer)
    if isinstance(answer, str):
        word = answer.strip().casefold()
        if word in ("yes", "no"):
            return word == "yes"
        if word in NA_WORDS:
            return None
    state, share = _read("scale_1_5", answer)
    return share is not None and share * 4 + 1 >= PASS_SCALE_MIN


def standard_compliance(checks: pd.DataFrame) -> ComplianceResult:
    """% of checks passed per standard and overall: columns `standard` and `passed` (bool), or
    `answer` judged by `check_passed`. Rows with no verdict (N/A, blank) are left out."""
    if "standard" not in checks.columns:
        raise ValueError("compliance frame lacks column 'standard'")
    if "passed" in checks.columns:
        verdict = checks["passed"].map(lambda v: None if _blank(v) else bool(v))
    elif "answer" in checks.columns:
        verdict = checks["answer"].map(check_passed)
    else:
        raise ValueError("compliance frame needs a 'passed' or an 'answer' column")
    data = pd.DataFrame({"standard": checks["standard"], "ok": verdict}).dropna()
    data["ok"] = data["ok"].astype(bool)
    parts = []
    for name, group in data.groupby("standard", sort=False):
        k, n = int(group["ok"].sum()), len(group)
        parts.append(PartScore(str(name), pct(k, n), n, float(k), float(n)))
    passed = int(data["ok"].sum())
    return ComplianceResult(pct(passed, len(data)), len(data), passed, tuple(parts))
