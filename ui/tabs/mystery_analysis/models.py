"""The tables of the Mystery-shopping page: visits, failed critical items, shoppers."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from cxdesk.insights.mystery import FailedCheck, ShopperRow
from cxdesk.metrics import LOW_N
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.formatting import format_date, sort_key
from ui.qtmodels.rows_model import Column, RowsModel
from ui.tabs.analysis_kit.texts import passed_label

FAILED = QColor("#b00020")


class VisitsModel(RowsModel):
    DATE, LOCATION, SHOPPER, SCORE, ITEMS, RESULT, CRITICAL = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Date"), lambda r: format_date(r.visited_at),
                   sort=lambda r: sort_key(r.visited_at)),
            Column(lambda: self.tr("Location"), lambda r: r.location, width=0),
            Column(lambda: self.tr("Shopper"), lambda r: r.shopper),
            Column(lambda: self.tr("Score"), lambda r: ff.percent(r.score.value),
                   sort=lambda r: ff.sort_value(r.score.value), numeric=True),
            Column(lambda: self.tr("Items scored"), lambda r: ff.count(r.score.n),
                   sort=lambda r: float(r.score.n), numeric=True),
            Column(lambda: self.tr("Result"), lambda r: passed_label(r.score.passed),
                   color=lambda r: None if r.score.passed else FAILED,
                   bold=lambda r: not r.score.passed),
            Column(lambda: self.tr("Critical items failed"),
                   lambda r: ff.count(len(set(r.score.failed_critical))),
                   sort=lambda r: float(len(set(r.score.failed_critical))), numeric=True),
        ], parent)


class FailuresModel(RowsModel):
    DATE, LOCATION, SHOPPER, SECTION, ITEM, COMMENT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Date"), lambda r: format_date(r.visited_at),
                   sort=lambda r: sort_key(r.visited_at)),
            Column(lambda: self.tr("Location"), lambda r: r.location),
            Column(lambda: self.tr("Shopper"), lambda r: r.shopper),
            Column(lambda: self.tr("Section"), lambda r: labels.text_of(r.section)),
            Column(lambda: self.tr("Item"), lambda r: labels.text_of(r.item),
                   tooltip=lambda r: labels.text_of(r.item)),
            Column(lambda: self.tr("Comment"), lambda r: " ".join(r.comment.split()),
                   tooltip=self._comment_tip, width=0),
        ], parent)

    def _comment_tip(self, row: FailedCheck) -> str | None:
        return row.comment or None


class ShoppersModel(RowsModel):
    SHOPPER, VISITS, SCORE, ITEMS, PASSED, MARGIN, OFFSET = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Shopper"), lambda r: r.shopper, width=0),
            Column(lambda: self.tr("Visits"), lambda r: ff.count(r.n_visits),
                   sort=lambda r: float(r.n_visits), numeric=True),
            Column(lambda: self.tr("Score"), lambda r: ff.percent(r.value),
                   sort=lambda r: ff.sort_value(r.value), numeric=True),
            Column(lambda: self.tr("Items scored"), lambda r: ff.count(r.n),
                   sort=lambda r: float(r.n), numeric=True),
            Column(lambda: self.tr("Visits passed"), lambda r: ff.percent(r.passed.value),
                   sort=lambda r: ff.sort_value(r.passed.value), numeric=True,
                   tooltip=self._low_n_tip),
            Column(lambda: self.tr("± margin"), lambda r: ff.margin(r.passed.moe),
                   sort=lambda r: ff.sort_value(r.passed.moe), numeric=True),
            Column(lambda: self.tr("Against the others"), lambda r: ff.signed(r.offset),
                   sort=lambda r: ff.sort_value(r.offset), numeric=True,
                   tooltip=lambda r: self.tr(
                       "Their score minus the score of the other shoppers' visits to the "
                       "same locations, in points: far from 0, they may judge harder or "
                       "softer than the rest")),
        ], parent)

    def _low_n_tip(self, row: ShopperRow) -> str | None:
        if 0 < row.n_visits < LOW_N:
            return self.tr("n < 30: few visits, the share can move a lot by chance")
        return None
