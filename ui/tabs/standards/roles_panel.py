"""The roles, and what each role does at each stage of the journey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from cxdesk.i18n import fill
from cxdesk.services import standards
from ui.dialogs import messages
from ui.dialogs.journey_dialogs import DutiesDialog, RoleDialog
from ui.qtmodels.record_table import Column
from ui.qtmodels.table_panel import TablePanel
from ui.tabs.standards.data import DutyRow, RoleEntry
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.standards.tab import StandardsTab


class RolesTable(TablePanel):
    NAME, STAGES, STANDARDS = range(3)

    def __init__(self, page: StandardsTab) -> None:
        columns = [
            Column(lambda: self.tr("Role"), lambda e: local_text(e.role.name)),
            Column(lambda: self.tr("Stages"), lambda e: str(e.stage_count),
                   sort=lambda e: e.stage_count, align_right=True),
            Column(lambda: self.tr("Standards"), lambda e: str(e.standard_count),
                   sort=lambda e: e.standard_count, align_right=True),
        ]
        super().__init__(columns, lambda e: (e.role.name, e.role.code), stretch=self.NAME)
        self.page = page
        self.add = self.add_button("add_role", self.add_role)
        self.edit = self.add_button("edit_role", self.edit_role)
        self.delete = self.add_button("delete_role", self.delete_role)
        self.buttons.addStretch(1)
        self.set_column_widths({self.STAGES: 60, self.STANDARDS: 80})
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add…"))
        self.edit.setText(self.tr("Edit…"))
        self.delete.setText(self.tr("Delete"))

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 roles shown"), shown, total)
        return self.tr("%n roles", "", total)

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit.setEnabled(selected)
        self.delete.setEnabled(selected)

    def activated(self) -> None:
        self.edit_role()

    def delete_pressed(self) -> None:
        self.delete_role()

    def add_role(self) -> None:
        form = RoleDialog.edit(self, None)
        if form is not None:
            self.page.write(lambda: standards.create_role(self.page.db, form), self.select_id)

    def edit_role(self) -> None:
        entry: RoleEntry | None = self.selected_row()
        if entry is None:
            return
        form = RoleDialog.edit(self, entry.role)
        if form is not None:
            self.page.write(lambda: standards.update_role(self.page.db, entry.id, form))

    def delete_role(self) -> None:
        entry: RoleEntry | None = self.selected_row()
        if entry is None:
            return
        text = fill(self.tr("Delete the role “%1”? Its duties at every stage go with it."),
                    local_text(entry.role.name))
        if messages.confirm(self, self.tr("Delete role"), text, destructive=True):
            self.page.write(lambda: standards.delete_role(self.page.db, entry.id))


class DutiesTable(TablePanel):
    STAGE, ROLE, DUTIES = range(3)

    def __init__(self, page: StandardsTab) -> None:
        columns = [
            Column(lambda: self.tr("Stage"),
                   lambda d: fill("%1. %2", d.stage_position, local_text(d.stage_name)),
                   sort=lambda d: f"{d.stage_position:06d} {local_text(d.role_name).casefold()}"),
            Column(lambda: self.tr("Role"), lambda d: local_text(d.role_name)),
            Column(lambda: self.tr("Duties"), lambda d: " ".join(local_text(d.duties).split()),
                   tooltip=lambda d: local_text(d.duties)),
        ]
        super().__init__(columns, lambda d: (d.stage_name, d.role_name, d.duties),
                         stretch=self.DUTIES)
        self.page = page
        self.set_duties_button = self.add_button("set_duties", self.set_duties)
        self.remove = self.add_button("remove_duties", self.remove_duties)
        self.buttons.addStretch(1)
        self.set_column_widths({self.STAGE: 170, self.ROLE: 140})
        self.retranslate()

    def retranslate(self) -> None:
        self.set_duties_button.setText(self.tr("Set duties…"))
        self.set_duties_button.setToolTip(self.tr("What a role does at a stage"))
        self.remove.setText(self.tr("Take off the stage"))

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 duties shown"), shown, total)
        return self.tr("%n duties", "", total)

    def update_buttons(self) -> None:
        self.remove.setEnabled(self.selected_row() is not None)
        data = self.page.data if hasattr(self, "page") else None
        self.set_duties_button.setEnabled(bool(data and data.stages and data.roles))

    def activated(self) -> None:
        self.set_duties()

    def delete_pressed(self) -> None:
        self.remove_duties()

    def set_duties(self, role_id: int | None = None) -> None:
        data = self.page.data
        duty: DutyRow | None = self.selected_row()
        stage_id = duty.stage_id if duty else self.page.stage_filter()
        role_id = duty.role_id if duty else role_id
        answer = DutiesDialog.edit(self, data.stages, [r.role for r in data.roles], stage_id,
                                   role_id, duty.duties if duty else None)
        if answer is not None:
            stage, role, duties = answer
            self.page.write(lambda: standards.set_duties(self.page.db, stage, role, duties))

    def remove_duties(self) -> None:
        duty: DutyRow | None = self.selected_row()
        if duty is None:
            return
        text = fill(self.tr("Take “%1” off the stage “%2”?"), local_text(duty.role_name),
                    local_text(duty.stage_name))
        if messages.confirm(self, self.tr("Duties"), text, destructive=True):
            self.page.write(lambda: standards.set_duties(self.page.db, duty.stage_id,
                                                         duty.role_id, {}))


class RolesPanel(QWidget):
    """Roles on the left, duties per stage on the right."""

    def __init__(self, page: StandardsTab) -> None:
        super().__init__()
        self.roles = RolesTable(page)
        self.duties = DutiesTable(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.roles)
        splitter.addWidget(self.duties)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 490])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
