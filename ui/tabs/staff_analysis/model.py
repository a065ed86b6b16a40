"""The Staff page's table: one row per employee, every figure beside its n."""

from __future__ import annotations

from PySide6.QtCore import QObject

from cxdesk.i18n import fill
from cxdesk.insights.staff import StaffRow
from cxdesk.metrics import LOW_N
from ui import figure_format as ff
from ui.qtmodels.rows_model import Column, RowsModel

SOCO_ITEMS = 24


class StaffModel(RowsModel):
    NAME, ROLE, LOCATION, SOCO, SOCO_N, MYSTERY, VISITS, NPS, MARGIN, ANSWERS = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Employee"), lambda r: r.name, width=0),
            Column(lambda: self.tr("Role"), lambda r: r.role),
            Column(lambda: self.tr("Location"), lambda r: r.location or self.tr("whole chain")),
            Column(lambda: "SOCO", self._soco, sort=self._soco_sort, numeric=True,
                   tooltip=lambda r: self.tr("24–216: higher is more customer-oriented; the "
                                             "latest questionnaire up to the period's end")),
            Column(lambda: self.tr("Items"), self._soco_items, numeric=True,
                   sort=lambda r: float(r.soco.n if r.soco else 0)),
            Column(lambda: self.tr("Mystery shop"), lambda r: ff.percent(r.mystery.value),
                   sort=lambda r: ff.sort_value(r.mystery.value), numeric=True,
                   tooltip=lambda r: fill(self.tr("%1 checklist items scored"),
                                          ff.count(r.mystery.n))),
            Column(lambda: self.tr("Visits"), lambda r: ff.count(r.mystery.n_visits),
                   sort=lambda r: float(r.mystery.n_visits), numeric=True),
            Column(lambda: self.tr("NPS"), lambda r: ff.number(r.nps.value),
                   sort=lambda r: ff.sort_value(r.nps.value), numeric=True,
                   tooltip=self._low_n_tip),
            Column(lambda: self.tr("± margin"), lambda r: ff.margin(r.nps.moe),
                   sort=lambda r: ff.sort_value(r.nps.moe), numeric=True),
            Column(lambda: self.tr("Answers"), lambda r: ff.count(r.nps.n),
                   sort=lambda r: float(r.nps.n), numeric=True),
        ], parent)

    def _soco(self, row: StaffRow) -> str:
        if row.soco is None:
            return ff.DASH
        return ff.count(row.soco.total) if row.soco.total is not None else ff.DASH

    def _soco_sort(self, row: StaffRow) -> float:
        return ff.sort_value(row.soco.total if row.soco is not None else None)

    def _soco_items(self, row: StaffRow) -> str:
        if row.soco is None:
            return ff.DASH
        return fill(self.tr("%1 of %2"), row.soco.n, SOCO_ITEMS)

    def _low_n_tip(self, row: StaffRow) -> str | None:
        if 0 < row.nps.n < LOW_N:
            return fill(self.tr("n < 30: only %1 answers, the NPS can move a lot by chance"),
                        row.nps.n)
        return None
