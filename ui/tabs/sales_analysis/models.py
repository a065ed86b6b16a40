"""The tables of the Customers-and-sales page."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from cxdesk.i18n import fill
from cxdesk.insights import names
from cxdesk.insights.loyalty import KnownCustomer
from cxdesk.metrics import LOW_N
from ui import figure_format as ff
from ui.formatting import format_date, sort_key
from ui.qtmodels.rows_model import Column, RowsModel
from ui.tabs.analysis_kit.texts import period_label

DETRACTOR, PROMOTER = QColor("#b00020"), QColor("#2e7d32")
ANONYMOUS = QColor("#7b8794")


def money(value: float | None) -> str:
    return ff.number(value, 0)


class MonthsModel(RowsModel):
    MONTH, REVENUE, MOM, YOY = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Month"), lambda r: period_label(r.period),
                   sort=lambda r: r.period, width=0),
            Column(lambda: self.tr("Revenue"), lambda r: money(r.value),
                   sort=lambda r: r.value, numeric=True),
            Column(lambda: self.tr("Month over month"), lambda r: ff.signed(r.mom),
                   sort=lambda r: ff.sort_value(r.mom), numeric=True,
                   tooltip=lambda r: self.tr("% change from the month before")),
            Column(lambda: self.tr("Year over year"), lambda r: ff.signed(r.yoy),
                   sort=lambda r: ff.sort_value(r.yoy), numeric=True,
                   tooltip=lambda r: self.tr("% change from the same month a year before")),
        ], parent)


class KeysModel(RowsModel):
    NAME, REVENUE, SHARE, CUMULATIVE, ABC, XYZ, CV = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Customer or product"), lambda r: r.label, width=0,
                   color=lambda r: ANONYMOUS if r.label.startswith("#") else None,
                   tooltip=lambda r: self.tr("No consent to keep the name: shown by number")
                   if r.label.startswith("#") else None),
            Column(lambda: self.tr("Revenue"), lambda r: money(r.revenue),
                   sort=lambda r: r.revenue, numeric=True),
            Column(lambda: self.tr("Share"), lambda r: ff.percent(r.share),
                   sort=lambda r: ff.sort_value(r.share), numeric=True),
            Column(lambda: self.tr("Cumulative"), lambda r: ff.percent(r.cumulative),
                   sort=lambda r: ff.sort_value(r.cumulative), numeric=True),
            Column(lambda: "ABC", lambda r: r.abc or ff.DASH),
            Column(lambda: "XYZ", lambda r: r.xyz or ff.DASH),
            Column(lambda: self.tr("Variation"), lambda r: ff.percent(r.cv),
                   sort=lambda r: ff.sort_value(r.cv), numeric=True,
                   tooltip=lambda r: self.tr("Coefficient of variation of monthly revenue "
                                             "over %n months", "", r.months)),
        ], parent)


class LoyaltyModel(RowsModel):
    TYPE, CUSTOMERS, NPS, MARGIN, ANSWERED, REVENUE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Loyalty type"), lambda r: names.loyalty_name(r.loyalty),
                   width=0),
            Column(lambda: self.tr("Customers"), lambda r: ff.count(r.n),
                   sort=lambda r: float(r.n), numeric=True),
            Column(lambda: self.tr("NPS"), lambda r: ff.number(r.nps.value),
                   sort=lambda r: ff.sort_value(r.nps.value), numeric=True,
                   tooltip=lambda r: self.tr("n < 30: the NPS can move a lot by chance")
                   if r.nps.n < LOW_N else None),
            Column(lambda: self.tr("± margin"), lambda r: ff.margin(r.nps.moe),
                   sort=lambda r: ff.sort_value(r.nps.moe), numeric=True),
            Column(lambda: self.tr("Answered"), lambda r: ff.count(r.nps.n),
                   sort=lambda r: float(r.nps.n), numeric=True),
            Column(lambda: self.tr("Share of revenue"), lambda r: ff.percent(r.revenue_share),
                   sort=lambda r: ff.sort_value(r.revenue_share), numeric=True),
        ], parent, muted=lambda r: r.nps.n < LOW_N)


class KnownModel(RowsModel):
    NAME, SEGMENT, LOYALTY, SCORE, KIND, ANSWERS, WHEN, REVENUE, ABC = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Customer"), self.name, width=0,
                   color=lambda r: ANONYMOUS if r.name is None else None),
            Column(lambda: self.tr("Segment"), lambda r: r.segment),
            Column(lambda: self.tr("Loyalty type"), lambda r: names.loyalty_name(r.loyalty)),
            Column(lambda: self.tr("Latest score"), lambda r: str(r.score),
                   sort=lambda r: float(r.score), numeric=True),
            Column(lambda: self.tr("Promoter or detractor"),
                   lambda r: names.category_name(r.category),
                   color=lambda r: DETRACTOR if r.category == "detractor" else PROMOTER),
            Column(lambda: self.tr("Answers"), lambda r: ff.count(r.answers),
                   sort=lambda r: float(r.answers), numeric=True),
            Column(lambda: self.tr("Last answer"), lambda r: format_date(r.answered_at),
                   sort=lambda r: sort_key(r.answered_at)),
            Column(lambda: self.tr("Revenue"), lambda r: money(r.revenue),
                   sort=lambda r: ff.sort_value(r.revenue), numeric=True),
            Column(lambda: "ABC", lambda r: r.abc or ff.DASH),
        ], parent)

    def name(self, row: KnownCustomer) -> str:
        return row.name if row.name is not None else fill(self.tr("#%1 (anonymous)"),
                                                          row.customer)
