"""Tick the checklist items that check one standard, checklist by checklist."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.i18n import fill
from cxdesk.services.checklist_templates import ChecklistRow
from cxdesk.services.standards import StandardRow
from cxdesk.services.visit_detail import SectionInfo
from ui.widgets.i18n_edit import local_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1

Links = dict[int, list[int]]  # checklist version id -> ids of the ticked items


class LinkItemsDialog(QDialog):
    """`LinkItemsDialog.edit(parent, standard, checklists, items) -> Links | None`: `items`
    holds each checklist's sections; the result lists only the checklists whose ticks
    changed."""

    def __init__(self, parent: QWidget | None, standard: StandardRow,
                 checklists: Sequence[ChecklistRow],
                 items: Mapping[int, tuple[SectionInfo, ...]]) -> None:
        super().__init__(parent)
        self.setObjectName("link_items_dialog")
        self._standard = standard
        self._items = items
        self._initial = {c.id: self._linked(items.get(c.id, ())) for c in checklists}
        self._ticked = {key: set(value) for key, value in self._initial.items()}
        self._build_ui(checklists)
        self.retranslate()
        first = next((n for n, c in enumerate(checklists) if self._initial[c.id]), 0)
        self.checklist_combo.setCurrentIndex(first)
        self._show_checklist()
        self.checklist_combo.currentIndexChanged.connect(lambda _i: self._show_checklist())
        self.tree.itemChanged.connect(self._item_changed)

    @classmethod
    def edit(cls, parent: QWidget | None, standard: StandardRow,
             checklists: Sequence[ChecklistRow],
             items: Mapping[int, tuple[SectionInfo, ...]]) -> Links | None:
        dialog = cls(parent, standard, checklists, items)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted \
                else None
        finally:
            dialog.deleteLater()

    def _build_ui(self, checklists: Sequence[ChecklistRow]) -> None:
        self.standard_label = QLabel(wordWrap=True)
        self.checklist_label = QLabel()
        self.checklist_combo = QComboBox()
        for row in checklists:
            self.checklist_combo.addItem(fill("%1 (v%2)", local_text(row.name), row.version),
                                         row.id)
        self.checklist_label.setBuddy(self.checklist_combo)
        top = QHBoxLayout()
        top.addWidget(self.checklist_label)
        top.addWidget(self.checklist_combo, 1)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 260)
        self.count_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standard_label)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(820, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checklist items that check the standard"))
        self.standard_label.setText(fill(self.tr("Standard: <b>%1</b>"),
                                         local_text(self._standard.text).replace("<", "&lt;")))
        self.checklist_label.setText(self.tr("&Checklist:"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Now checks")])
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _linked(self, sections: tuple[SectionInfo, ...]) -> set[int]:
        return {item.id for section in sections for item in section.items
                if item.standard_code == self._standard.code}

    def current_checklist(self) -> int | None:
        return self.checklist_combo.currentData()

    def _show_checklist(self) -> None:
        template_id = self.current_checklist()
        self.tree.blockSignals(True)
        self.tree.clear()
        ticked = self._ticked.get(template_id, set())
        for section in self._items.get(template_id, ()) if template_id is not None else ():
            top = QTreeWidgetItem([local_text(section.title)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for info in section.items:
                other = info.standard_code not in (None, self._standard.code)
                child = QTreeWidgetItem([f"{info.number}  {local_text(info.text)}",
                                         local_text(info.standard_text) if other else ""])
                child.setData(0, ID_ROLE, info.id)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                child.setCheckState(0, Qt.CheckState.Checked if info.id in ticked
                                    else Qt.CheckState.Unchecked)
                if other:
                    child.setToolTip(1, self.tr("Ticking it moves the item to this standard."))
                top.addChild(child)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._show_count()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        item_id = item.data(0, ID_ROLE)
        template_id = self.current_checklist()
        if item_id is None or template_id is None or column != 0:
            return
        ticked = self._ticked.setdefault(template_id, set())
        if item.checkState(0) == Qt.CheckState.Checked:
            ticked.add(item_id)
        else:
            ticked.discard(item_id)
        self._show_count()

    def _show_count(self) -> None:
        total = sum(len(s.items) for s in self._items.get(self.current_checklist(), ()))
        ticked = len(self._ticked.get(self.current_checklist(), ()))
        self.count_label.setText(fill(self.tr("%1 of %2 items ticked"), ticked, total))

    def item(self, item_id: int) -> QTreeWidgetItem | None:
        """The row of one checklist item in the tree (tests tick it)."""
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for m in range(top.childCount()):
                if top.child(m).data(0, ID_ROLE) == item_id:
                    return top.child(m)
        return None

    def result_value(self) -> Links:
        """The checklists whose ticks changed, each with every item ticked now."""
        return {key: sorted(value) for key, value in self._ticked.items()
                if value != self._initial.get(key, set())}
