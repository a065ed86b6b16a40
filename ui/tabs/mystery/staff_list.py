"""The staff observed during a visit: a compact list of names to tick."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from cxdesk.services.org import StaffRow
from ui.qtcompat import emit

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StaffChecklist(QListWidget):
    """Names flow left to right and wrap, so a handful of people take two lines."""

    checks_changed = Signal()  # the user ticked or unticked someone

    def __init__(self, parent: QWidget | None = None, rows: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName("staff_checklist")
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        row = max(self.fontMetrics().height(), 16) + 8  # the tick box, the item's spacing
        self.setFixedHeight(row * rows + 2 * self.frameWidth() + 4)
        self.itemChanged.connect(lambda _item: emit(self.checks_changed))
        self.itemActivated.connect(self._toggle)

    def set_people(self, people: Iterable[tuple[int, str, str]], checked: Iterable[int]) -> None:
        """(id, name, role) of everyone who can be ticked; `checked` are ticked."""
        wanted = set(checked)
        self.blockSignals(True)
        self.clear()
        for staff_id, name, role in people:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, staff_id)
            if role:
                item.setToolTip(role)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if staff_id in wanted
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def checked_ids(self) -> list[int]:
        return [int(self.item(row).data(ID_ROLE)) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_read_only(self, read_only: bool) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled
        if not read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        self.blockSignals(True)
        for row in range(self.count()):
            self.item(row).setFlags(flags)
        self.blockSignals(False)

    def _toggle(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


def people_for(staff: Iterable[StaffRow], location_id: int | None,
               keep: Iterable[tuple[int, str]] = ()) -> list[tuple[int, str, str]]:
    """Active staff of the location (and those with no location), plus anyone in `keep`
    (already observed: a person who has left or moved is still the one the shopper saw)."""
    people: dict[int, tuple[int, str, str]] = {}
    for row in staff:
        if row.active and row.location_id in (location_id, None):
            people[row.id] = (row.id, row.name, row.role)
    for staff_id, name in keep:
        people.setdefault(staff_id, (staff_id, name, ""))
    return list(people.values())
