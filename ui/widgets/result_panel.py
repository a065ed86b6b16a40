"""ResultPanel: a part of an analysis page that paints one computed result and paints it
again on a language switch (chart titles, labels and numbers follow the language).

    class ThemesPanel(ResultPanel):
        def _build_ui(self): ...                 # its widgets, into self.layout()
        def retranslate(self): ...               # its fixed texts
        def paint(self, data): ...               # the result: tables, charts, cards
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class ResultPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Any = None
        self.panel_layout = QVBoxLayout(self)
        self.panel_layout.setContentsMargins(4, 4, 4, 4)
        self._build_ui()
        self.retranslate()

    def _build_ui(self) -> None:
        """Add the panel's widgets to `self.panel_layout`."""

    def retranslate(self) -> None:
        """Set the panel's fixed texts again."""

    def paint(self, data: Any) -> None:
        """Show `data` (also called again after a language switch)."""

    def show_data(self, data: Any) -> None:
        self.data = data
        self.paint(data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.data is not None:
                self.paint(self.data)
        super().changeEvent(event)
