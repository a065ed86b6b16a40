"""The survey templates: new, edit (a new version once answered), duplicate, archive, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesk.i18n import fill
from cxdesk.services import survey_templates as surveys
from cxdesk.services.survey_templates import SurveyRow
from cxdesk.templates import SurveyTemplate
from ui.dialogs import messages
from ui.qtmodels.record_table import Column
from ui.tabs.templates import labels
from ui.tabs.templates.survey_editor import SurveyEditor
from ui.tabs.templates.template_panel import TemplateCalls, TemplatePanel
from ui.widgets.i18n_edit import local_text

if TYPE_CHECKING:
    from ui.tabs.templates.tab import TemplatesTab


class SurveysPanel(TemplatePanel):
    NAME, KIND, QUESTIONS, VERSION, RESPONSES, STATUS = range(6)
    TEMPLATE_KIND = "survey"
    CALLS = TemplateCalls(
        load=lambda db, id_: surveys.load_survey_form(db, id_),
        save=lambda db, family, template: surveys.save_survey(db, family, template),
        get=lambda db, id_: surveys.get_survey(db, id_),
        duplicate=lambda db, id_: surveys.duplicate_survey(db, id_),
        set_archived=lambda db, family, archived: surveys.set_survey_active(
            db, family, not archived),
        delete=lambda db, family: surveys.delete_survey(db, family))

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
        super().__init__(page, columns, lambda r: (r.name, r.description, r.family,
                                                   labels.survey_kind_label(r.kind)),
                         self.NAME, {self.KIND: 150, self.QUESTIONS: 90,
                                     self.VERSION: 70, self.RESPONSES: 90, self.STATUS: 140})

    def _status(self, row: SurveyRow) -> str:
        status = self.tr("in use") if row.active else self.tr("archived")
        return fill(self.tr("%1, built-in"), status) if row.builtin else status

    def retranslate(self) -> None:
        self.set_button_texts(self.tr("New…"), self.tr("Edit…"), self.tr("Duplicate"),
                              self.tr("Delete"), self.tr("Export…"))

    def count_text(self, shown: int, total: int) -> str:
        if shown != total:
            return fill(self.tr("%1 of %2 surveys shown"), shown, total)
        return self.tr("%n surveys", "", total)

    # the hooks of TemplatePanel, with this panel's texts

    def open_editor(self, template: SurveyTemplate | None,
                    row: SurveyRow | None) -> SurveyTemplate | None:
        return SurveyEditor.edit(self, template, row)

    def is_archived(self, row: SurveyRow) -> bool:
        return not row.active

    def archive_text(self, archived: bool) -> str:
        return self.tr("Restore") if archived else self.tr("Archive")

    def confirm_archive(self, row: SurveyRow) -> bool:
        return messages.confirm(self, self.tr("Archive survey"), fill(self.tr(
            "Archive “%1”? It is no longer offered for new responses; its answers and "
            "figures stay."), local_text(row.name)))

    def delete_texts(self, row: SurveyRow) -> tuple[str, str]:
        text = fill(self.tr("Delete “%1” with all its versions? This cannot be undone."),
                    local_text(row.name))
        return self.tr("Delete survey"), text

    def show_new_version(self, old: SurveyRow, saved: SurveyRow) -> None:
        messages.show_info(self, self.tr("Survey saved"), fill(self.tr(
            "“%1” was saved as version %2. The %n responses given so far keep version %3.",
            "", old.response_count), local_text(saved.name), saved.version, old.version))

    # the actions under their own names

    new_survey = TemplatePanel.new_template
    edit_survey = TemplatePanel.edit_template
    duplicate_survey = TemplatePanel.duplicate_template
    delete_survey = TemplatePanel.delete_template
    export_survey = TemplatePanel.export_template
