"""One visit being filled in: every change goes to the database at once, as a draft."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QImage, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cxdesk.db.models import AnswerKind
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services import visits
from cxdesk.services.org import LocationRow, StaffRow
from cxdesk.services.visit_detail import VisitDetail
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.mystery import photos, print_visit
from ui.tabs.mystery.checklist_view import ChecklistView
from ui.tabs.mystery.header import VisitHeader
from ui.tabs.mystery.item_widget import ItemWidget
from ui.tabs.mystery.score_bar import ScoreBar
from ui.tabs.mystery.submitting import submit

log = logging.getLogger(__name__)


class VisitEditor(QWidget):
    closed = Signal()  # the user went back to the list
    visit_changed = Signal(int)  # visit id: a change was saved, or the visit was submitted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_editor")
        self._ctx = ctx
        self.detail: VisitDetail | None = None
        self.missing: set[int] = set()  # required items a refused submission named
        self._writes = 0
        self._thumbs: dict[int, QImage] = {}
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.header = VisitHeader()
        self.score_bar = ScoreBar()
        self.checklist = ChecklistView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.score_bar)
        layout.addWidget(self.checklist, 1)
        self.header.set_report_available(print_visit.report_available())

    def _connect(self) -> None:
        header = self.header
        header.back_clicked.connect(self.close_visit)
        header.print_clicked.connect(self.print_report)
        header.finish_clicked.connect(
            lambda: self._write(lambda db, vid: visits.finish_visit(db, vid)))
        header.location_chosen.connect(lambda location_id: self._write(
            lambda db, vid: visits.update_visit(db, vid, location_id=location_id)))
        header.visited_at_changed.connect(lambda moment: self._write(
            lambda db, vid: visits.update_visit(db, vid, visited_at=moment)))
        header.shopper_edited.connect(lambda name: self._write(
            lambda db, vid: visits.update_visit(db, vid, shopper=name)))
        header.staff_changed.connect(lambda ids: self._write(
            lambda db, vid: visits.set_staff(db, vid, ids)))
        self.checklist.notes_edited.connect(lambda text: self._write(
            lambda db, vid: visits.update_visit(db, vid, notes=text)))
        self.score_bar.submit_clicked.connect(lambda: submit(self, self._ctx))
        self.score_bar.item_clicked.connect(self.checklist.show_item)
        shortcuts = (
            (Qt.Key.Key_PageDown, lambda: self.checklist.step_section(1)),
            (Qt.Key.Key_PageUp, lambda: self.checklist.step_section(-1)),
            (Qt.Key.Key_Escape, self.close_visit),
        )
        for key, slot in shortcuts:
            shortcut(QKeySequence(key), self, slot)

    def _connect_item(self, widget: ItemWidget) -> None:
        widget.answered.connect(self._answered)
        widget.cleared.connect(lambda item_id: self._write(
            lambda db, vid: visits.clear_answer(db, vid, item_id)))
        widget.commented.connect(lambda item_id, text: self._write(
            lambda db, vid: visits.save_answer(db, vid, item_id, comment=text)))
        widget.photos_wanted.connect(self.attach_photos)
        widget.photo_removal_asked.connect(self.remove_photo)
        widget.photo_opened.connect(self.open_photo)
        widget.stepped.connect(self.checklist.step_item)

    def retranslate(self) -> None:
        self.set_language(self._ctx.translations.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.header.set_language(lang)
        self.checklist.set_language(lang)

    # opening and closing

    @property
    def visit_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def open_visit(self, detail: VisitDetail, locations: list[LocationRow],
                   staff: list[StaffRow], item_id: int | None = None) -> None:
        """Show a visit; a draft opens at `item_id` (where it stopped), a submitted one locked."""
        self.flush()
        self.detail = detail
        self.missing = set()
        self._thumbs.clear()
        self.header.set_choices(locations, staff)
        self.checklist.build(detail.sections, self._load_thumbnail)
        for widget in self.checklist.items.values():
            self._connect_item(widget)
        self.show_detail(detail, everything=True)
        if item_id is not None:
            self.checklist.show_item(item_id)
        else:
            self.checklist.show_section(0)

    def close_visit(self) -> None:
        self.flush()
        emit(self.closed)

    def flush(self) -> None:
        """Save whatever is still being typed (leaving the visit, hiding, closing)."""
        if self.detail is not None and not self.detail.submitted:
            self.header.flush()
            self.checklist.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # showing the stored state

    def show_detail(self, detail: VisitDetail, everything: bool = False,
              item_id: int | None = None) -> None:
        """Show a freshly read visit; the answers themselves only when `everything` (the
        widgets already show what the user did), and the photos of the item `item_id`."""
        self.detail = detail
        self.header.show_visit(detail)
        self.score_bar.show_visit(detail)
        self.checklist.show_progress(detail)
        failed = set(detail.running_score.failed_critical)
        answered = {a.item_id for a in detail.answers if a.answered}
        self.missing -= answered
        for widget in self.checklist.items.values():
            info = widget.item
            if everything:
                widget.show_answer(detail.answer(info.id))
                widget.set_read_only(detail.submitted)
            elif info.id == item_id:  # only the photos: the answer may have changed since
                answer = detail.answer(info.id)
                widget.photos.set_photos(answer.photos if answer else ())
            widget.set_marks(failed=info.key in failed, missing=info.id in self.missing)

    # saving

    def _write(self, change: Callable, item_id: int | None = None) -> None:
        """Run `change(db, visit_id)` in the writer, then read the visit back to show it."""
        if self.detail is None or self.detail.submitted:
            return
        db, visit_id = self._ctx.db, self.detail.id
        self._writes += 1
        self.score_bar.set_saving(True)

        def work() -> VisitDetail:
            change(db, visit_id)
            return visits.load_visit(db, visit_id)

        self._ctx.tasks.run(work, lambda detail: self._saved(detail, item_id),
                            self._write_failed, write=True)

    def _saved(self, detail: VisitDetail, item_id: int | None) -> None:
        self._writes -= 1
        if detail.id != self.visit_id:
            return
        self.score_bar.set_saving(self._writes > 0, datetime.now())
        self.show_detail(detail, item_id=item_id)
        emit(self.visit_changed, detail.id)

    def _write_failed(self, error: BaseException) -> None:
        self._writes -= 1
        self.score_bar.set_saving(self._writes > 0)
        self.show_error(error)
        if self.detail is not None:  # the widgets may show what was not stored: reread
            self.reload()

    def reload(self) -> None:
        if self.detail is None:
            return
        db, visit_id = self._ctx.db, self.detail.id

        def loaded(detail: VisitDetail) -> None:
            if detail.id == self.visit_id:
                self.show_detail(detail, everything=True)

        self._ctx.tasks.run(lambda: visits.load_visit(db, visit_id), loaded, self.show_error)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("visit editor", exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.tr("Mystery shop"), text)

    def _answered(self, item_id: int, value: object) -> None:
        field = {AnswerKind.YES_NO_NA: "choice", AnswerKind.SCALE_1_5: "scale",
                 AnswerKind.TEXT: "text"}[AnswerKind(self.checklist.items[item_id].item.kind)]
        self._write(lambda db, vid: visits.save_answer(db, vid, item_id, **{field: value}))

    # photos and the report

    def attach_photos(self, item_id: int) -> None:
        for path in photos.choose_photos(self):
            self._write(lambda db, vid, p=path: visits.add_photo(db, vid, item_id, p),
                        item_id=item_id)

    def remove_photo(self, photo_id: int) -> None:
        if not messages.confirm(self, self.tr("Remove photo"),
                                self.tr("Remove this photo from the visit?"), destructive=True):
            return
        item_id = next((a.item_id for a in self.detail.answers
                        if any(p.id == photo_id for p in a.photos)), None)
        self._write(lambda db, _vid: visits.remove_photo(db, photo_id), item_id=item_id)

    def _load_thumbnail(self, photo_id: int, done: Callable[[QImage], None]) -> None:
        if photo_id in self._thumbs:
            done(self._thumbs[photo_id])
            return
        db = self._ctx.db

        def loaded(image: QImage) -> None:
            self._thumbs[photo_id] = image
            done(image)

        self._ctx.tasks.run(lambda: photos.decode(visits.photo_data(db, photo_id), photos.THUMB),
                            loaded, lambda error: log.warning("thumbnail %s: %s", photo_id, error))

    def open_photo(self, photo_id: int) -> None:
        db = self._ctx.db
        name = next((p.filename for a in self.detail.answers for p in a.photos
                     if p.id == photo_id), "")
        self._ctx.tasks.run(lambda: photos.decode(visits.photo_data(db, photo_id)),
                            lambda image: photos.PhotoViewer.show_photo(self, image, name),
                            self.show_error)

    def print_report(self) -> None:
        if self.detail is None:
            return
        self.flush()
        detail = self.detail
        print_visit.print_visit(self, self._ctx, detail.id, detail.location_name,
                                detail.visited_at.date())
