"""The forms of a service standard (an observable behaviour) and of a hard-case scenario."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from cxdesk.errors import ValidationError
from cxdesk.services.search import clean_texts
from cxdesk.services.standards import (
    RoleRow,
    ScenarioForm,
    ScenarioRow,
    StageRow,
    StandardForm,
    StandardRow,
)
from ui.dialogs.i18n_form_dialog import I18nFormDialog
from ui.widgets.i18n_edit import I18nEdit, local_text


def stage_combo(stages: Sequence[StageRow], none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for stage in stages:
        combo.addItem(f"{stage.position}. {local_text(stage.name)}", stage.id)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class StandardDialog(I18nFormDialog):
    """`StandardDialog.edit(parent, row | None, stages, roles, stage_id) -> StandardForm | None`;
    `stage_id` preselects the stage of a new standard."""

    def __init__(self, parent: QWidget | None, row: StandardRow | None,
                 stages: Sequence[StageRow], roles: Sequence[RoleRow],
                 stage_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standard_dialog")
        self._row = row
        self.text_edit = I18nEdit(multiline=True)
        self.stage_combo = stage_combo(stages)
        self.role_combo = QComboBox()
        self.role_combo.addItem("", None)  # "no particular role", named in retranslate
        for role in roles:
            self.role_combo.addItem(local_text(role.name), role.id)
        self.active_check = QCheckBox()
        self.add_row("text", self.text_edit)
        self.add_row("stage_id", self.stage_combo)
        self.add_row("role_id", self.role_combo)
        self.add_row("active", self.active_check)
        self.retranslate()
        if row is not None:
            self.text_edit.set_texts(row.text)
            select_data(self.stage_combo, row.stage_id)
            select_data(self.role_combo, row.role_id)
        elif stage_id is not None:
            select_data(self.stage_combo, stage_id)
        self.active_check.setChecked(row.active if row is not None else True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New standard") if self._row is None
                            else self.tr("Edit standard"))
        self.labels["text"].setText(self.tr("What must happen:"))
        self.labels["stage_id"].setText(self.tr("Stage:"))
        self.labels["role_id"].setText(self.tr("Who does it:"))
        self.labels["active"].setText(self.tr("In force:"))
        self.role_combo.setItemText(0, self.tr("— anyone at this stage —"))
        self.active_check.setText(self.tr("Active (checked and printed in the handbook)"))
        self.text_edit.set_placeholder(self.tr(
            "Something a mystery shopper can see, e.g. “Greets the customer within 10 seconds”"))

    def validate(self) -> StandardForm:
        text = clean_texts(self.text_edit.texts(), "text")
        stage_id = self.stage_combo.currentData()
        if stage_id is None:
            raise ValidationError(self.tr("Add a stage of the journey first."), "stage_id")
        return StandardForm(text, stage_id, self.role_combo.currentData(),
                            self.active_check.isChecked())


class ScenarioDialog(I18nFormDialog):
    """`ScenarioDialog.edit(parent, row | None, stages, stage_id) -> ScenarioForm | None`."""

    def __init__(self, parent: QWidget | None, row: ScenarioRow | None,
                 stages: Sequence[StageRow], stage_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenario_dialog")
        self._row = row
        self.title_edit = I18nEdit()
        self.stage_combo = stage_combo(stages, "")
        self.risk_edit = I18nEdit(multiline=True)
        self.action_edit = I18nEdit(multiline=True)
        self.add_row("title", self.title_edit)
        self.add_row("stage_id", self.stage_combo)
        self.add_row("risk", self.risk_edit)
        self.add_row("action", self.action_edit)
        self.retranslate()
        if row is not None:
            self.title_edit.set_texts(row.title)
            self.risk_edit.set_texts(row.risk)
            self.action_edit.set_texts(row.action)
            select_data(self.stage_combo, row.stage_id)
        elif stage_id is not None:
            select_data(self.stage_combo, stage_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New scenario") if self._row is None
                            else self.tr("Edit scenario"))
        self.labels["title"].setText(self.tr("Hard case:"))
        self.labels["stage_id"].setText(self.tr("Stage:"))
        self.labels["risk"].setText(self.tr("Risk:"))
        self.labels["action"].setText(self.tr("What to do:"))
        self.stage_combo.setItemText(0, self.tr("— any stage —"))
        self.title_edit.set_placeholder(self.tr("e.g. The card terminal does not work"))

    def validate(self) -> ScenarioForm:
        return ScenarioForm(
            clean_texts(self.title_edit.texts(), "title"),
            clean_texts(self.risk_edit.texts(), "risk", required=False),
            clean_texts(self.action_edit.texts(), "action", required=False),
            self.stage_combo.currentData(),
        )
