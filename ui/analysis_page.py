"""AnalysisPage: the frame every analysis page shares, so a page is only its figures.

    class StaffTab(AnalysisPage):                     # register in ui/main_window.py TABS
        page_name = "staff_tab"

        def _build_ui(self) -> None:                  # widgets into self.body_layout
            self.card = MetricCard()                  # ui/widgets/metric_card.py
            self.chart = ChartView()                  # draws a cxdesk.charts.ChartSpec
            self.table = FigureTable(StaffModel())    # a RowsModel: sorts, Ctrl+C copies
            for widget in (self.card, self.chart, self.table):
                self.body_layout.addWidget(widget)

        def compute(self, filters, comparison) -> None:   # on every filter change
            # staff_figures(db, filters) runs in the reading process: no widgets there
            self.worker.submit(self.read(staff_figures, filters), self.show_result)

        def show_result(self, result) -> None:        # GUI thread, the newest answer only
            self.data = result
            self.paint_in_steps(                      # one part per event-loop turn
                lambda: self.card.set_figure(CardFigure(result.nps.value, result.nps.n)),
                lambda: self.chart.set_spec(by_location_spec(...)),  # cxdesk/charts_build.py
                lambda: self.table.set_rows(result.groups))

        def retranslate(self) -> None: ...            # every self.tr() text, again

The frame holds the shared filter bar (the one AnalysisState, `ctx.analysis`: narrowing one
page narrows all; `self.state.set_location(id)` narrows from code), a scroll area around
`self.body`, an AnalysisWorker whose busy state the bar shows ("Updating…"), and an error
line. A filter change recomputes a visible page at once, a hidden one when next shown.
Subclasses do not override __init__ (the frame calls _build_ui, _connect, retranslate);
a part with its own result and language switch is a ResultPanel (ui/widgets/result_panel.py);
a titled part a Section (ui/widgets/section.py). Labels of the core's keys (channels,
themes, periods …) are in ui/analysis_labels.py, numbers are written by ui/figure_format.py.

Texts of this base class use QCoreApplication.translate("AnalysisPage", …): PySide's
self.tr() looks a text up under the subclass's name, where lupdate does not file it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from ui.analysis_worker import AnalysisWorker
from ui.context import AppContext
from ui.qtcompat import emit
from ui.widgets.filter_bar import AnalysisFilterBar

log = logging.getLogger(__name__)


class AnalysisPage(QWidget):
    page_name = "analysis_page"
    figures_shown = Signal()  # a result is on screen (tests and the benchmark wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self.state = ctx.analysis
        self.worker = AnalysisWorker(ctx.tasks, self)
        self._stale = True  # the filter changed while the page was hidden
        self._paint_generation = 0
        self._build_frame()
        self._build_ui()
        self._connect_frame()
        self._connect()
        self.retranslate()

    def _build_frame(self) -> None:
        self.filter_bar = AnalysisFilterBar(self._ctx)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroll, 1)

    def _connect_frame(self) -> None:
        self.state.filters_changed.connect(self._filters_changed)
        self.worker.busy_changed.connect(self.filter_bar.set_busy)
        self.worker.failed.connect(self.show_error)

    # to implement

    def _build_ui(self) -> None:
        """Add the page's widgets to `self.body_layout`."""

    def _connect(self) -> None:
        """Connect the page's own widgets."""

    def retranslate(self) -> None:
        """Set every text again (called at start and on a language switch)."""

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        """Start the computation for the filter: `self.worker.submit(job, callback)`."""
        raise NotImplementedError

    # the frame's work

    def refresh(self) -> None:
        """Compute the page for the current filter now."""
        self._stale = False
        self.error_label.hide()
        self.compute(self.state.filters(), self.state.comparison())

    def _filters_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def paint_in_steps(self, *steps: Callable[[], None]) -> None:
        """Show a result a part at a time, one part per turn of the event loop (the cards,
        then each chart, then the tables), so no single turn keeps the GUI thread busy for
        long; then emit `figures_shown`. A newer result drops the parts of an older one.
        With a synchronous task runner (the tests) every part is shown at once."""
        self._paint_generation += 1
        generation = self._paint_generation
        queue = list(steps)

        def next_step() -> None:
            if generation != self._paint_generation:
                return  # a newer result is being shown
            while queue:
                queue.pop(0)()
                if queue and not self._ctx.tasks.synchronous:
                    QTimer.singleShot(0, self, next_step)
                    return
            self.figures_shown_now()

        next_step()

    def read(self, func: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """A job for `self.worker.submit`: `func(db, *args)` in the reading process (a core
        function and picklable arguments: cxdesk/services/reader_process.py), so the
        computation never holds this process's interpreter lock."""
        return self._ctx.reader.job(func, *args)

    def figures_shown_now(self) -> None:
        """Say the newest result is painted (paint_in_steps does, at its end)."""
        emit(self.figures_shown)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("%s", self.page_name, exc_info=error)
            text = fill(QCoreApplication.translate(
                "AnalysisPage", "The figures could not be computed: %1"), error)
        self.error_label.setText(text)
        self.error_label.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
