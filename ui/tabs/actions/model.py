"""Improvement actions as a table: the overdue ones in red, the finished ones greyed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from cxdesk.db.models import ActionSource, ActionStatus
from cxdesk.i18n import fill
from cxdesk.services.actions import ActionRow
from ui.enum_labels import action_status_label, theme_label
from ui.formatting import format_date, sort_key
from ui.qtmodels.record_rows import ALERT_TEXT, Column, RecordRowsModel

FINISHED = (ActionStatus.DONE, ActionStatus.DROPPED)
SAMPLE_DAY = date(2026, 12, 28)  # a wide date, to size the column by


class ActionsModel(RecordRowsModel):
    TITLE, THEME, SOURCE, OWNER, LOCATION, DUE, STATUS = range(7)

    def __init__(self, parent: QObject | None = None,
                 today: Callable[[], date] = date.today) -> None:
        self.today = today
        super().__init__([
            Column(lambda: self.tr("Suggestion"), lambda r: r.title,
                   tooltip=lambda r: r.description or None, width=0),
            Column(lambda: self.tr("Theme"), lambda r: theme_label(r.theme), width=14),
            Column(lambda: self.tr("Came from"), self._source, tooltip=self._source_tooltip,
                   link=True, width=28),
            Column(lambda: self.tr("Owner"), lambda r: r.owner_name, width=15),
            Column(lambda: self.tr("Location"), lambda r: r.location_name, width=11),
            Column(lambda: self.tr("Due"), self._due, sort=lambda r: sort_key(r.due_date),
                   color=lambda r: ALERT_TEXT if self.overdue(r) else None,
                   bold=self.overdue, width=11,
                   samples=lambda: [fill(self.tr("%1, overdue"), format_date(SAMPLE_DAY))]),
            Column(lambda: self.tr("Status"), lambda r: action_status_label(r.status),
                   sort=lambda r: float(list(ActionStatus).index(ActionStatus(r.status))),
                   width=8, samples=lambda: [action_status_label(s) for s in ActionStatus]),
        ], parent, muted=lambda r: r.status in FINISHED)

    def overdue(self, row: ActionRow) -> bool:
        return row.overdue(self.today())

    @staticmethod
    def linked(row: ActionRow) -> bool:
        """Whether the action came from a survey answer, a visit item or a complaint."""
        return row.source != ActionSource.MANUAL

    def _source(self, row: ActionRow) -> str:
        return row.source_text if self.linked(row) else ""

    def _source_tooltip(self, row: ActionRow) -> str | None:
        if not self.linked(row):
            return None
        return fill(self.tr("%1\nClick to read it"), row.source_text)

    def _due(self, row: ActionRow) -> str:
        if row.due_date is None:
            return ""
        if self.overdue(row):
            return fill(self.tr("%1, overdue"), format_date(row.due_date))
        return format_date(row.due_date)
