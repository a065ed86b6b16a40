"""Improvement actions: suggestions from surveys, visits and complaints, with owner and date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from cxdesk.db.models import ActionStatus
from cxdesk.i18n import fill
from cxdesk.services import actions
from cxdesk.services.actions import ActionRow
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.action_dialog import ActionDialog
from ui.enum_labels import enum_items
from ui.qtcompat import emit
from ui.tabs.actions.model import FINISHED, ActionsModel
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import load_choices
from ui.widgets.record_list import RecordList


class ActionsTab(QWidget):
    page_name = "actions_tab"
    actions_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._build_ui()
        self._connect()
        self.retranslate()
        self.records.refresh()

    def _build_ui(self) -> None:
        db, translations = self._ctx.db, self._ctx.translations
        self.model = ActionsModel(self)
        self.status_filter = ChoiceCombo()
        self.records = RecordList(self._ctx, self.model, lambda search: actions.list_actions(
            db, search, status=self._status, lang=translations.language))
        self.done_button = QPushButton()
        self.records.add_action(self.done_button)
        self.records.add_filter(self.status_filter)
        self.records.filters_active = lambda: self._status is not None
        self.records.count_text = self._count_text
        layout = QVBoxLayout(self)
        layout.addWidget(self.records)
        self.add_button, self.edit_button = self.records.add_button, self.records.edit_button
        self.delete_button, self.table = self.records.delete_button, self.records.table
        self.search_edit, self.count_label = self.records.search_edit, self.records.count_label
        self._status = None
        self._update_buttons()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.records.activated.connect(self.edit_action)
        self.delete_button.clicked.connect(self.delete_action)
        self.done_button.clicked.connect(self.toggle_done)
        self.records.cell_clicked.connect(self._cell_clicked)
        self.records.selection_changed.connect(self._update_buttons)
        self.records.loaded.connect(self._update_buttons)
        self.records.saved.connect(lambda: emit(self.actions_changed))
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter())

    def retranslate(self) -> None:
        self.status_filter.set_items(enum_items(ActionStatus), self.tr("All statuses"))
        self.records.set_search_placeholder(self.tr("Search suggestion, theme, owner, source"))
        self.records.error_title = self.tr("Improvement actions")
        self.records.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.records.refresh()  # where an action came from is written in the language
        super().changeEvent(event)

    def _count_text(self, n: int, filtered: bool) -> str:
        return (self.tr("%n actions found", "", n) if filtered
                else self.tr("%n actions", "", n))

    def _filter(self) -> None:
        self._status = self.status_filter.value()
        self.records.refresh()

    def refresh(self) -> None:
        self.records.refresh()

    def selected(self) -> ActionRow | None:
        return self.records.selected_row()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None)
        finished = row is not None and row.status in FINISHED
        self.done_button.setText(self.tr("Re&open") if finished else self.tr("Mark d&one"))

    def _cell_clicked(self, column: int) -> None:
        row = self.selected()
        if column == ActionsModel.SOURCE and row is not None and ActionsModel.linked(row):
            self.show_source(row)

    def show_source(self, row: ActionRow) -> None:
        """Where an action came from, with what was said or seen there."""
        text = row.source_text
        if row.description:
            text = fill(self.tr("%1\n\n%2"), text, row.description)
        messages.show_info(self, self.tr("Where it came from"), text)

    # actions

    def add_action(self) -> None:
        db = self._ctx.db
        self._ctx.tasks.run(lambda: load_choices(db, with_customers=False),
                            lambda choices: self.records.ask_and_save(
                                lambda form, error: ActionDialog.edit(self, None, choices, form,
                                                                      error),
                                lambda form: actions.create_action(db, form)),
                            self.records.show_failure)

    def edit_action(self) -> None:
        row, db = self.selected(), self._ctx.db
        if row is None:
            return
        self._ctx.tasks.run(lambda: load_choices(db, with_customers=False),
                            lambda choices: self.records.ask_and_save(
                                lambda form, error: ActionDialog.edit(self, row, choices, form,
                                                                      error),
                                lambda form: actions.update_action(db, row.id, form), row.id),
                            self.records.show_failure)

    def toggle_done(self) -> None:
        row, db = self.selected(), self._ctx.db
        if row is None:
            return
        status = ActionStatus.OPEN if row.status in FINISHED else ActionStatus.DONE
        self.records.write(lambda: actions.set_action_status(db, row.id, status), row.id)

    def delete_action(self) -> None:
        row, db = self.selected(), self._ctx.db
        if row is None:
            return
        text = fill(self.tr("Delete the improvement action “%1”? This cannot be undone."),
                    row.title)
        if messages.confirm(self, self.tr("Delete improvement action"), text, destructive=True):
            self.records.write(lambda: actions.delete_action(db, row.id))
