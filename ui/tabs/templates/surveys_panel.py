"""The survey templates: new, edit (a new version once answered), duplicate, archive, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.i18n import fill
from cxdesk.services import survey_templates as surveys
from cxdesk.services.survey_templates import SurveyRow
from cxdesk.templates import SurveyTemplate
from ui.dialogs import messages
from ui.qtmodels.record_table import Column
from ui.qtmodels.table_panel import TablePanel
from ui.tabs.templates import labels
from ui.tabs.templates.survey_editor import SurveyEditor
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.templates.tab import TemplatesTab


class SurveysPanel(TablePanel):
    NAME, KIND, QUESTIONS, VERSION, RESPONSES, STATUS = range(6)

    def __init__(self, page: TemplatesTab) -> None:
        columns = [
            Column(lambda: self.tr("Survey"), lambda r: local_text(r.name),
                   tooltip=lambda r: local_text(r.description) or None),
            Column(lambda: self.tr("Kind"), lambda r: labels.survey_kind_label(r.kind)),
            Column(lambda: self.tr("Questions"), lambda r: str(r.question_count),
                   sort=lambda r: r.question_count, align_right=True),
            Column(lambda: self.tr("Version"), lambda r: str(r.version),
                   sort=lambda r: r.version, align_right=True),
            Column(lambda: self.tr("Responses"), lambda r: str(r.family_response_count),
                   sort=lambda r: r.family_response_count, align_right=True),
            Column(lambda: self.tr("Status"), self._status),
        ]
        super().__init__(columns, lambda r: (r.name, r.description, r.family,
                                             labels.survey_kind_label(r.kind)),
                         stretch=self.NAME)
        self.page = page
        self.new = self.add_button("new_survey", self.new_survey)
        self.edit = self.add_button("edit_survey", self.edit_survey)
        self.duplicate = self.add_button("duplicate_survey", self.duplicate_survey)
        self.archive = self.add_button("archive_survey", self.toggle_archived)
        self.delete = self.add_button("delete_survey", self.delete_survey)
        self.buttons.addStretch(1)
        self.export = self.add_button("export_survey", self.export_survey)
        self.set_column_widths({self.KIND: 150, self.QUESTIONS: 90, self.VERSION: 70,
                                self.RESPONSES: 90, self.STATUS: 140})
        self.retranslate()

    def _status(self, row: SurveyRow) -> str:
        status = self.tr("in use") if row.active else self.tr("archived")
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
            return fill(self.tr("%1 of %2 surveys shown"), shown, total)
        return self.tr("%n surveys", "", total)

    def update_buttons(self) -> None:
        row: SurveyRow | None = self.selected_row()
        for button in (self.edit, self.duplicate, self.archive, self.delete, self.export):
            button.setEnabled(row is not None)
        self.archive.setText(self.tr("Restore") if row is not None and not row.active
                             else self.tr("Archive"))

    def activated(self) -> None:
        self.edit_survey()

    def delete_pressed(self) -> None:
        self.delete_survey()

    # actions

    def new_survey(self) -> None:
        template = SurveyEditor.edit(self, None, None)
        if template is not None:
            db = self.page.ctx.db
            self.page.write(lambda: surveys.save_survey(db, None, template), self.select_id)

    def edit_survey(self) -> None:
        row: SurveyRow | None = self.selected_row()
        if row is None:
            return
        db = self.page.ctx.db
        self.page.ctx.tasks.run(lambda: surveys.load_survey_form(db, row.id),
                                lambda template: self._edit(row, template), self.page.failed)

    def _edit(self, row: SurveyRow, template: SurveyTemplate) -> None:
        edited = SurveyEditor.edit(self, template, row)
        if edited is None or edited == template:
            return
        db = self.page.ctx.db

        def save() -> SurveyRow:
            return surveys.get_survey(db, surveys.save_survey(db, row.family, edited))

        self.page.write(save, lambda saved: self._saved(row, saved))

    def _saved(self, old: SurveyRow, saved: SurveyRow) -> None:
        self.select_id(saved.id)
        if saved.version != old.version:
            messages.show_info(self, self.tr("Survey saved"), fill(self.tr(
                "“%1” was saved as version %2. The %n responses given so far keep version %3.",
                "", old.response_count), local_text(saved.name), saved.version, old.version))

    def duplicate_survey(self) -> None:
        row: SurveyRow | None = self.selected_row()
        if row is not None:
            db = self.page.ctx.db
            self.page.write(lambda: surveys.duplicate_survey(db, row.id), self.select_id)

    def toggle_archived(self) -> None:
        row: SurveyRow | None = self.selected_row()
        if row is None:
            return
        if row.active and not messages.confirm(self, self.tr("Archive survey"), fill(self.tr(
                "Archive “%1”? It is no longer offered for new responses; its answers and "
                "figures stay."), local_text(row.name))):
            return
        db = self.page.ctx.db
        self.page.write(lambda: surveys.set_survey_active(db, row.family, not row.active))

    def delete_survey(self) -> None:
        row: SurveyRow | None = self.selected_row()
        if row is None:
            return
        text = fill(self.tr("Delete “%1” with all its versions? This cannot be undone."),
                    local_text(row.name))
        if messages.confirm(self, self.tr("Delete survey"), text, destructive=True):
            db = self.page.ctx.db
            self.page.write(lambda: surveys.delete_survey(db, row.family))

    def export_survey(self) -> None:
        row: SurveyRow | None = self.selected_row()
        if row is not None:
            self.page.files.export("survey", row.family, row.name)
