"""The sub-pages of the Customers-and-sales page; each paints the page's SalesInsights."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from cxdesk.i18n import fill
from cxdesk.insights import charts
from cxdesk.insights.sales import SalesInsights
from ui import figure_format as ff
from ui.tabs.analysis_kit.texts import period_label
from ui.tabs.sales_analysis.models import KeysModel, KnownModel, LoyaltyModel, MonthsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section


def side_by_side(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 1)
    return holder


class GrowthPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.revenue_chart = ChartView()
        self.growth_chart = ChartView()
        self.model = MonthsModel()
        self.table = FigureTable(self.model, stretch=MonthsModel.MONTH, max_rows=13)
        self.section.add(self.note_label)
        self.section.add(self.revenue_chart)
        below = side_by_side(self.growth_chart, self.table)
        below.layout().setStretch(0, 3)
        below.layout().setStretch(1, 2)
        self.section.add(below)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Revenue and growth"), self.tr(
            "Each month against the month before and the same month a year before; CAGR is "
            "the yearly rate from the first to the last month of the period."))
        self.table.retranslate()

    def paint(self, data: SalesInsights) -> None:
        notes = []
        if data.from_details:
            notes.append(self.tr("No shop totals were entered: the months add up the "
                                 "figures per customer or product."))
        if data.totals_uncut:
            notes.append(self.tr("The shop totals cannot be cut by customer segment: "
                                 "they are shown whole."))
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))
        self.revenue_chart.set_spec(charts.revenue_chart(data, period_label))
        self.growth_chart.set_spec(charts.growth_chart(data, period_label))
        self.table.set_rows(data.months)


class AbcPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.share_chart = ChartView()
        self.count_chart = ChartView()
        self.model = KeysModel()
        self.table = FigureTable(self.model, stretch=KeysModel.NAME, max_rows=12)
        self.section.add(self.note_label)
        self.section.add(side_by_side(self.share_chart, self.count_chart))
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("ABC × XYZ"), self.tr(
            "ABC by revenue (A: the first 80%, B: the next 15%, C: the last 5%); XYZ by how "
            "steady the monthly revenue is (X: varies up to 10%, Y: up to 25%, Z: more)."))
        self.table.retranslate()

    def paint(self, data: SalesInsights) -> None:
        note = ""
        if data.abc_by is None:
            note = self.tr("No sales figures per customer or product in this period.")
        elif data.unlocated_kept:
            note = self.tr("Figures per customer name no location: the location filter "
                           "does not narrow them.")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.share_chart.set_spec(charts.abc_xyz_heatmap(data, "share"))
        self.count_chart.set_spec(charts.abc_xyz_heatmap(data, "count"))
        self.table.set_rows(data.keys)


class ParetoPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.chart = ChartView(height=360)
        self.section.add(self.summary_label)
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Pareto curve"), self.tr(
            "Customers from the largest to the smallest: how much of the revenue the first "
            "ones bring."))

    def paint(self, data: SalesInsights) -> None:
        pareto = data.pareto
        if pareto.value is None:
            self.summary_label.setText(self.tr("No revenue per customer in this period."))
        else:
            self.summary_label.setText(fill(self.tr(
                "The top 20% (%1 of %2) bring %3 of the revenue."), ff.count(pareto.top_count),
                ff.count(pareto.n), ff.percent(pareto.value)))
        self.chart.set_spec(charts.pareto_chart(data))


class LoyaltyPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.model = LoyaltyModel()
        self.table = FigureTable(self.model, stretch=LoyaltyModel.TYPE, max_rows=5)
        self.chart = ChartView(height=260)
        self.section.add(self.table)
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Loyalty types"), self.tr(
            "Dedicated customers want to stay; constrained ones must (no real alternative) "
            "and leave when they can. NPS by each customer's latest answer."))
        self.table.retranslate()

    def paint(self, data: SalesInsights) -> None:
        self.table.set_rows(data.loyalty)
        self.chart.set_spec(charts.loyalty_chart(data))


class KnownPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.count_label = QLabel()
        self.model = KnownModel()
        self.table = FigureTable(self.model, stretch=KnownModel.NAME, max_rows=16)
        self.section.add(self.count_label)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Promoters and detractors among known customers"),
                               self.tr("Each customer by their latest answer in the period, "
                                       "largest revenue first: an A-class detractor is the "
                                       "call to make today."))
        self.table.retranslate()

    def paint(self, data: SalesInsights) -> None:
        nps = data.known_nps
        self.count_label.setText(fill(self.tr(
            "%1 known customers answered: %2 promoters, %3 detractors"), ff.count(nps.n),
            ff.count(nps.promoters), ff.count(nps.detractors)))
        self.table.set_rows(data.known)
