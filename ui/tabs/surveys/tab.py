"""The Surveys page: scores, trend, staff and channels, detractors, improvement themes,
SERVQUAL and key drivers of the customer surveys in the filter, one sub-page each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.services.analysis_surveys import SurveyBreakdowns, survey_breakdowns, survey_trend
from cxdesk.services.figures import GroupFigures
from ui import analysis_labels as labels
from ui.analysis_page import AnalysisPage
from ui.tabs.surveys.groups import StaffChannelsPanel, SurveyTrendPanel
from ui.tabs.surveys.quality import KeyDriversPanel, ServqualPanel
from ui.tabs.surveys.scores import SurveyScoresPanel
from ui.tabs.surveys.voice import DetractorsPanel, ImprovementThemesPanel


class SurveysTab(AnalysisPage):
    page_name = "surveys_tab"

    def _build_ui(self) -> None:
        self.data: SurveyBreakdowns | None = None
        self.scores = SurveyScoresPanel()
        self.trend = SurveyTrendPanel()
        self.groups = StaffChannelsPanel()
        self.detractors = DetractorsPanel()
        self.themes = ImprovementThemesPanel()
        self.servqual = ServqualPanel()
        self.drivers = KeyDriversPanel()
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in self.panels():
            self.sections.addTab(panel, "")
        self.body_layout.addWidget(self.sections)

    def panels(self):
        return (self.scores, self.trend, self.groups, self.detractors, self.themes,
                self.servqual, self.drivers)

    def _connect(self) -> None:
        self.trend.freq_changed.connect(lambda _freq: self._compute_trend(self.state.filters()))
        self.state.options_changed.connect(self._options_changed)

    def retranslate(self) -> None:
        titles = (self.tr("Scores"), self.tr("Trend"), self.tr("Staff and channels"),
                  self.tr("Detractors"), self.tr("What to improve"), self.tr("SERVQUAL"),
                  self.tr("Key drivers"))
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        self._options_changed()

    def survey_names(self) -> dict[str, str]:
        return {family: labels.text_of(name) or family
                for family, name in self.state.options.surveys}

    def _options_changed(self) -> None:
        self.scores.set_survey_names(self.survey_names())
        if self.data is not None:
            self.scores.show_data(self.data)
            self.drivers.show_data((self.data.drivers, self.survey_names()))

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        self.worker.submit(self.read(survey_breakdowns, filters), self.show_result)
        self._compute_trend(filters)

    def _compute_trend(self, filters: Filters) -> None:
        freq, today = self.trend.freq, self.state.today()
        self.worker.submit(self.read(survey_trend, filters, freq, today), self.show_trend,
                           slot="trend")

    def show_result(self, data: SurveyBreakdowns) -> None:
        self.data = data
        self.paint_in_steps(
            lambda: self.scores.show_data(data),
            lambda: self.groups.show_data((data.staff, data.channels, data.nps.value)),
            lambda: self.detractors.show_data(data),
            lambda: self.themes.show_data(data),
            lambda: self.servqual.show_data(data.servqual),
            lambda: self.drivers.show_data((data.drivers, self.survey_names())),
        )

    def show_trend(self, groups: tuple[GroupFigures, ...]) -> None:
        self.trend.show_data(groups)
