"""The tables of the Service-requests page: months, priorities, the times of each step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from cxdesk.i18n import fill
from cxdesk.insights import names
from cxdesk.insights.requests import PRIORITY_ORDER, PriorityRow
from cxdesk.metrics import LOW_N, Duration
from cxdesk.metrics._common import wilson
from ui import figure_format as ff
from ui.qtmodels.rows_model import Column, RowsModel
from ui.tabs.analysis_kit.texts import period_label


def duration(minutes: float | None) -> str:
    """A time in the interface language's numbers: "3,5 h" in Russian."""
    return names.duration(minutes, ff.number)


def _urgency(row: PriorityRow) -> int:
    """Critical first when sorted by priority, not alphabetically."""
    order = list(PRIORITY_ORDER)
    return order.index(row.priority) if row.priority in order else len(order)


class MonthsModel(RowsModel):
    MONTH, ON_TIME, REQUESTS, SATISFIED, ANSWERS, GAP = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Month"), lambda r: period_label(r.period),
                   sort=lambda r: r.period, width=0),
            Column(lambda: self.tr("On time"), lambda r: ff.percent(r.on_time_pct),
                   sort=lambda r: ff.sort_value(r.on_time_pct), numeric=True,
                   tooltip=lambda r: self.tr("n < 30: few requests, the share can move a "
                                             "lot by chance") if r.n < LOW_N else None),
            Column(lambda: self.tr("Requests judged"), lambda r: ff.count(r.n),
                   sort=lambda r: float(r.n), numeric=True),
            Column(lambda: self.tr("Satisfied with speed"),
                   lambda r: ff.percent(r.satisfied_pct),
                   sort=lambda r: ff.sort_value(r.satisfied_pct), numeric=True),
            Column(lambda: self.tr("Answers"), lambda r: ff.count(r.satisfied_n),
                   sort=lambda r: float(r.satisfied_n), numeric=True),
            Column(lambda: self.tr("Gap, points"), lambda r: ff.signed(r.gap),
                   sort=lambda r: ff.sort_value(r.gap), numeric=True,
                   tooltip=lambda r: self.tr("On time minus satisfied: a team on time by "
                                             "its SLA whose customers still find it slow")),
        ], parent)


class PrioritiesModel(RowsModel):
    PRIORITY, TARGET, REQUESTS, ON_TIME, INTERVAL, LATE, OPEN_LATE, TAKE, RESOLVE, P90 = \
        range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Priority"), lambda r: names.priority_name(r.priority),
                   sort=_urgency, width=0),
            Column(lambda: self.tr("Target"), lambda r: duration(r.target_minutes),
                   sort=lambda r: ff.sort_value(r.target_minutes), numeric=True),
            Column(lambda: self.tr("Requests"), lambda r: ff.count(r.n),
                   sort=lambda r: float(r.n), numeric=True),
            Column(lambda: self.tr("On time"), lambda r: ff.percent(r.on_time.value),
                   sort=lambda r: ff.sort_value(r.on_time.value), numeric=True),
            Column(lambda: self.tr("95% interval"), self._interval, numeric=True,
                   sort=lambda r: ff.sort_value(r.on_time.value)),
            Column(lambda: self.tr("Late"), lambda r: ff.count(r.on_time.late),
                   sort=lambda r: float(r.on_time.late), numeric=True),
            Column(lambda: self.tr("Still open, late"), lambda r: ff.count(r.on_time.open_late),
                   sort=lambda r: float(r.on_time.open_late), numeric=True),
            Column(lambda: self.tr("Taken into work (median)"),
                   lambda r: duration(r.to_take.median),
                   sort=lambda r: ff.sort_value(r.to_take.median), numeric=True),
            Column(lambda: self.tr("Resolved (median)"),
                   lambda r: duration(r.to_resolve.median),
                   sort=lambda r: ff.sort_value(r.to_resolve.median), numeric=True),
            Column(lambda: self.tr("Resolved (90%)"), lambda r: duration(r.to_resolve.p90),
                   sort=lambda r: ff.sort_value(r.to_resolve.p90), numeric=True,
                   tooltip=lambda r: self.tr("9 requests in 10 were resolved within this")),
        ], parent, muted=lambda r: r.on_time.n < LOW_N)

    def _interval(self, row: PriorityRow) -> str:
        low, high = wilson(row.on_time.on_time, row.on_time.n)
        return ff.interval(low, high, 0, ff.percent_sign())


@dataclass(frozen=True)
class StepRow:
    step: str
    duration: Duration


class StepsModel(RowsModel):
    STEP, MEDIAN, P90, N = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Step"), lambda r: names.step_name(r.step), width=0),
            Column(lambda: self.tr("Median"), lambda r: duration(r.duration.median),
                   sort=lambda r: ff.sort_value(r.duration.median), numeric=True),
            Column(lambda: self.tr("9 in 10 within"), lambda r: duration(r.duration.p90),
                   sort=lambda r: ff.sort_value(r.duration.p90), numeric=True),
            Column(lambda: self.tr("Requests"), lambda r: ff.count(r.duration.n),
                   sort=lambda r: float(r.duration.n), numeric=True,
                   tooltip=lambda r: fill(self.tr("Requests with both times of this step: %1"),
                                          r.duration.n)),
        ], parent)
