"""The form of a sample plan: how many conversations, with which survey, where, when."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from cxdesk.errors import ValidationError
from cxdesk.services.sales import TARGET_MAX, SamplePlanForm, SamplePlanRow
from ui.dialogs.record_form import RecordForm
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choice, offered
from ui.widgets.moment_edit import MomentEdit


class SamplePlanDialog(RecordForm):
    """`SamplePlanDialog.edit(parent, row | None, surveys, locations) -> SamplePlanForm | None`;
    `surveys` are (family, name) pairs. The service checks the plan when it is saved; what it
    refuses comes back here under its field."""

    def __init__(self, parent: QWidget | None, row: SamplePlanRow | None,
                 surveys: list[tuple[str, str]], locations: list[Choice],
                 form: SamplePlanForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_plan_dialog")
        self._row = row
        self._surveys = surveys
        self._locations = locations
        today = date.today()
        self._initial = form or (SamplePlanForm(row.survey_family, row.starts_on, row.ends_on,
                                                row.target, row.location_id) if row else
                                 SamplePlanForm(surveys[0][0] if surveys else "", today,
                                                today + timedelta(days=4), 25))
        self.survey_combo = ChoiceCombo()
        self.location_combo = ChoiceCombo()
        self.starts_edit = MomentEdit(with_time=False, optional=False)
        self.ends_edit = MomentEdit(with_time=False, optional=False)
        self.target_spin = QSpinBox(minimum=1, maximum=TARGET_MAX)
        self.hint = QLabel(wordWrap=True)
        self.add_field("survey_family", self.survey_combo)
        self.add_field("location_id", self.location_combo)
        self.add_field("starts_on", self.starts_edit)
        self.add_field("ends_on", self.ends_edit)
        self.add_field("target", self.target_spin, self.hint)
        self.setMinimumWidth(520)
        self.retranslate()
        self.survey_combo.set_value(self._initial.survey_family)
        self.location_combo.set_value(self._initial.location_id)
        self.starts_edit.set_value(self._initial.starts_on)
        self.ends_edit.set_value(self._initial.ends_on)
        self.target_spin.setValue(max(1, self._initial.target))

    @classmethod
    def edit(cls, parent: QWidget | None, row: SamplePlanRow | None,
             surveys: list[tuple[str, str]], locations: list[Choice],
             form: SamplePlanForm | None = None,
             error: ValidationError | None = None) -> SamplePlanForm | None:
        dialog = cls(parent, row, surveys, locations, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New sample plan") if self._row is None
                            else self.tr("Edit sample plan"))
        self.labels["survey_family"].setText(self.tr("&Survey:"))
        self.labels["location_id"].setText(self.tr("&Location:"))
        self.labels["starts_on"].setText(self.tr("&First day:"))
        self.labels["ends_on"].setText(self.tr("La&st day:"))
        self.labels["target"].setText(self.tr("&Conversations:"))
        self.hint.setText(self.tr("e.g. 5 customers a day for 5 days = 25"))
        self.survey_combo.set_items(self._surveys)
        self.location_combo.set_items(offered(self._locations, self._initial.location_id),
                                      none_text=self.tr("— all locations —"))

    def validated(self) -> SamplePlanForm:
        return SamplePlanForm(self.survey_combo.value() or "", self.starts_edit.value(),
                              self.ends_edit.value(), self.target_spin.value(),
                              self.location_combo.value())
