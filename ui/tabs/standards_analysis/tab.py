"""The Standards analysis page: % of checks passed per journey stage × role (a heat map whose
cells open the checks behind them) and per standard, weakest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.i18n import fill
from cxdesk.insights import charts
from cxdesk.insights.headlines import PageResult, page_result, standards_headlines
from cxdesk.insights.standards import StandardRow, StandardsInsights, standards_insights
from ui import analysis_labels as labels
from ui.analysis_page import AnalysisPage
from ui.tabs.analysis_kit.cards import CardFormat, CardRow
from ui.tabs.standards_analysis.checks import ChecksPanel
from ui.tabs.standards_analysis.models import StandardsModel, role_name, stage_name
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.section import Section

FORMATS = {"standards": CardFormat(1, True)}


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class StandardsAnalysisTab(AnalysisPage):
    page_name = "standards_analysis_tab"

    def _build_ui(self) -> None:
        self.result: PageResult | None = None
        self.cell: tuple[str, str | None] | None = None  # the heat-map cell chosen
        self.standard: str | None = None  # the standard chosen
        self.cards = CardRow(("standards",))
        self.body_layout.addWidget(self.cards)
        self.heat_chart = ChartView()
        self.heat_section = Section()
        self.heat_section.add(self.heat_chart)
        self.cell_checks = ChecksPanel()
        self.standards_model = StandardsModel()
        self.standards_table = FigureTable(self.standards_model,
                                           stretch=StandardsModel.STANDARD, max_rows=10)
        self.standards_section = Section()
        self.standards_section.add(self.standards_table)
        self.standard_checks = ChecksPanel()
        self.weakest_chart = ChartView()  # horizontal bars: as tall as their rows need
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(_page(self.heat_section, self.cell_checks), "")
        self.sections.addTab(_page(self.standards_section, self.standard_checks), "")
        self.sections.addTab(_page(self.weakest_chart), "")
        self.body_layout.addWidget(self.sections, 1)

    def _connect(self) -> None:
        self.heat_chart.heat_map.clicked.connect(self._cell_clicked)
        self.standards_table.cell_clicked.connect(self._standard_clicked)

    def retranslate(self) -> None:
        self.cards.set_title("standards", self.tr("Standards kept"), self.tr(
            "% of the service-standard checks passed in the period's mystery-shop visits"))
        for index, title in enumerate((self.tr("By stage and role"), self.tr("By standard"),
                                       self.tr("Kept least often"))):
            self.sections.setTabText(index, title)
        self.heat_section.set_title(self.tr("Journey stage × role"), self.tr(
            "% of checks passed for the standards of each stage that each role must keep. "
            "Click a cell to see the checks behind it."))
        self.standards_section.set_title(self.tr("Every standard"), self.tr(
            "In journey order. Click a standard to see its checks; grey: fewer than 30."))
        self.cell_checks.retranslate()
        self.standard_checks.retranslate()
        self.standards_table.retranslate()
        if self.result is not None:
            self._paint()

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        self.worker.submit(
            self.read(page_result, filters, comparison, standards_insights,
                      standards_headlines),
            self.show_result)

    def show_result(self, result: PageResult) -> None:
        self.result = result
        self._paint()
        self.figures_shown_now()

    @property
    def insights(self) -> StandardsInsights | None:
        return self.result.insights if self.result is not None else None

    def _paint(self) -> None:
        result = self.result
        assert result is not None
        data: StandardsInsights = result.insights
        self.cards.show_headlines(result.headlines, result.compared, FORMATS)
        lang = labels.language()
        self.heat_chart.set_spec(charts.standards_heatmap(data, lang))
        self.weakest_chart.set_spec(charts.standards_chart(data, lang))
        self.standards_model.use(data)
        self.standards_table.set_rows(data.standards)
        self._show_cell()
        self._show_standard()

    # the checks behind a figure

    def _cell_clicked(self, index: QModelIndex) -> None:
        data = self.insights
        if data is not None and index.row() < len(data.stages) \
                and index.column() < len(data.roles):
            self.cell = (data.stages[index.row()], data.roles[index.column()])
            self._show_cell()

    def _standard_clicked(self, row: StandardRow, _column: int) -> None:
        self.standard = row.code
        self._show_standard()

    def _show_cell(self) -> None:
        data = self.insights
        assert data is not None
        if self.cell not in data.cells:
            # nothing chosen (or gone with the new filter): the weakest cell
            self.cell = min(data.cells, key=lambda k: data.cells[k].value or 0, default=None)
        if self.cell is None:
            self.cell_checks.show_checks("", (), data.standard_texts)
            return
        stage, role = self.cell
        what = fill(self.tr("%1 — %2"), stage_name(data, stage), role_name(data, role))
        self.cell_checks.show_checks(what, data.checks_of(stage, role), data.standard_texts)

    def _show_standard(self) -> None:
        data = self.insights
        assert data is not None
        codes = [s.code for s in data.standards]
        if self.standard not in codes:
            weakest = min(data.standards, key=lambda s: s.score.value or 0, default=None)
            self.standard = weakest.code if weakest else None
        if self.standard is None:
            self.standard_checks.show_checks("", (), data.standard_texts)
            return
        what = labels.text_of(data.standard_texts.get(self.standard)) or self.standard
        self.standard_checks.show_checks(what, data.checks_of(standard=self.standard),
                                         data.standard_texts)
