"""The checklist templates: new, edit (a new version once visited), duplicate, archive, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.i18n import fill
from cxdesk.services import checklist_templates as checklists
from cxdesk.services.checklist_templates import ChecklistRow
from cxdesk.templates import ChecklistTemplate as ChecklistSpec
from ui.dialogs import messages
from ui.qtmodels.record_table import Column
from ui.qtmodels.table_panel import TablePanel
from ui.tabs.templates.checklist_editor import ChecklistEditor
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.templates.tab import TemplatesTab


class ChecklistsPanel(TablePanel):
    NAME, SECTIONS, ITEMS, VERSION, VISITS, STATUS = range(6)

    def __init__(self, page: TemplatesTab) -> None:
        columns = [
            Column(lambda: self.tr("Checklist"), lambda r: local_text(r.name),
                   tooltip=lambda r: local_text(r.description) or None),
            Column(lambda: self.tr("Sections"), lambda r: str(r.section_count),
                   sort=lambda r: r.section_count, align_right=True),
            Column(lambda: self.tr("Items"), lambda r: str(r.item_count),
                   sort=lambda r: r.item_count, align_right=True),
            Column(lambda: self.tr("Version"), lambda r: str(r.version),
                   sort=lambda r: r.version, align_right=True),
            Column(lambda: self.tr("Visits"), lambda r: str(r.family_visit_count),
                   sort=lambda r: r.family_visit_count, align_right=True),
            Column(lambda: self.tr("Status"), self._status),
        ]
        super().__init__(columns, lambda r: (r.name, r.description, r.family),
                         stretch=self.NAME)
        self.page = page
        self.new = self.add_button("new_checklist", self.new_checklist)
        self.edit = self.add_button("edit_checklist", self.edit_checklist)
        self.duplicate = self.add_button("duplicate_checklist", self.duplicate_checklist)
        self.archive = self.add_button("archive_checklist", self.toggle_archived)
        self.delete = self.add_button("delete_checklist", self.delete_checklist)
        self.buttons.addStretch(1)
        self.export = self.add_button("export_checklist", self.export_checklist)
        self.set_column_widths({self.SECTIONS: 80, self.ITEMS: 70, self.VERSION: 70,
                                self.VISITS: 70, self.STATUS: 140})
        self.retranslate()

    def _status(self, row: ChecklistRow) -> str:
        status = self.tr("archived") if row.archived else self.tr("in use")
        return fill(self.tr("%1, built-in"), status) if row.builtin else status

    def retranslate(self) -> None:
        self.new.setText(self.tr("New…"))
        self.edit.setText(self.tr("Edit…"))
        self.duplicate.setText(self.tr("Duplicate"))
        self.delete.setText(self.tr("Delete"))
        self.export.setText(self.tr("Export…"))
        self.update_buttons()

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 checklists shown"), shown, total)
        return self.tr("%n checklists", "", total)

    def update_buttons(self) -> None:
        row: ChecklistRow | None = self.selected_row()
        for button in (self.edit, self.duplicate, self.archive, self.delete, self.export):
            button.setEnabled(row is not None)
        self.archive.setText(self.tr("Restore") if row is not None and row.archived
                             else self.tr("Archive"))

    def activated(self) -> None:
        self.edit_checklist()

    def delete_pressed(self) -> None:
        self.delete_checklist()

    # actions

    def new_checklist(self) -> None:
        spec = ChecklistEditor.edit(self, None, None, self.page.standard_choices())
        if spec is not None:
            db = self.page.ctx.db
            self.page.write(lambda: checklists.save_checklist(db, None, spec), self.select_id)

    def edit_checklist(self) -> None:
        row: ChecklistRow | None = self.selected_row()
        if row is None:
            return
        db = self.page.ctx.db
        self.page.ctx.tasks.run(lambda: checklists.load_checklist_form(db, row.id),
                                lambda spec: self._edit(row, spec), self.page.failed)

    def _edit(self, row: ChecklistRow, spec: ChecklistSpec) -> None:
        edited = ChecklistEditor.edit(self, spec, row, self.page.standard_choices())
        if edited is None or edited == spec:
            return
        db = self.page.ctx.db

        def save() -> ChecklistRow:
            return checklists.get_checklist(db, checklists.save_checklist(db, row.family,
                                                                          edited))

        self.page.write(save, lambda saved: self._saved(row, saved))

    def _saved(self, old: ChecklistRow, saved: ChecklistRow) -> None:
        self.select_id(saved.id)
        if saved.version != old.version:
            messages.show_info(self, self.tr("Checklist saved"), fill(self.tr(
                "“%1” was saved as version %2. The %n visits made so far keep version %3 and "
                "their scores.", "", old.visit_count), local_text(saved.name), saved.version,
                old.version))

    def duplicate_checklist(self) -> None:
        row: ChecklistRow | None = self.selected_row()
        if row is not None:
            db = self.page.ctx.db
            self.page.write(lambda: checklists.duplicate_checklist(db, row.id), self.select_id)

    def toggle_archived(self) -> None:
        row: ChecklistRow | None = self.selected_row()
        if row is None:
            return
        if not row.archived and not messages.confirm(self, self.tr("Archive checklist"), fill(
                self.tr("Archive “%1”? It is no longer offered for new visits; the visits made "
                        "with it stay."), local_text(row.name))):
            return
        db = self.page.ctx.db
        self.page.write(lambda: checklists.set_checklist_archived(db, row.family,
                                                                  not row.archived))

    def delete_checklist(self) -> None:
        row: ChecklistRow | None = self.selected_row()
        if row is None:
            return
        text = fill(self.tr("Delete “%1” with all its versions? This cannot be undone."),
                    local_text(row.name))
        if messages.confirm(self, self.tr("Delete checklist"), text, destructive=True):
            db = self.page.ctx.db
            self.page.write(lambda: checklists.delete_checklist(db, row.family))

    def export_checklist(self) -> None:
        row: ChecklistRow | None = self.selected_row()
        if row is not None:
            self.page.files.export("checklist", row.family, row.name)
