"""The sections of a checklist and their items as a tree the editor reorders and reads back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from cxdesk.i18n import fill
from cxdesk.services.search import i18n_dict, localized, make_code
from cxdesk.templates import I18n, ItemTemplate, SectionTemplate
from ui.widgets.i18n_edit import local_text

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # a SectionTemplate (its items are the children)


def _code(text: I18n, taken: set[str], prefix: str) -> str:
    code = make_code(localized(i18n_dict(text)), taken, prefix)
    taken.add(code)
    return code


class SectionTree(QTreeWidget):
    """Top-level rows are sections, their children the items; each row holds its template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections")
        self.setHeaderHidden(True)

    def add_node(self, parent: QTreeWidgetItem | None, data: SectionTemplate | ItemTemplate,
                 index: int | None = None) -> QTreeWidgetItem:
        node = QTreeWidgetItem()
        node.setData(0, NODE_ROLE, replace(data, items=()) if isinstance(
            data, SectionTemplate) else data)
        if parent is None:
            self.insertTopLevelItem(self.topLevelItemCount() if index is None else index, node)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
        else:
            parent.insertChild(parent.childCount() if index is None else index, node)
        self.relabel()
        return node

    def load(self, sections: tuple[SectionTemplate, ...]) -> None:
        for section in sections:
            top = self.add_node(None, section)
            for item in section.items:
                self.add_node(top, item)
        self.expandAll()

    def relabel(self) -> tuple[int, int]:
        """Number the rows as the checklist will; returns (sections, items)."""
        items = 0
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            section: SectionTemplate = top.data(0, NODE_ROLE)
            top.setText(0, fill("%1. %2", n + 1, local_text(section.title)
                                or self.tr("(no title yet)")))
            for m in range(top.childCount()):
                child = top.child(m)
                item: ItemTemplate = child.data(0, NODE_ROLE)
                mark = " ★" if item.critical else ""
                child.setText(0, fill("%1.%2. %3%4", n + 1, m + 1, local_text(item.text)
                                      or self.tr("(no text yet)"), mark))
                child.setToolTip(0, self.tr("Critical: a “no” fails the visit")
                                 if item.critical else "")
                items += 1
        return self.topLevelItemCount(), items

    def holds(self, node: QTreeWidgetItem) -> bool:
        """Whether `node` is still in the tree (not taken out)."""
        if node.parent() is not None:
            return node.parent().indexOfChild(node) >= 0
        return self.indexOfTopLevelItem(node) >= 0

    def section_node(self) -> QTreeWidgetItem | None:
        """The current section, or the section of the current item."""
        node = self.currentItem()
        return node if node is None or node.parent() is None else node.parent()

    def remove_current(self) -> None:
        node = self.currentItem()
        if node is None:
            return
        parent = node.parent()
        if parent is None:
            self.takeTopLevelItem(self.indexOfTopLevelItem(node))
        else:
            parent.removeChild(node)
        self.relabel()

    def can_move(self, delta: int) -> bool:
        node = self.currentItem()
        if node is None:
            return False
        parent = node.parent()
        if parent is None:
            return 0 <= self.indexOfTopLevelItem(node) + delta < self.topLevelItemCount()
        return 0 <= parent.indexOfChild(node) + delta < parent.childCount()

    def move_current(self, delta: int) -> None:
        """Move the current section among sections, or the current item within its section."""
        if not self.can_move(delta):
            return
        node = self.currentItem()
        parent = node.parent()
        if parent is None:
            row = self.indexOfTopLevelItem(node)
            expanded = node.isExpanded()
            self.takeTopLevelItem(row)
            self.insertTopLevelItem(row + delta, node)
            node.setExpanded(expanded)
        else:
            row = parent.indexOfChild(node)
            parent.takeChild(row)
            parent.insertChild(row + delta, node)
        self.setCurrentItem(node)
        self.relabel()

    def sections(self) -> tuple[SectionTemplate, ...]:
        """The sections with their items, in order; new ones get codes from their text."""
        tops = [self.topLevelItem(n) for n in range(self.topLevelItemCount())]
        section_codes = {top.data(0, NODE_ROLE).code for top in tops} - {""}
        item_codes = {top.child(m).data(0, NODE_ROLE).code for top in tops
                      for m in range(top.childCount())} - {""}
        result = []
        for top in tops:
            section: SectionTemplate = top.data(0, NODE_ROLE)
            code = section.code or _code(section.title, section_codes, "section")
            items = []
            for m in range(top.childCount()):
                item: ItemTemplate = top.child(m).data(0, NODE_ROLE)
                items.append(replace(item, code=item.code or _code(item.text, item_codes,
                                                                   "item")))
            result.append(replace(section, code=code, items=tuple(items)))
        return tuple(result)
