"""ChecksPanel: the checklist answers behind one figure of the Standards page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QLabel

from cxdesk.i18n import fill
from cxdesk.insights.standards import CheckRow
from ui import figure_format as ff
from ui.tabs.standards_analysis.models import ChecksModel
from ui.widgets.figure_table import FigureTable
from ui.widgets.section import Section

TEXT_COLUMN_WIDTH = 250  # px for a standard's or an item's text; the rest in a tooltip


class ChecksPanel(Section):
    """    panel.show_checks(self.tr("Payment — Cashier"), data.checks_of("payment", "cashier"),
                      data.standard_texts)"""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.what = ""
        self.checks: tuple[CheckRow, ...] = ()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.model = ChecksModel()
        self.table = FigureTable(self.model, stretch=ChecksModel.COMMENT, max_rows=10)
        header = self.table.horizontalHeader()
        for column in (ChecksModel.STANDARD, ChecksModel.ITEM):  # long texts: tooltips
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, TEXT_COLUMN_WIDTH)
        self.add(self.count_label)
        self.add(self.table)

    def retranslate(self) -> None:
        self.set_title(self.tr("The checks behind"), self.tr(
            "Every checklist answer that judged these standards, newest first."))
        self.table.retranslate()
        self._show_count()

    def show_checks(self, what: str, checks: Sequence[CheckRow], texts: dict) -> None:
        self.what, self.checks = what, tuple(checks)
        self.model.texts = texts
        self.table.set_rows(self.checks)
        self._show_count()

    def _show_count(self) -> None:
        passed = sum(c.passed for c in self.checks)
        share = 100 * passed / len(self.checks) if self.checks else None
        self.count_label.setText(fill(self.tr("%1: %2 checks, %3 passed (%4)"), self.what,
                                      ff.count(len(self.checks)), ff.count(passed),
                                      ff.percent(share)))
