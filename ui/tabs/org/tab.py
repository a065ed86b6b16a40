"""Locations and staff: add, change, deactivate; delete only what no record points to."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from cxdesk.i18n import fill
from cxdesk.services import org
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.org_dialogs import LocationDialog, StaffDialog
from ui.qtcompat import emit
from ui.tabs.org.models import LocationsModel, StaffModel
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import load_choices
from ui.widgets.record_list import RecordList


def _boxed(widget: QWidget) -> QGroupBox:
    box = QGroupBox()
    QVBoxLayout(box).addWidget(widget)
    return box


class OrgTab(QWidget):
    page_name = "org_tab"
    org_changed = Signal()  # a location or a staff member was added, changed or deleted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._build_ui()
        self._connect()
        self.retranslate()
        self.locations.refresh()
        self.staff.refresh()

    def _build_ui(self) -> None:
        db = self._ctx.db
        self.locations = RecordList(self._ctx, LocationsModel(self),
                                    lambda search: org.list_locations(db, search))
        self.location_filter = ChoiceCombo()
        self.staff = RecordList(self._ctx, StaffModel(self), lambda search: org.list_staff(
            db, search, location_id=self._location_id))
        self.location_active_button = QPushButton()
        self.staff_active_button = QPushButton()
        self.locations.add_action(self.location_active_button)
        self.staff.add_action(self.staff_active_button)
        self.staff.add_filter(self.location_filter)
        self.staff.filters_active = lambda: self._location_id is not None
        self.locations.count_text = lambda n, found: (
            self.tr("%n locations found", "", n) if found else self.tr("%n locations", "", n))
        self.staff.count_text = lambda n, found: (
            self.tr("%n staff members found", "", n) if found
            else self.tr("%n staff members", "", n))
        self._location_id = None
        self.locations_box, self.staff_box = _boxed(self.locations), _boxed(self.staff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.locations_box)
        splitter.addWidget(self.staff_box)
        splitter.setSizes([500, 600])
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    def _connect(self) -> None:
        self.locations.add_button.clicked.connect(lambda: self.edit_location(None))
        self.locations.edit_button.clicked.connect(self._edit_selected_location)
        self.locations.activated.connect(self._edit_selected_location)
        self.locations.delete_button.clicked.connect(self.delete_location)
        self.location_active_button.clicked.connect(self.toggle_location)
        self.staff.add_button.clicked.connect(lambda: self.edit_staff(None))
        self.staff.edit_button.clicked.connect(self._edit_selected_staff)
        self.staff.activated.connect(self._edit_selected_staff)
        self.staff.delete_button.clicked.connect(self.delete_staff)
        self.staff_active_button.clicked.connect(self.toggle_staff)
        for records in (self.locations, self.staff):
            records.selection_changed.connect(self._update_buttons)
            records.loaded.connect(self._update_buttons)
            records.saved.connect(lambda: emit(self.org_changed))
        # staff show their location's name, and the filter offers the locations
        self.locations.saved.connect(self.staff.refresh)
        self.locations.loaded.connect(self._fill_location_filter)
        self.location_filter.currentIndexChanged.connect(lambda _i: self._filter_staff())

    def retranslate(self) -> None:
        self.locations_box.setTitle(self.tr("Locations"))
        self.staff_box.setTitle(self.tr("Staff"))
        self.locations.set_search_placeholder(self.tr("Search name or address"))
        self.staff.set_search_placeholder(self.tr("Search name, role, location"))
        self.locations.error_title = self.tr("Locations")
        self.staff.error_title = self.tr("Staff")
        self.location_filter.set_none_text(self.tr("All locations"))
        self.locations.retranslate()
        self.staff.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_location_filter(self) -> None:
        rows = self.locations.model.rows()
        if not self.locations.search_edit.text().strip():  # every location, not a search's
            self.location_filter.set_items([(r.id, r.name) for r in rows],
                                           self.tr("All locations"))

    def _filter_staff(self) -> None:
        self._location_id = self.location_filter.value()
        self.staff.refresh()

    def _update_buttons(self) -> None:
        for records, button in ((self.locations, self.location_active_button),
                                (self.staff, self.staff_active_button)):
            row = records.selected_row()
            button.setEnabled(row is not None)
            inactive = row is not None and not row.active
            button.setText(self.tr("A&ctivate") if inactive else self.tr("Dea&ctivate"))
            button.setToolTip(self.tr(
                "Deactivated ones are no longer offered in new records; their records stay "
                "in the reports."))

    # locations

    def _edit_selected_location(self) -> None:
        row = self.locations.selected_row()
        if row is not None:
            self.edit_location(row)

    def edit_location(self, row) -> None:
        db = self._ctx.db
        if row is None:
            self.locations.ask_and_save(
                lambda form, error: LocationDialog.edit(self, None, form, error),
                lambda form: org.create_location(db, form))
        else:
            self.locations.ask_and_save(
                lambda form, error: LocationDialog.edit(self, row, form, error),
                lambda form: org.update_location(db, row.id, form), row.id)

    def toggle_location(self) -> None:
        row, db = self.locations.selected_row(), self._ctx.db
        if row is not None:
            self.locations.write(lambda: org.set_location_active(db, row.id, not row.active),
                                 row.id)

    def delete_location(self) -> None:
        row, db = self.locations.selected_row(), self._ctx.db
        if row is None:
            return
        text = fill(self.tr("Delete the location “%1”? This cannot be undone."), row.name)
        if messages.confirm(self, self.tr("Delete location"), text, destructive=True):
            self.locations.write(lambda: org.delete_location(db, row.id))

    # staff

    def _edit_selected_staff(self) -> None:
        row = self.staff.selected_row()
        if row is not None:
            self.edit_staff(row)

    def edit_staff(self, row) -> None:
        db = self._ctx.db

        def ask(choices) -> None:
            if row is None:
                self.staff.ask_and_save(
                    lambda form, error: StaffDialog.edit(self, None, choices.locations, form,
                                                         error),
                    lambda form: org.create_staff(db, form))
            else:
                self.staff.ask_and_save(
                    lambda form, error: StaffDialog.edit(self, row, choices.locations, form,
                                                         error),
                    lambda form: org.update_staff(db, row.id, form), row.id)

        self._ctx.tasks.run(lambda: load_choices(db, with_customers=False), ask,
                            self.staff.show_failure)

    def toggle_staff(self) -> None:
        row, db = self.staff.selected_row(), self._ctx.db
        if row is not None:
            self.staff.write(lambda: org.set_staff_active(db, row.id, not row.active), row.id)

    def delete_staff(self) -> None:
        row, db = self.staff.selected_row(), self._ctx.db
        if row is None:
            return
        text = fill(self.tr("Delete the staff member “%1”? This cannot be undone."), row.name)
        if messages.confirm(self, self.tr("Delete staff member"), text, destructive=True):
            self.staff.write(lambda: org.delete_staff(db, row.id))
