"""The tables of the Standards page: the standards with their compliance, and the checks."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from cxdesk.insights import names
from cxdesk.insights.standards import OTHER_STAGE, StandardRow, StandardsInsights
from cxdesk.metrics import LOW_N
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.formatting import format_date, sort_key
from ui.qtmodels.rows_model import Column, RowsModel
from ui.tabs.analysis_kit.texts import answer_label, passed_label

FAILED = QColor("#b00020")


def stage_name(data: StandardsInsights, stage: str) -> str:
    if stage == OTHER_STAGE:
        return names.other_stage()
    return labels.text_of(data.stage_names.get(stage)) or stage


def role_name(data: StandardsInsights, role: str | None) -> str:
    if role is None:
        return names.no_role()
    return labels.text_of(data.role_names.get(role)) or role


class StandardsModel(RowsModel):
    STAGE, ROLE, STANDARD, KEPT, CHECKS, PASSED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Stage"), lambda r: stage_name(self.insights, r.stage),
                   sort=lambda r: (self._order.get(r.stage, len(self._order)), r.code)),
            Column(lambda: self.tr("Role"), lambda r: role_name(self.insights, r.role)),
            Column(lambda: self.tr("Standard"), lambda r: labels.text_of(r.text) or r.code,
                   tooltip=lambda r: labels.text_of(r.text) or None, width=0, link=True),
            Column(lambda: self.tr("Kept"), lambda r: ff.percent(r.score.value),
                   sort=lambda r: ff.sort_value(r.score.value), numeric=True,
                   tooltip=self._low_n_tip),
            Column(lambda: self.tr("Checks"), lambda r: ff.count(r.score.n),
                   sort=lambda r: float(r.score.n), numeric=True),
            Column(lambda: self.tr("Passed"), lambda r: ff.count(int(r.score.earned)),
                   sort=lambda r: r.score.earned, numeric=True),
        ], parent, muted=lambda r: r.score.n < LOW_N)
        self.insights: StandardsInsights | None = None
        self._order: dict[str, int] = {}  # journey order of the stages, to sort by stage

    def use(self, data: StandardsInsights) -> None:
        """The names and the journey order the rows about to be shown are read with."""
        self.insights = data
        self._order.clear()
        self._order.update({stage: i for i, stage in enumerate(data.stage_names)})

    def _low_n_tip(self, row: StandardRow) -> str | None:
        if row.score.n < LOW_N:
            return self.tr("n < 30: few checks, the share can move a lot by chance")
        return None


class ChecksModel(RowsModel):
    DATE, LOCATION, STANDARD, ITEM, ANSWER, RESULT, COMMENT = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Date"), lambda c: format_date(c.visited_at),
                   sort=lambda c: sort_key(c.visited_at)),
            Column(lambda: self.tr("Location"), lambda c: c.location),
            Column(lambda: self.tr("Standard"),
                   lambda c: labels.text_of(self.texts.get(c.standard)) or c.standard,
                   tooltip=lambda c: labels.text_of(self.texts.get(c.standard)) or None),
            Column(lambda: self.tr("Checklist item"), lambda c: labels.text_of(c.item),
                   tooltip=lambda c: labels.text_of(c.item) or None),
            Column(lambda: self.tr("Answer"), lambda c: answer_label(c.answer)),
            Column(lambda: self.tr("Result"), lambda c: passed_label(c.passed),
                   color=lambda c: None if c.passed else FAILED),
            Column(lambda: self.tr("Comment"), lambda c: " ".join(c.comment.split()),
                   tooltip=lambda c: c.comment or None, width=0),
        ], parent)
        self.texts: dict = {}  # standard code -> its i18n text
