"""The checklist, section by section: a section list on the left, its items on the right."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.i18n import fill
from cxdesk.services.visit_detail import SectionInfo, VisitDetail
from ui.qtcompat import emit
from ui.tabs.mystery.item_widget import ItemWidget
from ui.tabs.mystery.pending import PendingText
from ui.tabs.mystery.photos import Loader
from ui.tabs.mystery.texts import PASSED_COLOR, local

NOTES = -1  # the page after the last section: the shopper's notes on the whole visit


class ChecklistView(QSplitter):
    notes_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.items: dict[int, ItemWidget] = {}
        self._sections: tuple[SectionInfo, ...] = ()
        self._scrolls: list[QScrollArea] = []
        self._titles: list[QLabel] = []
        self._lang = "en"
        self.nav = QTreeWidget()
        self.nav.setObjectName("section_list")
        self.nav.setColumnCount(2)
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.header().setStretchLastSection(False)
        self.nav.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.nav.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = QStackedWidget()
        self.notes_title = QLabel()
        self.notes_edit = QPlainTextEdit(tabChangesFocus=True)
        self.notes_edit.setObjectName("visit_notes")
        self.notes_saver = PendingText(self.notes_edit, lambda text: emit(self.notes_edited, text))
        self.pages.addWidget(self._page(self.notes_title, [self.notes_edit], stretch=False))
        self.addWidget(self.nav)
        self.addWidget(self.pages)
        self.setStretchFactor(1, 1)
        self.setSizes([230, 900])
        self.nav.currentItemChanged.connect(self._nav_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.notes_title.setText(self.tr("Notes on the whole visit"))
        self.notes_edit.setPlaceholderText(self.tr(
            "Anything the checklist does not ask: the overall impression, what to praise, "
            "what went wrong"))
        self.show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        for item in self.items.values():
            item.set_language(lang)
        self.show_texts()

    def show_texts(self) -> None:
        for index, section in enumerate(self._sections):
            title = fill(self.tr("%1. %2"), index + 1, local(section.title, self._lang))
            self._titles[index].setText(title)
            self.nav.topLevelItem(index).setText(0, title)
            self.nav.topLevelItem(index).setToolTip(0, title)
        notes = self.nav.topLevelItem(len(self._sections))
        if notes is not None:
            notes.setText(0, self.tr("Notes"))

    # building

    def build(self, sections: Iterable[SectionInfo], loader: Loader) -> None:
        """One page of item widgets per section; the notes page stays last."""
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for scroll in self._scrolls:
            self.pages.removeWidget(scroll)
            scroll.deleteLater()
        self.items.clear()
        self._scrolls.clear()
        self._titles.clear()
        self._sections = tuple(sections)
        for index, section in enumerate(self._sections):
            title = QLabel()
            font = title.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            title.setFont(font)
            self._titles.append(title)
            widgets = []
            for info in section.items:
                widget = ItemWidget(info, loader)
                widget.set_language(self._lang)
                self.items[info.id] = widget
                widgets.append(widget)
            scroll = self._page(title, widgets)
            self.pages.insertWidget(index, scroll)
            self._scrolls.append(scroll)
            QTreeWidgetItem(self.nav, ["", ""])
        QTreeWidgetItem(self.nav, ["", ""])
        self.show_texts()

    @staticmethod
    def _page(title: QLabel, widgets: list[QWidget], stretch: bool = True) -> QScrollArea:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        for widget in widgets:
            layout.addWidget(widget)
        if stretch:
            layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # showing the state

    def show_progress(self, detail: VisitDetail) -> None:
        done = {a.item_id for a in detail.answers if a.answered}
        for index, section in enumerate(self._sections):
            answered = sum(item.id in done for item in section.items)
            row = self.nav.topLevelItem(index)
            row.setText(1, fill(self.tr("%1/%2"), answered, len(section.items)))
            complete = answered == len(section.items)
            row.setForeground(1, QBrush(QColor(PASSED_COLOR)) if complete else QBrush())
        if not self.notes_edit.hasFocus():
            self.notes_saver.show_text(detail.notes)
        self.notes_edit.setReadOnly(detail.submitted)

    # moving around

    def section_index(self) -> int:
        return self.pages.currentIndex()

    def section_of(self, item_id: int) -> int:
        return next((n for n, s in enumerate(self._sections)
                     if any(i.id == item_id for i in s.items)), 0)

    def show_section(self, index: int, focus_first: bool = True) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.nav.setCurrentItem(self.nav.topLevelItem(index))
        if not focus_first:
            return
        if index < len(self._sections) and self._sections[index].items:
            self.show_item(self._sections[index].items[0].id)
        elif index == len(self._sections):
            self.notes_edit.setFocus()

    def step_section(self, step: int) -> None:
        self.show_section(self.section_index() + step)

    def show_item(self, item_id: int) -> None:
        """Open the item's section, scroll it into view and put the focus on its answer."""
        widget = self.items.get(item_id)
        if widget is None:
            return
        index = self.section_of(item_id)
        if self.pages.currentIndex() != index:
            self.show_section(index, focus_first=False)
        self._make_current(widget)
        widget.focus_answer()
        self._scroll_to(item_id)
        # the layout may not be done yet the first time: scroll again once it is
        QTimer.singleShot(0, self, lambda: self._scroll_to(item_id))

    def _scroll_to(self, item_id: int) -> None:
        widget = self.items.get(item_id)
        if widget is not None:
            self._scrolls[self.section_of(item_id)].ensureWidgetVisible(widget, 0, 24)

    def step_item(self, item_id: int, step: int) -> None:
        """The next (or previous) item, across sections; the notes after the last one."""
        order = [i.id for s in self._sections for i in s.items]
        position = order.index(item_id) + step if item_id in order else 0
        if 0 <= position < len(order):
            self.show_item(order[position])
        elif position >= len(order):
            self.show_section(len(self._sections))

    def current_item_id(self) -> int | None:
        return next((i for i, w in self.items.items() if w.is_current()), None)

    def _nav_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.pages.setCurrentIndex(self.nav.indexOfTopLevelItem(current))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, ItemWidget):
            widget = widget.parentWidget()
        if widget is not None and widget in self.items.values():
            self._make_current(widget)

    def _make_current(self, widget: ItemWidget) -> None:
        for item in self.items.values():
            item.set_current(item is widget)

    def flush(self) -> None:
        for item in self.items.values():
            item.flush()
        self.notes_saver.flush()
