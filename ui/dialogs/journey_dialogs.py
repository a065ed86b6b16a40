"""The forms of the customer journey: a stage, a role, a role's duties at a stage."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from cxdesk.errors import ValidationError
from cxdesk.services.search import clean_texts
from cxdesk.services.standards import RoleForm, RoleRow, StageForm, StageRow
from ui.dialogs.i18n_form_dialog import I18nFormDialog
from ui.widgets.i18n_edit import I18nEdit, local_text


class StageDialog(I18nFormDialog):
    """`StageDialog.edit(parent, row | None) -> StageForm | None`."""

    def __init__(self, parent: QWidget | None = None, row: StageRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_dialog")
        self._row = row
        self.name_edit = I18nEdit()
        self.description_edit = I18nEdit(multiline=True)
        self.add_row("name", self.name_edit)
        self.add_row("description", self.description_edit)
        self.retranslate()
        if row is not None:
            self.name_edit.set_texts(row.name)
            self.description_edit.set_texts(row.description)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New stage") if self._row is None else self.tr("Edit stage"))
        self.labels["name"].setText(self.tr("Stage:"))
        self.labels["description"].setText(self.tr("What the customer meets:"))
        self.name_edit.set_placeholder(self.tr("e.g. Entrance, Sales floor, Checkout"))

    def validate(self) -> StageForm:
        return StageForm(clean_texts(self.name_edit.texts(), "name"),
                         clean_texts(self.description_edit.texts(), "description",
                                     required=False))


class RoleDialog(I18nFormDialog):
    """`RoleDialog.edit(parent, row | None) -> RoleForm | None`."""

    def __init__(self, parent: QWidget | None = None, row: RoleRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role_dialog")
        self._row = row
        self.name_edit = I18nEdit()
        self.add_row("name", self.name_edit)
        self.retranslate()
        if row is not None:
            self.name_edit.set_texts(row.name)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New role") if self._row is None else self.tr("Edit role"))
        self.labels["name"].setText(self.tr("Role:"))
        self.name_edit.set_placeholder(self.tr("e.g. Cashier, Sales assistant, Manager"))

    def validate(self) -> RoleForm:
        return RoleForm(clean_texts(self.name_edit.texts(), "name"))


class DutiesDialog(I18nFormDialog):
    """What one role does at one stage. `DutiesDialog.edit(parent, stages, roles, stage_id,
    role_id, duties) -> (stage_id, role_id, duties) | None`; empty duties remove the role
    from the stage."""

    def __init__(self, parent: QWidget | None, stages: Sequence[StageRow],
                 roles: Sequence[RoleRow], stage_id: int | None = None,
                 role_id: int | None = None, duties: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duties_dialog")
        self.stage_combo = QComboBox()
        for stage in stages:
            self.stage_combo.addItem(f"{stage.position}. {local_text(stage.name)}", stage.id)
        self.role_combo = QComboBox()
        for role in roles:
            self.role_combo.addItem(local_text(role.name), role.id)
        self.duties_edit = I18nEdit(multiline=True)
        self.add_row("stage_id", self.stage_combo)
        self.add_row("role_id", self.role_combo)
        self.add_row("duties", self.duties_edit)
        for combo, value in ((self.stage_combo, stage_id), (self.role_combo, role_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        self.duties_edit.set_texts(duties)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duties at a stage"))
        self.labels["stage_id"].setText(self.tr("Stage:"))
        self.labels["role_id"].setText(self.tr("Role:"))
        self.labels["duties"].setText(self.tr("Duties:"))
        self.duties_edit.set_placeholder(self.tr("Leave empty to take the role off this stage"))

    def validate(self) -> tuple[int, int, dict[str, str]]:
        stage_id, role_id = self.stage_combo.currentData(), self.role_combo.currentData()
        if stage_id is None:
            raise ValidationError(self.tr("Add a stage of the journey first."), "stage_id")
        if role_id is None:
            raise ValidationError(self.tr("Add a role first."), "role_id")
        return stage_id, role_id, clean_texts(self.duties_edit.texts(), "duties",
                                              required=False)
