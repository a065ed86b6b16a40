"""The sub-pages of the Service-requests page; each paints the page's RequestsInsights."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from cxdesk.i18n import fill
from cxdesk.insights import charts
from cxdesk.insights.requests import RequestsInsights
from ui import figure_format as ff
from ui.formatting import format_datetime
from ui.tabs.analysis_kit.texts import period_label
from ui.tabs.requests_analysis.models import MonthsModel, PrioritiesModel, StepRow, StepsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section


class SpeedPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.chart = ChartView(height=320)
        self.model = MonthsModel()
        self.table = FigureTable(self.model, stretch=MonthsModel.MONTH, max_rows=13)
        self.section.add(self.chart)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("On time per SLA and satisfied with speed"), self.tr(
            "Requests by the month they were registered; answers to \"satisfied with the "
            "speed\" (4–5 of 5) by the month they were given. Where the lines part, the "
            "SLA measures something customers do not feel."))
        self.table.retranslate()

    def paint(self, data: RequestsInsights) -> None:
        self.chart.set_spec(charts.sla_speed_chart(data, period_label))
        self.table.set_rows(data.monthly.months)


class PrioritiesPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.open_label = QLabel()
        self.open_label.setWordWrap(True)
        self.model = PrioritiesModel()
        self.table = FigureTable(self.model, stretch=PrioritiesModel.PRIORITY, max_rows=6)
        self.chart = ChartView(height=280)
        self.section.add(self.open_label)
        self.section.add(self.table)
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("On time by priority"), self.tr(
            "Resolved within the target of their priority, counted from registration. An "
            "open request already past its target counts as late."))
        self.table.retranslate()

    def paint(self, data: RequestsInsights) -> None:
        late = data.sla.on_time.open_late
        self.open_label.setText(fill(self.tr(
            "%1 requests still open, %2 of them past their target (as of %3)."),
            ff.count(data.open_requests), ff.count(late), format_datetime(data.now)))
        self.table.set_rows(data.priorities)
        self.chart.set_spec(charts.sla_priority_chart(data))


class TimesPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.model = StepsModel()
        self.table = FigureTable(self.model, stretch=StepsModel.STEP, max_rows=3)
        self.chart = ChartView(height=320)
        self.section.add(self.table)
        self.section.add(self.chart)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("How long each step takes"), self.tr(
            "From the customer's request to registration, from registration to being taken "
            "into work, and to resolution."))
        self.table.retranslate()

    def paint(self, data: RequestsInsights) -> None:
        sla = data.sla
        self.table.set_rows([StepRow("register", sla.to_register),
                             StepRow("take", sla.to_take), StepRow("resolve", sla.to_resolve)])
        self.chart.set_spec(charts.time_chart(data))
