"""The forms of a location (a shop, a branch) and of a staff member."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from cxdesk.errors import ValidationError
from cxdesk.services.org import (
    NAME_MAX,
    LocationForm,
    LocationRow,
    StaffForm,
    StaffRow,
    validate_location,
    validate_staff,
)
from ui.dialogs.record_form import RecordForm
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choice, offered


class LocationDialog(RecordForm):
    """`LocationDialog.edit(parent, row | None) -> LocationForm | None`."""

    def __init__(self, parent: QWidget | None, row: LocationRow | None,
                 form: LocationForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("location_dialog")
        self._row = row
        self.name_edit = QLineEdit(maxLength=NAME_MAX)
        self.address_edit = QPlainTextEdit(tabChangesFocus=True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.active_check = QCheckBox()
        self.add_field("name", self.name_edit)
        self.add_field("address", self.address_edit)
        self.add_field("active", self.active_check)
        self.setMinimumWidth(480)
        self.retranslate()
        form = form or (row.form() if row else LocationForm())
        self.name_edit.setText(form.name)
        self.address_edit.setPlainText(form.address)
        self.active_check.setChecked(form.active)

    @classmethod
    def edit(cls, parent: QWidget | None, row: LocationRow | None,
             form: LocationForm | None = None,
             error: ValidationError | None = None) -> LocationForm | None:
        dialog = cls(parent, row, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New location") if self._row is None
                            else self.tr("Edit location"))
        self.labels["name"].setText(self.tr("&Name:"))
        self.labels["address"].setText(self.tr("A&ddress:"))
        self.labels["active"].setText(self.tr("In use:"))
        self.active_check.setText(self.tr("&Active (offered in new records)"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Shop on Khreshchatyk"))

    def validated(self) -> LocationForm:
        return validate_location(LocationForm(self.name_edit.text(),
                                              self.address_edit.toPlainText(),
                                              self.active_check.isChecked()))


class StaffDialog(RecordForm):
    """`StaffDialog.edit(parent, row | None, locations) -> StaffForm | None`."""

    def __init__(self, parent: QWidget | None, row: StaffRow | None, locations: list[Choice],
                 form: StaffForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_dialog")
        self._row = row
        self._locations = locations
        self._initial = form or (row.form() if row else StaffForm())
        self.name_edit = QLineEdit(maxLength=NAME_MAX)
        self.role_edit = QLineEdit(maxLength=NAME_MAX)
        self.location_combo = ChoiceCombo()
        self.active_check = QCheckBox()
        self.add_field("name", self.name_edit)
        self.add_field("role", self.role_edit)
        self.add_field("location_id", self.location_combo)
        self.add_field("active", self.active_check)
        self.setMinimumWidth(480)
        self.retranslate()
        self.name_edit.setText(self._initial.name)
        self.role_edit.setText(self._initial.role)
        self.location_combo.set_value(self._initial.location_id)
        self.active_check.setChecked(self._initial.active)

    @classmethod
    def edit(cls, parent: QWidget | None, row: StaffRow | None, locations: list[Choice],
             form: StaffForm | None = None,
             error: ValidationError | None = None) -> StaffForm | None:
        dialog = cls(parent, row, locations, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New staff member") if self._row is None
                            else self.tr("Edit staff member"))
        self.labels["name"].setText(self.tr("&Name:"))
        self.labels["role"].setText(self.tr("&Role:"))
        self.labels["location_id"].setText(self.tr("&Location:"))
        self.labels["active"].setText(self.tr("Works here:"))
        self.active_check.setText(self.tr("&Active (offered in new records)"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Olena Kovalenko"))
        self.role_edit.setPlaceholderText(self.tr("e.g. cashier, sales assistant, manager"))
        self.location_combo.set_items(offered(self._locations, self._initial.location_id),
                                      none_text=self.tr("— any location —"))

    def validated(self) -> StaffForm:
        return validate_staff(StaffForm(self.name_edit.text(), self.role_edit.text(),
                                        self.location_combo.value(),
                                        self.active_check.isChecked()))
