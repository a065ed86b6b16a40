"""Submit a visit: every required item answered, then locked with its score frozen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cxdesk.i18n import fill, translate
from cxdesk.services import visits
from cxdesk.services.visits import UnansweredItemsError
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.tabs.mystery.texts import percent, verdict

if TYPE_CHECKING:
    from ui.tabs.mystery.editor import VisitEditor


def submit(editor: VisitEditor, ctx: AppContext) -> None:
    """Ask, then submit in the writer; a refusal marks the unanswered items and opens the first."""
    detail = editor.detail
    if detail is None or detail.submitted:
        return
    editor.flush()
    title = QCoreApplication.translate("Submitting", "Submit visit")
    missing = detail.unanswered_required
    if missing:  # the service checks again; this spares a question answered for nothing
        text = fill(translate(  # the core's own message, already in the catalogues
            "Visits", "Answer every required item before submitting; not answered: %1%2"),
            ", ".join(item.number for item in missing), "")
        refuse(editor, UnansweredItemsError(text, tuple(item.id for item in missing)))
        return
    question = QCoreApplication.translate(
        "Submitting", "Submit this visit? Its answers are then locked and its score is frozen.")
    if detail.ended_at is None:
        question += " " + QCoreApplication.translate(
            "Submitting", "The end time is recorded now.")
    if not messages.confirm(editor, title, question):
        return
    db, visit_id = ctx.db, detail.id

    def work():
        visits.submit_visit(db, visit_id)
        return visits.load_visit(db, visit_id)

    def done(submitted) -> None:
        if submitted.id != editor.visit_id:
            return
        editor.missing.clear()
        editor.show_detail(submitted, everything=True)
        emit(editor.visit_changed, submitted.id)
        messages.show_info(editor, title, fill(
            QCoreApplication.translate("Submitting", "The visit is submitted. Score %1 — %2."),
            percent(submitted.score), verdict(submitted.passed, True)))

    def failed(error: BaseException) -> None:
        if isinstance(error, UnansweredItemsError):
            refuse(editor, error)
        else:
            editor.show_error(error)

    ctx.tasks.run(work, done, failed, write=True)


def refuse(editor: VisitEditor, error: UnansweredItemsError) -> None:
    """Mark the required items left unanswered, say which, and open the first of them."""
    editor.missing = set(error.item_ids)
    if editor.detail is not None:
        editor.show_detail(editor.detail)
    messages.show_error(editor, QCoreApplication.translate("Submitting", "Submit visit"),
                        str(error))
    if error.item_ids:
        editor.checklist.show_item(error.item_ids[0])
