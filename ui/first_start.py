"""On a blank database, ask how to begin: demo data (written off the GUI thread) or empty."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services import setup
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.start_dialog import StartDialog
from ui.qtcompat import emit

log = logging.getLogger(__name__)


class _Progress(QObject):
    """Carries the generator's progress from its worker thread to the dialog (queued)."""

    moved = Signal(int)

    def report(self, fraction: float, _message: str = "") -> None:
        emit(self.moved, round(fraction * 100))


def first_start(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Ask once the database is found blank; a cancelled question is asked again next time."""
    if not setup.is_blank(ctx.db):
        return
    choice = StartDialog.ask(parent)
    if choice is None:
        return
    if choice.demo:
        load_demo(ctx, parent)
        return
    try:
        setup.start_empty(ctx.db, choice.location_name)
    except CxdeskError as exc:
        messages.show_error(parent, QCoreApplication.translate("FirstStart", "Start empty"),
                            str(exc))


def load_demo(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Write the demo data in the background behind a busy dialog; True when it worked."""
    title = QCoreApplication.translate("FirstStart", "Demo data")
    try:
        from cxdesk.demo import generate_demo  # written separately; may be missing in a build
    except ImportError:
        messages.show_error(parent, title, QCoreApplication.translate(
            "FirstStart", "This copy of cxdesk has no demo data."))
        return False
    progress = QProgressDialog(
        QCoreApplication.translate("FirstStart", "Writing the demo data…"), "", 0, 100, parent
    )
    progress.setWindowTitle(title)
    progress.setCancelButton(None)  # a half-written demo helps nobody: it runs to the end
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    reporter = _Progress()
    reporter.moved.connect(progress.setValue)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    ctx.tasks.run(lambda: generate_demo(ctx.db, seed=1, progress=reporter.report),
                  lambda result: finish("done", result),
                  lambda error: finish("error", error), write=True)
    if not outcome:  # a synchronous runner has already finished
        loop.exec()
    progress.close()
    progress.deleteLater()
    error = outcome.get("error")
    if error is not None:
        log.error("demo data", exc_info=error)
        messages.show_error(parent, title, fill(QCoreApplication.translate(
            "FirstStart", "The demo data could not be written: %1"), error))
        return False
    return True
