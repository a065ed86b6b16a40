"""The Mystery shop page: the visit list, and the visit being filled in."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services import visits
from cxdesk.services.checklist_templates import list_checklists
from cxdesk.services.org import list_locations, list_staff
from ui.context import AppContext
from ui.dialogs import messages
from ui.formatting import format_datetime
from ui.qtcompat import emit
from ui.tabs.mystery import print_visit
from ui.tabs.mystery.editor import VisitEditor
from ui.tabs.mystery.list_page import VisitListPage
from ui.tabs.mystery.new_visit_dialog import NewVisitDialog, VisitChoices

log = logging.getLogger(__name__)


class MysteryTab(QWidget):
    page_name = "mystery_tab"  # the objectName the window remembers as the last page
    visits_changed = Signal()  # a visit was started, changed, submitted, deleted or imported

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._generation = 0  # answers of older list reads are dropped when they come late
        self._offered = False  # the unfinished visit is offered once per start
        self._build_ui()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build_ui(self) -> None:
        self.list_page = VisitListPage()
        self.editor = VisitEditor(self._ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # each page has its own margins
        layout.addWidget(self.stack)
        available = print_visit.report_available()
        self.list_page.set_report_available(available)

    def _connect(self) -> None:
        page = self.list_page
        page.new_clicked.connect(self.new_visit)
        page.open_clicked.connect(self.open_visit)
        page.resume_clicked.connect(self.open_visit)
        page.delete_clicked.connect(self.delete_visit)
        page.print_clicked.connect(self.print_visit)
        page.filter_bar.changed.connect(self.refresh)
        self.editor.closed.connect(self.show_list)
        self.editor.visit_changed.connect(lambda _id: emit(self.visits_changed))

    def retranslate(self) -> None:
        self.list_page.set_language(self._ctx.translations.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # the list

    def refresh(self, select_id: int | None = None) -> None:
        """Reread the list (and the filters' choices) through the services."""
        self._generation += 1
        generation = self._generation
        db = self._ctx.db
        wanted = self.list_page.filter_bar.filters()
        offer = not self._offered

        def read():
            rows = visits.list_visits(db, wanted.location_id, wanted.shopper, wanted.date_from,
                                      wanted.date_to, wanted.status)
            drafts = visits.open_drafts(db) if offer else []
            return rows, drafts, list_locations(db), visits.shoppers(db)

        self._ctx.tasks.run(read, lambda result: self._loaded(generation, result, select_id),
                            self._failed)

    def _loaded(self, generation: int, result, select_id: int | None) -> None:
        if generation != self._generation:
            return
        rows, drafts, locations, shoppers = result
        self.list_page.filter_bar.set_choices(locations, shoppers)
        self.list_page.set_rows(rows, select_id)
        if not self._offered and drafts and self.stack.currentWidget() is self.list_page:
            self._offered = True
            self.list_page.offer_resume(drafts[0])

    def show_list(self) -> None:
        visit_id = self.editor.visit_id
        self.stack.setCurrentWidget(self.list_page)
        self.refresh(visit_id)
        self.list_page.table.setFocus()

    def current_visit_id(self) -> int | None:
        """The visit open in the editor, else the one selected in the list."""
        if self.stack.currentWidget() is self.editor:
            return self.editor.visit_id
        return self.list_page.selected_id()

    # actions

    def new_visit(self) -> None:
        db, lang = self._ctx.db, self._ctx.translations.language

        def read() -> VisitChoices:
            recent = visits.list_visits(db)
            last = recent[0] if recent else None  # the shopper's usual: the last visit's
            return VisitChoices(list_checklists(db), list_locations(db, active_only=True),
                                list_staff(db, active_only=True), visits.shoppers(db),
                                last.shopper if last else "", lang,
                                last.location_id if last else None)

        self._ctx.tasks.run(read, self._ask_new_visit, self._failed)

    def _ask_new_visit(self, choices: VisitChoices) -> None:
        start = NewVisitDialog.ask(self, choices)
        if start is None:
            return
        db = self._ctx.db
        self._ctx.tasks.run(lambda: visits.start_visit(db, start), self._started, self._failed,
                            write=True)

    def _started(self, visit_id: int) -> None:
        emit(self.visits_changed)
        self.open_visit(visit_id)

    def open_visit(self, visit_id: int) -> None:
        """Open a visit in the editor: a draft where it stopped, a submitted one locked."""
        db = self._ctx.db
        self.list_page.banner.hide()

        def read():
            return visits.load_visit(db, visit_id), list_locations(db), list_staff(db)

        self._ctx.tasks.run(read, self._opened, self._failed)

    def _opened(self, result) -> None:
        detail, locations, staff = result
        self._offered = True
        self.stack.setCurrentWidget(self.editor)
        resume = None if detail.submitted else detail.resume_item_id
        self.editor.open_visit(detail, locations, staff, resume)

    def delete_visit(self, visit_id: int) -> None:
        row = next((r for r in self.list_page.model.rows() if r.id == visit_id), None)
        if row is None:
            return
        if row.submitted:
            text = self.tr("Delete the submitted visit of %1 on %2 by %3? Its score leaves the "
                           "reports. This cannot be undone.")
        else:
            text = self.tr("Delete the unfinished visit of %1 on %2 by %3? This cannot be undone.")
        text = fill(text, row.location_name, format_datetime(row.visited_at), row.shopper)
        if not messages.confirm(self, self.tr("Delete visit"), text, destructive=True):
            return
        db = self._ctx.db

        def done(_result) -> None:
            self.list_page.offer_resume(None)
            self.refresh()
            emit(self.visits_changed)

        self._ctx.tasks.run(lambda: visits.delete_visit(db, visit_id), done, self._failed,
                            write=True)

    def print_visit(self, visit_id: int) -> None:
        row = next((r for r in self.list_page.model.rows() if r.id == visit_id), None)
        if row is not None:
            print_visit.print_visit(self, self._ctx, row.id, row.location_name,
                                    row.visited_at.date())

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("mystery tab", exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.tr("Mystery shop"), text)
