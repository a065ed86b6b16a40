"""Service requests: registered, taken into work, resolved, against the SLA targets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from cxdesk.db.models import Priority
from cxdesk.i18n import fill
from cxdesk.services import requests
from cxdesk.services.requests import SlaForm
from cxdesk.services.search import excerpt
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.request_dialog import RequestDialog
from ui.dialogs.sla_dialog import SlaDialog
from ui.enum_labels import enum_items
from ui.qtcompat import emit
from ui.tabs.requests.model import RequestItem, RequestsModel, load_items
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import load_choices
from ui.widgets.record_list import RecordList

TICK_MS = 30_000  # the time left is redrawn twice a minute


class RequestsTab(QWidget):
    page_name = "requests_tab"
    requests_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self.model = RequestsModel(self, clock)
        self._build_ui()
        self._connect()
        self.retranslate()
        self.records.refresh()

    def _build_ui(self) -> None:
        db = self._ctx.db
        self.open_check = QCheckBox()
        self.priority_filter = ChoiceCombo()
        self.records = RecordList(self._ctx, self.model, lambda search: load_items(
            db, search, self._open_only, self._priority))
        self.take_button = QPushButton()
        self.resolve_button = QPushButton()
        self.sla_button = QPushButton()
        for button in (self.take_button, self.resolve_button):
            self.records.add_action(button)
        for widget in (self.open_check, self.priority_filter):
            self.records.add_filter(widget)
        self.records.toolbar.addWidget(self.sla_button)  # a setting: on the right, apart
        self.records.filters_active = lambda: self._open_only or self._priority is not None
        self.records.count_text = self._count_text
        self.records.sort_by(RequestsModel.TIME_LEFT)
        layout = QVBoxLayout(self)
        layout.addWidget(self.records)
        self.add_button, self.edit_button = self.records.add_button, self.records.edit_button
        self.delete_button, self.table = self.records.delete_button, self.records.table
        self.search_edit, self.count_label = self.records.search_edit, self.records.count_label
        self._open_only, self._priority = False, None
        self.timer = QTimer(self, interval=TICK_MS)
        self._update_buttons()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_request)
        self.edit_button.clicked.connect(self.edit_request)
        self.records.activated.connect(self.edit_request)
        self.delete_button.clicked.connect(self.delete_request)
        self.take_button.clicked.connect(self.take_now)
        self.resolve_button.clicked.connect(self.resolve_now)
        self.sla_button.clicked.connect(self.edit_sla)
        self.records.selection_changed.connect(self._update_buttons)
        self.records.loaded.connect(self._update_buttons)
        self.records.saved.connect(lambda: emit(self.requests_changed))
        self.open_check.toggled.connect(lambda _on: self._filter())
        self.priority_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def retranslate(self) -> None:
        self.take_button.setText(self.tr("&Take into work"))
        self.take_button.setToolTip(self.tr("Mark the request taken into work now"))
        self.resolve_button.setText(self.tr("&Resolve"))
        self.resolve_button.setToolTip(self.tr("Mark the request resolved now"))
        self.sla_button.setText(self.tr("SLA &targets…"))
        self.sla_button.setToolTip(self.tr("How soon a request of each priority must be "
                                           "taken into work and resolved"))
        self.open_check.setText(self.tr("&Open only"))
        self.priority_filter.set_items(enum_items(Priority), self.tr("All priorities"))
        self.records.set_search_placeholder(self.tr("Search description, customer, location"))
        self.records.error_title = self.tr("Service requests")
        self.records.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _count_text(self, n: int, filtered: bool) -> str:
        return (self.tr("%n requests found", "", n) if filtered
                else self.tr("%n requests", "", n))

    def _filter(self) -> None:
        self._open_only = self.open_check.isChecked()
        self._priority = self.priority_filter.value()
        self.records.refresh()

    def tick(self) -> None:
        """The clock moved: redraw the time left (a request turns overdue without a reload)."""
        self.model.refresh_columns([RequestsModel.TIME_LEFT, RequestsModel.PRIORITY])

    def refresh(self) -> None:
        self.records.refresh()

    def selected(self) -> RequestItem | None:
        return self.records.selected_row()

    def _update_buttons(self) -> None:
        item = self.selected()
        status = item.request.status if item is not None else None
        self.take_button.setEnabled(status == "new")
        self.resolve_button.setEnabled(status in ("new", "in_work"))

    # actions

    def add_request(self) -> None:
        db = self._ctx.db
        self._ctx.tasks.run(lambda: load_choices(db), lambda choices: self.records.ask_and_save(
            lambda form, error: RequestDialog.edit(self, None, choices, form, error),
            lambda form: requests.create_request(db, form)), self.records.show_failure)

    def edit_request(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return
        row = item.request
        self._ctx.tasks.run(lambda: load_choices(db), lambda choices: self.records.ask_and_save(
            lambda form, error: RequestDialog.edit(self, row, choices, form, error),
            lambda form: requests.update_request(db, row.id, form), row.id),
            self.records.show_failure)

    def take_now(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is not None:
            self.records.write(lambda: requests.take_now(db, item.id), item.id)

    def resolve_now(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is not None:
            self.records.write(lambda: requests.resolve_now(db, item.id), item.id)

    def delete_request(self) -> None:
        item, db = self.selected(), self._ctx.db
        if item is None:
            return
        text = fill(self.tr("Delete request No. %1 “%2”? This cannot be undone."), item.id,
                    excerpt(item.request.description, 60))
        if messages.confirm(self, self.tr("Delete service request"), text, destructive=True):
            self.records.write(lambda: requests.delete_request(db, item.id))

    def edit_sla(self) -> None:
        db = self._ctx.db

        def save(forms: list[SlaForm]) -> None:
            for form in forms:  # each was checked by the dialog before any is written
                requests.set_sla_target(db, form)

        def ask(targets: list[SlaForm]) -> None:
            forms = SlaDialog.edit(self, targets)
            if forms:
                self.records.write(lambda: save(forms))

        self._ctx.tasks.run(lambda: requests.get_sla_targets(db), ask,
                            self.records.show_failure)
