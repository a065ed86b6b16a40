"""Scenarios for hard cases: the risk and what to do, at one stage or at any."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.i18n import fill
from cxdesk.services import standards
from cxdesk.services.standards import ScenarioRow
from ui.dialogs import messages
from ui.dialogs.standard_dialog import ScenarioDialog
from ui.qtmodels.record_table import Column
from ui.qtmodels.table_panel import TablePanel
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.standards.tab import StandardsTab

ANY_STAGE = 1 << 20  # sorts scenarios for any stage after the staged ones


def _one_line(texts: dict[str, str]) -> str:
    return " ".join(local_text(texts).split())


class ScenariosPanel(TablePanel):
    STAGE, TITLE, RISK, ACTION = range(4)

    def __init__(self, page: StandardsTab) -> None:
        columns = [
            Column(lambda: self.tr("Stage"), self._stage_text,
                   sort=lambda s: self._position(s) * 100_000 + s.id),
            Column(lambda: self.tr("Hard case"), lambda s: _one_line(s.title)),
            Column(lambda: self.tr("Risk"), lambda s: _one_line(s.risk),
                   tooltip=lambda s: local_text(s.risk) or None),
            Column(lambda: self.tr("What to do"), lambda s: _one_line(s.action),
                   tooltip=lambda s: local_text(s.action) or None),
        ]
        super().__init__(columns, lambda s: (s.title, s.risk, s.action, s.stage_name),
                         stretch=self.ACTION)
        self.page = page
        self.add = self.add_button("add_scenario", self.add_scenario)
        self.edit = self.add_button("edit_scenario", self.edit_scenario)
        self.delete = self.add_button("delete_scenario", self.delete_scenario)
        self.buttons.addStretch(1)
        self.set_column_widths({self.STAGE: 170, self.TITLE: 220, self.RISK: 200})
        self.retranslate()

    def _position(self, row: ScenarioRow) -> int:
        stage = self.page.data.stage(row.stage_id) if row.stage_id is not None else None
        return stage.position if stage is not None else ANY_STAGE

    def _stage_text(self, row: ScenarioRow) -> str:
        if row.stage_id is None:
            return self.tr("any stage")
        return fill("%1. %2", self._position(row), local_text(row.stage_name))

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add…"))
        self.edit.setText(self.tr("Edit…"))
        self.delete.setText(self.tr("Delete"))

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 scenarios shown"), shown, total)
        return self.tr("%n scenarios", "", total)

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit.setEnabled(selected)
        self.delete.setEnabled(selected)

    def activated(self) -> None:
        self.edit_scenario()

    def delete_pressed(self) -> None:
        self.delete_scenario()

    def add_scenario(self) -> None:
        form = ScenarioDialog.edit(self, None, self.page.data.stages, self.page.stage_filter())
        if form is not None:
            self.page.write(lambda: standards.create_scenario(self.page.db, form),
                            lambda new_id: self.reveal(new_id, form.stage_id))

    def edit_scenario(self) -> None:
        row: ScenarioRow | None = self.selected_row()
        if row is None:
            return
        form = ScenarioDialog.edit(self, row, self.page.data.stages)
        if form is not None:
            self.page.write(lambda: standards.update_scenario(self.page.db, row.id, form),
                            lambda _none: self.reveal(row.id, form.stage_id))

    def reveal(self, scenario_id: int, stage_id: int | None) -> None:
        """Select a scenario just saved, showing its stage (or all) if another one is shown."""
        if not self.select_id(scenario_id):
            self.page.show_stage(stage_id)
            self.select_id(scenario_id)

    def delete_scenario(self) -> None:
        row: ScenarioRow | None = self.selected_row()
        if row is None:
            return
        text = fill(self.tr("Delete the scenario “%1”?"), local_text(row.title))
        if messages.confirm(self, self.tr("Delete scenario"), text, destructive=True):
            self.page.write(lambda: standards.delete_scenario(self.page.db, row.id))
