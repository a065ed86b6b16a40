"""Pieces of the Summary's data built from frames: themes, SLA months, compliance by stage."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from cxdesk import metrics
from cxdesk.db.queries.standards import HandbookData
from cxdesk.metrics import LOW_N
from cxdesk.reports.summary_model import I18n, StageCompliance, StandardScore

WEAKEST = 5  # standards listed as "kept least often"


def improvement_themes_weighted(counts: pd.DataFrame) -> metrics.ThemesResult:
    """`improvement_themes` over (text, count) rows: each distinct answer is read once and
    counts as many times as it was given, so a million answers cost a few thousand reads."""
    totals: dict[tuple[str, bool], int] = {}
    examples: dict[tuple[str, bool], list[str]] = {}
    answers = items = 0
    for text, count in counts.itertuples(index=False):
        result = metrics.improvement_themes([text])
        if not result.n:
            continue
        answers += int(count) * result.n
        items += int(count) * result.items
        for theme in result.themes:
            key = (theme.theme, theme.builtin)
            totals[key] = totals.get(key, 0) + int(count)
            shown = examples.setdefault(key, [])
            seen = {e.casefold() for e in shown}
            shown.extend(e for e in theme.examples if e.casefold() not in seen)
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0][0]))
    themes = tuple(metrics.Theme(theme, n, builtin, tuple(examples[theme, builtin][:3]))
                   for (theme, builtin), n in ordered)
    return metrics.ThemesResult(themes, answers, items)


def sla_months(requests: pd.DataFrame, targets: dict[str, float],
               hist: pd.DataFrame) -> tuple[metrics.SlaMonth, ...]:
    """On time per month (requests by month registered) beside "satisfied with the speed"
    per month, counted from the score histogram (g0 = month) instead of every answer."""
    on_time = {m.period: m for m in metrics.sla_by_month(requests, targets, None).months}
    speed: dict[str, metrics.CsatResult] = {}
    rows = hist.dropna(subset=["speed"])
    for month, part in rows.groupby("g0"):
        counts = {int(k): int(v) for k, v in part.groupby("speed")["count"].sum().items()}
        speed[str(month)] = metrics.csat_from_counts(counts, (1, 5))
    months = []
    for period in sorted(set(on_time) | set(speed)):
        base = on_time.get(period) or metrics.SlaMonth(period, None, 0, None, 0, None)
        satisfied = speed.get(period)
        if satisfied is None:
            months.append(base)
            continue
        gap = (None if base.on_time_pct is None or satisfied.value is None
               else base.on_time_pct - satisfied.value)
        months.append(replace(base, satisfied_pct=satisfied.value, satisfied_n=satisfied.n,
                              gap=gap))
    return tuple(months)


def _stage_of(handbook: HandbookData) -> tuple[dict[str, int], dict[str, I18n]]:
    stage_of, texts = {}, {}
    for index, stage in enumerate(handbook.stages):
        for standard in stage.standards:
            stage_of[standard.code] = index
            texts[standard.code] = standard.text
    return stage_of, texts


def stage_compliance(compliance: metrics.ComplianceResult,
                     handbook: HandbookData) -> tuple[StageCompliance, ...]:
    """Checks pooled per journey stage, in journey order; standards no stage holds any more
    come last under "other"."""
    stage_of, texts = _stage_of(handbook)
    pooled: dict[int, list[StandardScore]] = {}
    for part in compliance.standards:
        index = stage_of.get(part.name, len(handbook.stages))
        pooled.setdefault(index, []).append(
            StandardScore(texts.get(part.name, {"en": part.name}), part))
    out = []
    for index in sorted(pooled):
        parts = pooled[index]
        n = sum(p.score.n for p in parts)
        passed = int(sum(p.score.earned for p in parts))
        name = handbook.stages[index].name if index < len(handbook.stages) else {}
        out.append(StageCompliance(name, None if n == 0 else 100.0 * passed / n, n, passed,
                                   tuple(parts)))
    return tuple(out)


def weakest_standards(compliance: metrics.ComplianceResult,
                      handbook: HandbookData) -> tuple[StandardScore, ...]:
    """The standards kept least often (checked at least a few times), worst first."""
    _, texts = _stage_of(handbook)
    enough = [p for p in compliance.standards if p.value is not None and p.n >= min(LOW_N, 5)]
    worst = sorted(enough, key=lambda p: (p.value, -p.n))[:WEAKEST]
    return tuple(StandardScore(texts.get(p.name, {"en": p.name}), p) for p in worst)
