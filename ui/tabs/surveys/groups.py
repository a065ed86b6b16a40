"""Survey figures per group (staff member, channel, period): one table model for all, the
Surveys page's trend panel and its staff-and-channel panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout

from cxdesk.charts_build import group_bar_spec, nps_trend_spec
from cxdesk.metrics import LOW_N
from cxdesk.services.figures import GroupFigures
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.qtcompat import emit
from ui.qtmodels.rows_model import Column, RowsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section

FREQS = ("week", "month", "quarter")


class SurveyGroupsModel(RowsModel):
    """NPS (± and n), CSAT (and n) and CES of each group; `name` labels a group."""

    GROUP, NPS, MARGIN, ANSWERS, CSAT, CSAT_N, CES = range(7)

    def __init__(self, title: Callable[[], str], name: Callable[[GroupFigures], str],
                 parent: QObject | None = None, sort_name: Callable | None = None) -> None:
        super().__init__([
            Column(title, name, sort=sort_name, width=0),
            Column(lambda: self.tr("NPS"), lambda g: ff.number(g.nps.value), numeric=True,
                   sort=lambda g: ff.sort_value(g.nps.value)),
            Column(lambda: self.tr("± margin"), lambda g: ff.margin(g.nps.moe), numeric=True,
                   sort=lambda g: ff.sort_value(g.nps.moe)),
            Column(lambda: self.tr("Answers"), lambda g: ff.count(g.nps.n), numeric=True,
                   sort=lambda g: float(g.nps.n)),
            Column(lambda: self.tr("CSAT"), lambda g: ff.percent(g.csat.value), numeric=True,
                   sort=lambda g: ff.sort_value(g.csat.value)),
            Column(lambda: self.tr("CSAT answers"), lambda g: ff.count(g.csat.n), numeric=True,
                   sort=lambda g: float(g.csat.n)),
            Column(lambda: self.tr("CES"), lambda g: ff.number(g.ces.value, 2), numeric=True,
                   sort=lambda g: ff.sort_value(g.ces.value)),
        ], parent, muted=lambda g: g.nps.n < LOW_N)


class SurveyTrendPanel(ResultPanel):
    """NPS per week, month or quarter with its band; the selector asks for a new trend."""

    freq_changed = Signal(str)

    def _build_ui(self) -> None:
        self.freq_combo = QComboBox()
        self.section = Section()
        self.section.add_to_header(self.freq_combo)
        self.chart = ChartView()
        self.section.add(self.chart)
        self.model = SurveyGroupsModel(lambda: self.tr("Period"), self._period_name,
                                 sort_name=lambda g: str(g.key))
        self.table = FigureTable(self.model, stretch=SurveyGroupsModel.GROUP, max_rows=12)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)
        self.freq_combo.activated.connect(lambda _i: emit(self.freq_changed, self.freq))

    @property
    def freq(self) -> str:
        return self.freq_combo.currentData() or "month"

    def retranslate(self) -> None:
        chosen = self.freq
        self.freq_combo.clear()
        for freq, text in zip(FREQS, (self.tr("By week"), self.tr("By month"),
                                      self.tr("By quarter")), strict=True):
            self.freq_combo.addItem(text, freq)
        self.freq_combo.setCurrentIndex(FREQS.index(chosen))
        self.section.set_title(self.tr("NPS, CSAT and CES over time"), self.tr(
            "The band is the NPS's 95% interval; a period without answers leaves a gap."))
        self.table.retranslate()

    def _period_name(self, group: GroupFigures) -> str:
        return labels.period_key_label(group.key, self.freq)

    def paint(self, data: tuple[GroupFigures, ...]) -> None:
        self.chart.set_spec(nps_trend_spec(
            [self._period_name(g) for g in data], [g.nps for g in data],
            title=self.tr("NPS with its 95% band")))
        self.table.set_rows(data)


class StaffChannelsPanel(ResultPanel):
    """The survey figures per staff member who served the customer, and per channel."""

    def _build_ui(self) -> None:
        self.staff_section = Section()
        self.staff_chart = ChartView()
        self.staff_model = SurveyGroupsModel(lambda: self.tr("Staff member"), self._staff_name)
        self.staff_table = FigureTable(self.staff_model, stretch=SurveyGroupsModel.GROUP)
        row = QHBoxLayout()
        row.addWidget(self.staff_table, 3, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.staff_chart, 2, Qt.AlignmentFlag.AlignTop)
        self.staff_section.content.addLayout(row)
        self.channel_section = Section()
        self.channel_model = SurveyGroupsModel(lambda: self.tr("Channel"), self._channel_name)
        self.channel_table = FigureTable(self.channel_model, stretch=SurveyGroupsModel.GROUP)
        self.channel_section.add(self.channel_table)
        self.panel_layout.addWidget(self.staff_section)
        self.panel_layout.addWidget(self.channel_section)
        self.panel_layout.addStretch(1)

    def _staff_name(self, group: GroupFigures) -> str:
        return group.label if group.key is not None else self.tr("(not recorded)")

    def _channel_name(self, group: GroupFigures) -> str:
        return labels.channel_label(group.key) if group.key is not None \
            else self.tr("(not recorded)")

    def retranslate(self) -> None:
        self.staff_section.set_title(self.tr("By staff member"), self.tr(
            "The employee who served the customer; grey rows rest on fewer than 30 answers."))
        self.channel_section.set_title(self.tr("By channel"))
        self.staff_table.retranslate()
        self.channel_table.retranslate()

    def paint(self, data: tuple[tuple[GroupFigures, ...], tuple[GroupFigures, ...], float]
              ) -> None:
        staff, channels, overall = data
        best = sorted(staff, key=lambda g: (g.nps.value is None, -(g.nps.value or 0.0)))
        self.staff_chart.set_spec(group_bar_spec(
            [self._staff_name(g) for g in best], [g.nps.value for g in best],
            [g.nps.n for g in best],
            self.tr("NPS by staff member"), "NPS", overall=overall))
        self.staff_table.set_rows(best)
        self.channel_table.set_rows(channels)
