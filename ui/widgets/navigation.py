"""A side bar of pages in groups (enter, analyse, keep), built when first opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from ui.qtcompat import emit

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class PageStack(QWidget):
    """Like a QTabWidget (tabText, widget, setCurrentIndex …) but with the page list on the
    left, so twenty pages stay readable at 1366 px; a page is created on first use, which
    keeps the start-up to the one page shown."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories: list[Callable[[], QWidget]] = []
        self._pages: list[QWidget | None] = []
        self._page_items: list[QListWidgetItem] = []
        self._group_items: dict[str, QListWidgetItem] = {}
        self.side = QListWidget()
        self.side.setObjectName("navigation")
        self.side.setFixedWidth(210)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.side.setFrameShape(QListWidget.Shape.NoFrame)
        # room around each entry, and the side bar set off from the page by the base colour
        self.side.setStyleSheet(
            "QListWidget#navigation { background: palette(base); padding-top: 4px; }"
            "QListWidget#navigation::item { padding: 4px 12px; }"
        )
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.side)
        layout.addWidget(self.stack, 1)
        self.side.currentItemChanged.connect(self._item_changed)

    def add_page(self, group: str, factory: Callable[[], QWidget]) -> int:
        if group not in self._group_items:
            header = QListWidgetItem()
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            header.setFont(font)
            header.setForeground(self.palette().placeholderText())
            self.side.addItem(header)
            self._group_items[group] = header
        index = len(self._factories)
        item = QListWidgetItem()
        item.setData(PAGE_ROLE, index)
        self.side.addItem(item)
        self._factories.append(factory)
        self._pages.append(None)
        self._page_items.append(item)
        placeholder = QWidget()
        self.stack.addWidget(placeholder)
        if index == 0:
            self.setCurrentIndex(0)
        return index

    def count(self) -> int:
        return len(self._factories)

    def widget(self, index: int) -> QWidget:
        """The page at `index`, built now if it was not yet."""
        page = self._pages[index]
        if page is None:
            page = self._factories[index]()
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[index] = page
        return page

    def built(self, index: int) -> bool:
        return self._pages[index] is not None

    def object_name(self, index: int) -> str:
        """The page's objectName without building it (the factory's `page_name`, if any)."""
        page = self._pages[index]
        if page is not None:
            return page.objectName()
        factory = self._factories[index]
        factory = getattr(factory, "func", factory)  # the window adds functools.partial(...)
        return getattr(factory, "page_name", "")

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def setCurrentIndex(self, index: int) -> None:
        self.side.setCurrentItem(self._page_items[index])

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self._pages.index(widget))

    def tabText(self, index: int) -> str:
        return self._page_items[index].text()

    def setTabText(self, index: int, text: str) -> None:
        self._page_items[index].setText(text)

    def set_group_text(self, group: str, text: str) -> None:
        self._group_items[group].setText(text.upper())

    def _item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None or item.data(PAGE_ROLE) is None:
            return
        index = int(item.data(PAGE_ROLE))
        self.widget(index)
        self.stack.setCurrentIndex(index)
        emit(self.currentChanged, index)
