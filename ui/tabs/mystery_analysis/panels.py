"""The sub-pages of the Mystery-shopping page; each paints the page's MysteryInsights."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from cxdesk.i18n import fill
from cxdesk.insights import charts
from cxdesk.insights.mystery import MysteryInsights
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.tabs.analysis_kit.texts import period_label
from ui.tabs.mystery_analysis.models import FailuresModel, ShoppersModel, VisitsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section

CHART_HEIGHT = 340


class VisitsPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.count_label = QLabel()
        self.model = VisitsModel()
        self.table = FigureTable(self.model, stretch=VisitsModel.LOCATION, max_rows=16)
        self.section.add(self.count_label)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Visits of the period"), self.tr(
            "Newest first. A visit fails when a critical item is answered \"no\" (or 1–2 on "
            "a 1–5 scale); its score is shown all the same."))
        self.table.retranslate()

    def paint(self, data: MysteryInsights) -> None:
        failed = sum(not v.score.passed for v in data.visits)
        self.count_label.setText(fill(self.tr("%1 visits, %2 failed"),
                                      ff.count(len(data.visits)), ff.count(failed)))
        self.table.set_rows(data.visits)


class SectionsPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.chart = ChartView()
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Sections by location"), self.tr(
            "Weighted % of the points earned in each checklist section, per location; red is "
            "the weakest, green the strongest of the table. Empty: nothing scored."))

    def paint(self, data: MysteryInsights) -> None:
        self.chart.set_spec(charts.mystery_heatmap(data, labels.language()))


class FailuresPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.model = FailuresModel()
        self.table = FigureTable(self.model, stretch=FailuresModel.COMMENT, max_rows=16)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Critical items that failed"), self.tr(
            "Each one failed its visit. The shopper's comment says what happened."))
        self.table.retranslate()

    def paint(self, data: MysteryInsights) -> None:
        self.table.set_rows(data.failed)


class TrendPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.chart = ChartView(height=CHART_HEIGHT)
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Score trend"), self.tr(
            "By week for a period of up to three months, else by month; the dashed line is "
            "the whole period. A gap: no visit then."))

    def paint(self, data: MysteryInsights) -> None:
        self.chart.set_spec(charts.mystery_trend(data, period_label))


class ShoppersPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.chart = ChartView()  # horizontal bars: as tall as their rows need
        self.model = ShoppersModel()
        self.table = FigureTable(self.model, stretch=ShoppersModel.SHOPPER, max_rows=10)
        self.section.add(self.table)
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Shoppers compared"), self.tr(
            "A shopper whose scores sit far from the others' at the same locations may be "
            "judging harder or softer: worth a word before trusting a change."))
        self.table.retranslate()

    def paint(self, data: MysteryInsights) -> None:
        self.table.set_rows(data.shoppers)
        self.chart.set_spec(charts.shoppers_chart(data))
