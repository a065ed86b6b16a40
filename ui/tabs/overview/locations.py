"""The Overview's locations table: NPS, CSAT and the mystery-shop score per location."""

from __future__ import annotations

from PySide6.QtCore import QObject

from cxdesk.i18n import fill
from cxdesk.metrics import LOW_N
from cxdesk.services.analysis import LocationFigures
from ui import figure_format as ff
from ui.qtmodels.rows_model import Column, RowsModel


class LocationsFiguresModel(RowsModel):
    NAME, NPS, MARGIN, ANSWERS, CSAT, CSAT_N, MYSTERY, VISITS = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Location"), lambda r: r.name, link=True, width=0,
                   tooltip=lambda r: self.tr("Click to show only this location on every "
                                             "analysis page")),
            Column(lambda: self.tr("NPS"), lambda r: ff.number(r.nps.value),
                   sort=lambda r: ff.sort_value(r.nps.value), numeric=True,
                   tooltip=self._low_n_tip),
            Column(lambda: self.tr("± margin"), lambda r: ff.margin(r.nps.moe),
                   sort=lambda r: ff.sort_value(r.nps.moe), numeric=True),
            Column(lambda: self.tr("Answers"), lambda r: ff.count(r.nps.n),
                   sort=lambda r: float(r.nps.n), numeric=True),
            Column(lambda: self.tr("CSAT"), lambda r: ff.percent(r.csat.value),
                   sort=lambda r: ff.sort_value(r.csat.value), numeric=True),
            Column(lambda: self.tr("CSAT answers"), lambda r: ff.count(r.csat.n),
                   sort=lambda r: float(r.csat.n), numeric=True),
            Column(lambda: self.tr("Mystery shopping"), lambda r: ff.percent(r.mystery),
                   sort=lambda r: ff.sort_value(r.mystery), numeric=True),
            Column(lambda: self.tr("Visits"), lambda r: ff.count(r.visits),
                   sort=lambda r: float(r.visits), numeric=True),
        ], parent, muted=lambda r: r.nps.n < LOW_N)

    def _low_n_tip(self, row: LocationFigures) -> str | None:
        if row.nps.n < LOW_N:
            return fill(self.tr("n < 30: only %1 answers, the NPS can move a lot by chance"),
                        row.nps.n)
        return None
