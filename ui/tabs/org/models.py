"""Locations and staff as tables; the deactivated ones greyed at the end."""

from __future__ import annotations

from PySide6.QtCore import QObject

from cxdesk.services.search import excerpt, fold
from ui.qtmodels.record_rows import Column, RecordRowsModel


class LocationsModel(RecordRowsModel):
    NAME, ADDRESS, STAFF, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Location"), lambda r: r.name, width=0,
                   sort=lambda r: ("1 " if not r.active else "0 ") + fold(r.name)),
            Column(lambda: self.tr("Address"), lambda r: excerpt(r.address, 60),
                   tooltip=lambda r: r.address or None, width=18),
            Column(lambda: self.tr("Staff"), lambda r: str(r.staff_count),
                   sort=lambda r: float(r.staff_count), numeric=True, width=5),
            Column(lambda: self.tr("Status"), self._status, width=8,
                   samples=lambda: [self.tr("Active"), self.tr("Inactive")]),
        ], parent, muted=lambda r: not r.active)

    def _status(self, row) -> str:
        return self.tr("Active") if row.active else self.tr("Inactive")


class StaffModel(RecordRowsModel):
    NAME, ROLE, LOCATION, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Name"), lambda r: r.name, width=0,
                   sort=lambda r: ("1 " if not r.active else "0 ") + fold(r.name)),
            Column(lambda: self.tr("Role"), lambda r: r.role, width=20),
            Column(lambda: self.tr("Location"), lambda r: r.location_name, width=12),
            Column(lambda: self.tr("Status"), self._status, width=8,
                   samples=lambda: [self.tr("Active"), self.tr("Inactive")]),
        ], parent, muted=lambda r: not r.active)

    def _status(self, row) -> str:
        return self.tr("Active") if row.active else self.tr("Inactive")
