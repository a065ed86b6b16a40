"""The standards: what must happen, at which stage, by whom; active; which items check it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from cxdesk.i18n import fill
from cxdesk.services import standard_links, standards
from ui.dialogs import messages
from ui.dialogs.link_items_dialog import LinkItemsDialog
from ui.dialogs.standard_dialog import StandardDialog
from ui.qtmodels.record_table import Column
from ui.qtmodels.table_panel import TablePanel
from ui.tabs.standards.data import StandardEntry
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.standards.tab import StandardsTab

UNCHECKED_BACKGROUND = QColor("#fff1c2")  # amber: a standard nobody checks yet
UNCHECKED_STYLE = ("QPushButton:checked, QPushButton[warn=\"true\"] "
                   "{ background: #ffd666; color: #3d2c00; border: 1px solid #c99a06; "
                   "border-radius: 3px; padding: 3px 10px; }")


class StandardsPanel(TablePanel):
    STAGE, TEXT, ROLE, CHECKS, ACTIVE = range(5)

    def __init__(self, page: StandardsTab) -> None:
        columns = [
            Column(lambda: self.tr("Stage"),
                   lambda e: fill("%1. %2", e.row.stage_position, local_text(e.row.stage_name)),
                   sort=lambda e: e.row.stage_position * 100_000 + e.row.id),
            Column(lambda: self.tr("Standard"), lambda e: local_text(e.row.text)),
            Column(lambda: self.tr("Who"),
                   lambda e: local_text(e.row.role_name) if e.row.role_id else self.tr("anyone")),
            Column(lambda: self.tr("Checked by"), self._checks_text, sort=lambda e: e.checks,
                   tooltip=self._checks_tooltip),
            Column(lambda: self.tr("Active"),
                   lambda e: self.tr("yes") if e.row.active else self.tr("no"),
                   sort=lambda e: int(e.row.active)),
        ]
        super().__init__(columns, lambda e: (e.row.text, e.row.code, e.row.stage_name,
                                             e.row.role_name), stretch=self.TEXT,
                         style=self._style)
        self.page = page
        self.add = self.add_button("add_standard", self.add_standard)
        self.edit = self.add_button("edit_standard", self.edit_standard)
        self.delete = self.add_button("delete_standard", self.delete_standard)
        self.toggle = self.add_button("toggle_standard", self.toggle_active)
        self.link = self.add_button("link_items", self.link_items)
        self.buttons.addStretch(1)
        self.unchecked_button = QPushButton(checkable=True, styleSheet=UNCHECKED_STYLE)
        self.unchecked_button.setObjectName("unchecked_filter")
        self.unchecked_button.toggled.connect(lambda _on: page.apply_filters())
        self.buttons.addWidget(self.unchecked_button)
        self.set_column_widths({self.STAGE: 160, self.ROLE: 150, self.CHECKS: 90,
                                self.ACTIVE: 60})
        self.detail = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.detail.setObjectName("standard_detail")
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.layout().insertWidget(2, self.detail)
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add…"))
        self.edit.setText(self.tr("Edit…"))
        self.delete.setText(self.tr("Delete"))
        self.link.setText(self.tr("Checklist items…"))
        self.link.setToolTip(self.tr("Choose the checklist items that check this standard"))
        self.unchecked_button.setToolTip(self.tr(
            "Active standards that no item of a checklist in use checks yet"))
        self.update_buttons()
        self.show_unchecked(self.page.data.unchecked_count if hasattr(self, "page") else 0)

    def show_unchecked(self, count: int) -> None:
        self.unchecked_button.setText(self.tr("Not checked yet: %n", "", count))
        self.unchecked_button.setProperty("warn", count > 0)
        self.unchecked_button.style().unpolish(self.unchecked_button)
        self.unchecked_button.style().polish(self.unchecked_button)

    def _checks_text(self, entry: StandardEntry) -> str:
        if entry.checks:
            return self.tr("%n items", "", entry.checks)
        return self.tr("not checked") if entry.row.active else "—"

    def _checks_tooltip(self, entry: StandardEntry) -> str | None:
        if entry.unchecked:
            return self.tr("No item of a checklist in use checks this standard: link one with "
                           "“Checklist items…”.")
        return None

    def _style(self, entry: StandardEntry) -> dict[int, Any] | None:
        if entry.unchecked:
            return {Qt.ItemDataRole.BackgroundRole: QBrush(UNCHECKED_BACKGROUND),
                    Qt.ItemDataRole.ForegroundRole: QBrush(QColor("#000000"))}
        if not entry.row.active:
            return {Qt.ItemDataRole.ForegroundRole: QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)}
        return None

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 standards shown"), shown, total)
        return self.tr("%n standards", "", total)

    def unchecked_only(self) -> bool:
        return self.unchecked_button.isChecked()

    def update_buttons(self) -> None:
        entry = self.selected_row()
        for button in (self.edit, self.delete, self.toggle, self.link):
            button.setEnabled(entry is not None)
        self.add.setEnabled(bool(self.page.data.stages) if hasattr(self, "page") else False)
        self.add.setToolTip("" if self.add.isEnabled() else self.tr("Add a stage first."))
        active = entry.row.active if entry is not None else True
        self.toggle.setText(self.tr("Deactivate") if active else self.tr("Activate"))
        if hasattr(self, "detail"):
            self.detail.setText(self._detail(entry) if entry is not None else "")

    def _detail(self, entry: StandardEntry) -> str:
        """The whole text of the selected standard and the items that check it."""
        lines = [f"<b>{html.escape(local_text(entry.row.text))}</b>"]
        data = self.page.data
        checked = [
            fill("%1 · %2 %3", local_text(c.name), info.number, local_text(info.text))
            for c in data.checklists for section in data.items.get(c.id, ())
            for info in section.items if info.standard_code == entry.row.code
        ]
        if checked:
            lines.append(fill(self.tr("Checked by: %1"), "; ".join(checked)))
        elif entry.row.active:
            lines.append(self.tr("No checklist in use checks it yet."))
        return "<br>".join(html.escape(line) if n else line for n, line in enumerate(lines))

    def activated(self) -> None:
        self.edit_standard()

    def delete_pressed(self) -> None:
        self.delete_standard()

    # actions

    def add_standard(self) -> None:
        data = self.page.data
        if not data.stages:
            return
        form = StandardDialog.edit(self, None, data.stages, [r.role for r in data.roles],
                                   self.page.stage_filter())
        if form is not None:
            self.page.write(lambda: standards.create_standard(self.page.db, form),
                            lambda new_id: self.reveal(new_id, form.stage_id))

    def edit_standard(self) -> None:
        entry = self.selected_row()
        if entry is None:
            return
        data = self.page.data
        form = StandardDialog.edit(self, entry.row, data.stages, [r.role for r in data.roles])
        if form is not None:
            self.page.write(lambda: standards.update_standard(self.page.db, entry.id, form),
                            lambda _none: self.reveal(entry.id, form.stage_id))

    def reveal(self, standard_id: int, stage_id: int | None) -> None:
        """Select a standard just saved, showing its stage if another one is shown."""
        if not self.select_id(standard_id):
            self.page.show_stage(stage_id)
            self.select_id(standard_id)

    def delete_standard(self) -> None:
        entry = self.selected_row()
        if entry is None:
            return
        text = fill(self.tr("Delete the standard “%1”?"), local_text(entry.row.text))
        if messages.confirm(self, self.tr("Delete standard"), text, destructive=True):
            self.page.write(lambda: standards.delete_standard(self.page.db, entry.id))

    def toggle_active(self) -> None:
        entry = self.selected_row()
        if entry is not None:
            active = not entry.row.active
            self.page.write(lambda: standards.set_standard_active(self.page.db, entry.id, active))

    def link_items(self) -> None:
        entry = self.selected_row()
        if entry is None:
            return
        data = self.page.data
        if not data.checklists:
            messages.show_info(self, self.tr("Checklist items"), self.tr(
                "There is no checklist in use yet: add one on the Templates page."))
            return
        links = LinkItemsDialog.edit(self, entry.row, data.checklists, data.items)
        if links:
            self.page.write(lambda: standard_links.set_linked_items(self.page.db, entry.id,
                                                                    links))
