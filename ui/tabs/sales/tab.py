"""The Sales page: figures per month (typed or pasted) and the survey sample plans."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.qtcompat import emit
from ui.tabs.sales.grid import SalesGrid
from ui.tabs.sales.plans import PlansPanel


class SalesTab(QWidget):
    page_name = "sales_tab"
    sales_changed = Signal()  # figures were saved, imported or deleted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._build_ui()
        self._connect()
        self.retranslate()
        self.grid.refresh()
        self.plans.refresh()

    def _build_ui(self) -> None:
        self.grid = SalesGrid(self._ctx)
        self.plans = PlansPanel(self._ctx)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.grid, "")
        self.sections.addTab(self.plans, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)

    def _connect(self) -> None:
        self.grid.figures_saved.connect(lambda: emit(self.sales_changed))

    def retranslate(self) -> None:
        self.sections.setTabText(0, self.tr("Sales figures"))
        self.sections.setTabText(1, self.tr("Sample plans"))
        self.sections.setTabToolTip(1, self.tr(
            "How many customers to talk to with a survey, and how far each plan has got"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.grid.refresh()
        self.plans.refresh()

    def unsaved_work(self) -> str | None:
        """What closing the window now would lose (MainWindow asks before it closes)."""
        changed = self.grid.model.changed_count()
        if not changed:
            return None
        return self.tr("%n row(s) of the sales figures changed and not saved", "", changed)
