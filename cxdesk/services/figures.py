"""The figures for one filter: every metric the CLI, the tabs and the reports show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk import metrics
from cxdesk.db.database import Database
from cxdesk.db.models import Channel, Location, Staff, Survey
from cxdesk.db.queries import answers, logs, mystery, scores
from cxdesk.db.queries.filters import Filters
from cxdesk.metrics._common import plain

KEYS = ("nps", "csat", "ces", "mystery", "standards", "sla", "soco", "complaints")


@dataclass(frozen=True)
class Figures:
    """Every headline figure for one filter; `by` holds the breakdown when one was asked."""

    filters: Filters
    nps: metrics.NpsResult
    csat: metrics.CsatResult
    ces: metrics.CesResult
    mystery: metrics.VisitsRollup
    standards: metrics.ComplianceResult
    sla: metrics.SlaResult
    soco: metrics.SocoResult
    complaints: metrics.ComplaintsResult
    by: tuple[GroupFigures, ...] = field(default=())
    by_kind: str | tuple[str, ...] | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: getattr(self, key).as_dict() for key in KEYS}
        # every key leads with its headline `value`: SLA = % on time, complaints = % answered
        out["sla"] = {"value": plain(self.sla.on_time.value), **out["sla"]}
        out["complaints"] = {"value": plain(self.complaints.answered.value), **out["complaints"]}
        out["filters"] = plain(self.filters)
        if self.by_kind:
            out["by"] = {"kind": self.by_kind, "groups": [g.as_dict() for g in self.by]}
        return out


@dataclass(frozen=True)
class GroupFigures:
    """The survey figures of one group of a breakdown (a location, a month, a channel …)."""

    key: Any
    label: str
    nps: metrics.NpsResult
    csat: metrics.CsatResult
    ces: metrics.CesResult

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": plain(self.key),
            "label": self.label,
            "nps": self.nps.as_dict(),
            "csat": self.csat.as_dict(),
            "ces": self.ces.as_dict(),
        }


def _counts(frame: pd.DataFrame, column: str) -> dict[int, int]:
    part = frame.dropna(subset=[column])
    if part.empty:
        return {}
    summed = part.groupby(column)["count"].sum()
    return {int(score): int(count) for score, count in summed.items()}


def _survey_scores(hist: pd.DataFrame, ces_scales: dict[int, tuple[int, int]]):
    nps = metrics.nps_from_counts(_counts(hist, "nps"), (0, 10))
    csat = metrics.csat_from_counts(_counts(hist, "csat"), (1, 5))
    return nps, csat, _ces(hist.dropna(subset=["ces"]), ces_scales)


def _ces(ces_rows: pd.DataFrame, ces_scales: dict[int, tuple[int, int]]) -> metrics.CesResult:
    """CES scales never mix: the headline uses the scale most answers were given on."""
    if ces_rows.empty:
        return metrics.ces_from_counts({}, (1, 7))
    scale = ces_rows["survey_id"].map(lambda s: ces_scales.get(int(s), (1, 7)))
    main_scale = ces_rows.groupby(scale)["count"].sum().idxmax()
    return metrics.ces_from_counts(_counts(ces_rows[scale == main_scale], "ces"), main_scale)


def _labeller(session: Session, by: str) -> Callable[[Any], str]:
    if by == "location":
        names = dict(session.execute(select(Location.id, Location.name)).all())
    elif by == "staff":
        names = dict(session.execute(select(Staff.id, Staff.name)).all())
    elif by == "survey":
        names = {
            sid: f"{family} v{version}"
            for sid, family, version in session.execute(
                select(Survey.id, Survey.family, Survey.version)
            ).all()
        }
    else:
        names = {}
    if by == "channel":
        return lambda key: str(Channel(key)) if key is not None else "—"
    return lambda key: str(names.get(key, key)) if key is not None else "—"


def _clean_key(key: Any) -> Any:
    if key is None or (isinstance(key, float) and pd.isna(key)):
        return None
    return int(key) if isinstance(key, float | np.integer) else key


def _group_counts(hist: pd.DataFrame, columns: list[str], score: str) -> dict:
    """{group key: {score: count}} for one score, in one pandas pass over the histogram."""
    part = hist.dropna(subset=[score])
    if part.empty:
        return {}
    summed = part.groupby([*columns, score], dropna=False, sort=False)["count"].sum()
    out: dict = {}
    for key, count in summed.items():
        *group, value = key
        out.setdefault(tuple(group), {})[int(value)] = int(count)
    return out


def _breakdown(session, filters, by, ces_scales) -> tuple[GroupFigures, ...]:
    names = scores.group_names(by)
    hist = scores.score_histogram(session, filters, names)
    labels = [_labeller(session, name) for name in names]
    columns = [f"g{i}" for i in range(len(names))]
    if hist.empty:
        return ()
    # one groupby per score over the whole frame; a per-group loop costs ~1 ms a group
    nps_counts = _group_counts(hist, columns, "nps")
    csat_counts = _group_counts(hist, columns, "csat")
    ces_rows = hist.dropna(subset=["ces"])
    keys = hist[columns].drop_duplicates().sort_values(columns, na_position="last")
    groups = []
    for raw in keys.itertuples(index=False, name=None):
        group_key = tuple(raw)
        clean = tuple(_clean_key(k) for k in raw)
        label = " / ".join(lab(k) for lab, k in zip(labels, clean, strict=True))
        nps = metrics.nps_from_counts(nps_counts.get(group_key, {}), (0, 10))
        csat = metrics.csat_from_counts(csat_counts.get(group_key, {}), (1, 5))
        ces = _ces(_select_group(ces_rows, columns, group_key), ces_scales)
        groups.append(GroupFigures(clean[0] if len(clean) == 1 else clean, label, nps, csat, ces))
    return tuple(groups)


def _select_group(frame: pd.DataFrame, columns: list[str], key: tuple) -> pd.DataFrame:
    if frame.empty:
        return frame
    mask = pd.Series(True, index=frame.index)
    for column, value in zip(columns, key, strict=True):
        mask &= frame[column].isna() if pd.isna(value) else frame[column] == value
    return frame[mask]


def compute_figures(
    db: Database, filters: Filters, by: str | tuple[str, ...] | None = None
) -> Figures:
    """Every headline figure for the filter, read in one session (one consistent snapshot)."""
    with db.session() as session:
        ces_scales = scores.ces_scales(session)
        hist = scores.score_histogram(session, filters)
        nps, csat, ces = _survey_scores(hist, ces_scales)
        items = mystery.visit_items(session, filters)
        rollup = metrics.visits_rollup(items if not items.empty else _empty_items())
        compliance = metrics.standard_compliance(
            items.dropna(subset=["standard"])[["standard", "answer"]]
            if not items.empty
            else pd.DataFrame({"standard": [], "answer": []})
        )
        speed_counts = _counts(hist, "speed")
        speed = pd.Series(np.repeat(list(speed_counts), list(speed_counts.values())))
        sla = metrics.sla(
            logs.requests_frame(session, filters), logs.sla_targets(session), speed
        )
        soco = metrics.soco(answers.soco_answers(session, filters))
        complaints = metrics.complaints(logs.feedback_frame(session, filters))
        groups = _breakdown(session, filters, by, ces_scales) if by else ()
    return Figures(filters, nps, csat, ces, rollup, compliance, sla, soco, complaints,
                   groups, by)


def _empty_items() -> pd.DataFrame:
    return pd.DataFrame(
        {column: [] for column in mystery.ITEM_COLUMNS}
    )
