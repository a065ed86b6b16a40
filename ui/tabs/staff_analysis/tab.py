"""The Staff analysis page: cards for the team's SOCO, mystery-shop score and NPS, then one
row per employee and the same figures as charts."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.insights import charts
from cxdesk.insights.headlines import PageResult, page_result, staff_headlines
from cxdesk.insights.staff import StaffInsights, staff_insights
from ui.analysis_page import AnalysisPage
from ui.tabs.analysis_kit.cards import CardFormat, CardRow
from ui.tabs.staff_analysis.model import StaffModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.section import Section

FORMATS = {"soco": CardFormat(1, sampled=False),  # the whole team, not a sample
           "mystery": CardFormat(1, True), "nps": CardFormat(1)}


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class StaffAnalysisTab(AnalysisPage):
    page_name = "staff_analysis_tab"

    def _build_ui(self) -> None:
        self.result: PageResult | None = None
        self.cards = CardRow(("soco", "mystery", "nps"))
        self.body_layout.addWidget(self.cards)
        self.model = StaffModel()
        self.table = FigureTable(self.model, stretch=StaffModel.NAME, max_rows=16)
        self.table_section = Section()
        self.table_section.add(self.table)
        self.nps_chart = ChartView()
        self.mystery_chart = ChartView()
        self.soco_chart = ChartView(height=380)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for widget in (self.table_section, self.nps_chart, self.mystery_chart,
                       self.soco_chart):
            self.sections.addTab(_page(widget), "")
        self.body_layout.addWidget(self.sections, 1)

    def retranslate(self) -> None:
        self.cards.set_title("soco", self.tr("SOCO, team average"), self.tr(
            "24–216, higher is more customer-oriented; n = people with a complete "
            "questionnaire"))
        self.cards.set_title("mystery", self.tr("Mystery shopping"), self.tr(
            "Weighted score of the visits that observed the people listed"))
        self.cards.set_title("nps", self.tr("NPS of their customers"), self.tr(
            "NPS of the customers the people listed served"))
        titles = (self.tr("Employees"), self.tr("NPS"), self.tr("Mystery shopping"),
                  self.tr("SOCO and NPS"))
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        self.table_section.set_title(self.tr("Each employee"), self.tr(
            "Every figure beside the answers or visits it rests on; \"—\": nothing in the "
            "period. Compare people only where both have enough answers."))
        self.table.retranslate()
        if self.result is not None:
            self._paint()

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        self.worker.submit(
            self.read(page_result, filters, comparison, staff_insights, staff_headlines),
            self.show_result)

    def show_result(self, result: PageResult) -> None:
        self.result = result
        self._paint()
        self.figures_shown_now()

    def _paint(self) -> None:
        result = self.result
        assert result is not None
        data: StaffInsights = result.insights
        details = {"mystery": self.tr("%n visits", "", data.mystery.n_visits),
                   "soco": self.tr("%n people", "", data.soco.n)}
        self.cards.show_headlines(result.headlines, result.compared, FORMATS, details)
        self.table.set_rows(data.rows)
        self.nps_chart.set_spec(charts.staff_chart(data, "nps"))
        self.mystery_chart.set_spec(charts.staff_chart(data, "mystery"))
        self.soco_chart.set_spec(charts.soco_nps_chart(data))
