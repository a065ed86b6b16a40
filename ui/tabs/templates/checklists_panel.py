"""The checklist templates: new, edit (a new version once visited), duplicate, archive, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.i18n import fill
from cxdesk.services import checklist_templates as checklists
from cxdesk.services.checklist_templates import ChecklistRow
from cxdesk.templates import ChecklistTemplate as ChecklistSpec
from ui.dialogs import messages
from ui.qtmodels.record_table import Column
from ui.tabs.templates.checklist_editor import ChecklistEditor
from ui.tabs.templates.template_panel import TemplateCalls, TemplatePanel
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.templates.tab import TemplatesTab


class ChecklistsPanel(TemplatePanel):
    NAME, SECTIONS, ITEMS, VERSION, VISITS, STATUS = range(6)
    TEMPLATE_KIND = "checklist"
    CALLS = TemplateCalls(
        load=lambda db, id_: checklists.load_checklist_form(db, id_),
        save=lambda db, family, spec: checklists.save_checklist(db, family, spec),
        get=lambda db, id_: checklists.get_checklist(db, id_),
        duplicate=lambda db, id_: checklists.duplicate_checklist(db, id_),
        set_archived=lambda db, family, archived: checklists.set_checklist_archived(
            db, family, archived),
        delete=lambda db, family: checklists.delete_checklist(db, family))

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
        super().__init__(page, columns, lambda r: (r.name, r.description, r.family),
                         self.NAME, {self.SECTIONS: 80, self.ITEMS: 70, self.VERSION: 70,
                                     self.VISITS: 70, self.STATUS: 140})

    def _status(self, row: ChecklistRow) -> str:
        status = self.tr("archived") if row.archived else self.tr("in use")
        return fill(self.tr("%1, built-in"), status) if row.builtin else status

    def retranslate(self) -> None:
        self.set_button_texts(self.tr("New…"), self.tr("Edit…"), self.tr("Duplicate"),
                              self.tr("Delete"), self.tr("Export…"))

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 checklists shown"), shown, total)
        return self.tr("%n checklists", "", total)

    # the hooks of TemplatePanel, with this panel's texts

    def open_editor(self, spec: ChecklistSpec | None,
                    row: ChecklistRow | None) -> ChecklistSpec | None:
        return ChecklistEditor.edit(self, spec, row, self.page.standard_choices())

    def is_archived(self, row: ChecklistRow) -> bool:
        return row.archived

    def archive_text(self, archived: bool) -> str:
        return self.tr("Restore") if archived else self.tr("Archive")

    def confirm_archive(self, row: ChecklistRow) -> bool:
        return messages.confirm(self, self.tr("Archive checklist"), fill(
            self.tr("Archive “%1”? It is no longer offered for new visits; the visits made "
                    "with it stay."), local_text(row.name)))

    def delete_texts(self, row: ChecklistRow) -> tuple[str, str]:
        text = fill(self.tr("Delete “%1” with all its versions? This cannot be undone."),
                    local_text(row.name))
        return self.tr("Delete checklist"), text

    def show_new_version(self, old: ChecklistRow, saved: ChecklistRow) -> None:
        messages.show_info(self, self.tr("Checklist saved"), fill(self.tr(
            "“%1” was saved as version %2. The %n visits made so far keep version %3 and "
            "their scores.", "", old.visit_count), local_text(saved.name), saved.version,
            old.version))

    # the actions under their own names

    new_checklist = TemplatePanel.new_template
    edit_checklist = TemplatePanel.edit_template
    duplicate_checklist = TemplatePanel.duplicate_template
    delete_checklist = TemplatePanel.delete_template
    export_checklist = TemplatePanel.export_template
