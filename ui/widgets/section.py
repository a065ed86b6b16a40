"""Section: a titled part of a page (a heading, an optional hint, then its content)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Section(QWidget):
    """    section = Section()
    section.add(ChartView())            # stacked under the heading
    section.set_title(self.tr("NPS by location"), self.tr("Click a bar to narrow every page"))
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #616e7c;")
        self.hint_label.hide()
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(0, 6, 0, 6)
        self.content.setSpacing(4)
        self.content.addLayout(self.header)
        self.content.addWidget(self.hint_label)

    def set_title(self, title: str, hint: str = "") -> None:
        self.title_label.setText(title)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.content.addWidget(widget, stretch)
        return widget

    def add_to_header(self, widget: QWidget) -> QWidget:
        """A control next to the heading (e.g. a week/month/quarter selector)."""
        self.header.addWidget(widget)
        return widget
