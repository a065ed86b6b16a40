"""The window's Reports menu: one entry per report, each opening the Reports page on it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.qtcompat import emit

ENTRIES = {
    "summary": QT_TRANSLATE_NOOP("ReportsMenu", "&Monthly summary…"),
    "visit": QT_TRANSLATE_NOOP("ReportsMenu", "&Visit report…"),
    "employee": QT_TRANSLATE_NOOP("ReportsMenu", "&Employee sheet…"),
    "handbook": QT_TRANSLATE_NOOP("ReportsMenu", "Staff &handbook…"),
}


class ReportsMenu(QMenu):
    """The window calls `retranslate()` with its own; `report_chosen(name)` says which entry
    was picked ("summary", "visit", "employee", "handbook")."""

    report_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_menu")
        self.entries: dict[str, QAction] = {}
        for report in ENTRIES:
            action = self.addAction("")
            action.setObjectName(f"report_{report}_action")
            action.triggered.connect(partial(self._chosen, report))
            self.entries[report] = action
        self.retranslate()

    def _chosen(self, report: str, _checked: bool = False) -> None:
        emit(self.report_chosen, report)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Reports"))
        for report, action in self.entries.items():
            action.setText(self.tr(ENTRIES[report]))
