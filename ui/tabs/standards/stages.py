"""The customer journey as an ordered list of stages: add, edit, delete, drag or move them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.i18n import fill
from cxdesk.services import standards
from cxdesk.services.search import matches, terms
from cxdesk.services.standards import StageRow
from ui.dialogs import messages
from ui.dialogs.journey_dialogs import StageDialog
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.standards.tab import StandardsTab

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StageList(QListWidget):
    """A list whose rows are dragged into a new order; the drop only reports the order asked
    for (`order_dropped`), the page saves it and reloads the list from the database."""

    order_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDropIndicatorShown(True)

    def ids(self) -> list[int]:
        return [self.item(n).data(ID_ROLE) for n in range(self.count())]

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at `pos` (viewport coordinates) inserts before."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        moving = sorted(index.row() for index in self.selectedIndexes())
        if not moving or not self.dragEnabled():
            event.ignore()
            return
        target = self.drop_row(event.position().toPoint())
        ids = self.ids()
        moved = [ids[row] for row in moving]
        rest = [i for i in ids if i not in moved]
        at = target - sum(1 for row in moving if row < target)
        order = rest[:at] + moved + rest[at:]
        # no action for the drag source to take (it would delete the dragged rows after a
        # move): the page saves the order and reloads the list from the database
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if order != ids:
            emit(self.order_dropped, order)


class StagesPanel(QGroupBox):
    stage_selected = Signal(object)  # the stage id clicked, or None

    def __init__(self, page: StandardsTab) -> None:
        super().__init__()
        self.page = page
        self._rows: list[StageRow] = []
        self._filtered = False
        self.list = StageList()
        self.list.setObjectName("stage_list")
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        self.hint_label = QLabel(wordWrap=True)
        self.hint_label.setEnabled(False)  # greyed: a hint, not content
        self.count_label = QLabel()
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(self.fontMetrics().horizontalAdvance("▼") + 28)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.add_button, 1)
        first.addWidget(self.edit_button, 1)
        second.addWidget(self.delete_button, 1)
        second.addWidget(self.up_button)
        second.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.count_label)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_stage)
        self.edit_button.clicked.connect(self.edit_stage)
        self.delete_button.clicked.connect(self.delete_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.list.order_dropped.connect(self.reorder)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_stage())
        self.list.itemSelectionChanged.connect(self._current_changed)
        for key, slot in (("Ctrl+Up", lambda: self.move_stage(-1)),
                          ("Ctrl+Down", lambda: self.move_stage(1)),
                          (QKeySequence(Qt.Key.Key_Delete), self.delete_stage),
                          (QKeySequence(Qt.Key.Key_Return), self.edit_stage)):
            shortcut(QKeySequence(key), self.list, slot, Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Customer journey"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move the stage earlier (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the stage later (Ctrl+Down)"))
        self.hint_label.setText(self.tr("Drag a stage to change the order of the journey."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # showing

    def set_rows(self, rows: Sequence[StageRow], search: str = "") -> None:
        keep = self.selected_id()
        self._rows = list(rows)
        self._search = search
        self._fill(keep)

    def _fill(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.selected_id()
        words = terms(getattr(self, "_search", ""))
        self.list.blockSignals(True)
        self.list.clear()
        for row in self._rows:
            if not matches(words, row.name, row.description):
                continue
            item = QListWidgetItem(fill("%1. %2", row.position, local_text(row.name)))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(local_text(row.description))
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._filtered = bool(words)
        # a filtered list cannot show where a dragged stage lands among the hidden ones
        self.list.setDragEnabled(not self._filtered)
        shown = self.list.count()
        if self._filtered:
            self.count_label.setText(fill(self.tr("%1 of %2 stages shown"), shown,
                                          len(self._rows)))
        else:
            self.count_label.setText(self.tr("%n stages", "", len(self._rows)))
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def select(self, stage_id: int | None) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(ID_ROLE) == stage_id:
                self.list.setCurrentRow(n)
                return
        self.list.clearSelection()

    def _current_changed(self, *_args) -> None:
        self._update_buttons()
        emit(self.stage_selected, self.selected_id())

    def _update_buttons(self) -> None:
        stage_id = self.selected_id()
        ids = [row.id for row in self._rows]
        self.edit_button.setEnabled(stage_id is not None)
        self.delete_button.setEnabled(stage_id is not None)
        self.up_button.setEnabled(stage_id is not None and ids.index(stage_id) > 0)
        self.down_button.setEnabled(stage_id is not None and ids.index(stage_id) < len(ids) - 1)

    def _row(self, stage_id: int | None) -> StageRow | None:
        return next((row for row in self._rows if row.id == stage_id), None)

    # actions

    def add_stage(self) -> None:
        form = StageDialog.edit(self, None)
        if form is not None:
            self.page.write(lambda: standards.create_stage(self.page.db, form), self.select)

    def edit_stage(self) -> None:
        row = self._row(self.selected_id())
        if row is None:
            return
        form = StageDialog.edit(self, row)
        if form is not None:
            self.page.write(lambda: standards.update_stage(self.page.db, row.id, form))

    def delete_stage(self) -> None:
        row = self._row(self.selected_id())
        if row is None:
            return
        text = fill(self.tr("Delete the stage “%1”? The duties of its roles go with it."),
                    local_text(row.name))
        if messages.confirm(self, self.tr("Delete stage"), text, destructive=True):
            self.page.write(lambda: standards.delete_stage(self.page.db, row.id))

    def move_stage(self, delta: int) -> None:
        stage_id = self.selected_id()
        if stage_id is not None:
            self.page.write(lambda: standards.move_stage(self.page.db, stage_id, delta))

    def reorder(self, ids: list[int]) -> None:
        keep = self.selected_id()
        self.page.write(lambda: standards.reorder_stages(self.page.db, ids),
                        lambda _result: self.select(keep))
