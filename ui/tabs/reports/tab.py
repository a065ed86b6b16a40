"""The Reports page: pick a report and its choices, then "Create PDF…" writes it off the GUI
thread (busy bar, status, Cancel) and offers to open the file or its folder."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.tabs.reports import files, form, jobs
from ui.tabs.reports.form import ReportForm
from ui.tabs.reports.texts import DESCRIPTIONS, STAGES, STATUS, TITLES

log = logging.getLogger(__name__)


class _Progress(QObject):
    """Carries the worker's stage to the GUI thread (a queued signal)."""

    stage_reached = Signal(int, str)  # job number, one of jobs.STAGES


class ReportsTab(QWidget):
    page_name = "reports_tab"  # the objectName the window remembers as the last page
    report_written = Signal(object)  # the Path of a finished report

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._job = 0  # a result of an older (cancelled) job is dropped
        self._cancel = threading.Event()
        self._stage: str | None = None  # None when idle
        self._status: tuple[str, str] | None = None  # idle: (STATUS key, argument)
        self._shown_once = False
        self._progress = _Progress(self)
        self._build_ui()
        self._connect()
        self.retranslate()
        self.preset("summary")
        self.form.reload()

    def _build_ui(self) -> None:
        self.report_list = QListWidget()
        self.report_list.setFixedWidth(200)
        self.report_list.setSpacing(3)
        for report in jobs.REPORTS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, report)
            self.report_list.addItem(item)
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.description_label = QLabel(wordWrap=True)
        self.description_label.setStyleSheet("color: #616e7c;")
        self.form = ReportForm(self._ctx)

        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: the report cannot say how far it is
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(140)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.create_button)
        actions.addWidget(self.busy_bar)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.status_label, 1)

        self.right = right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.description_label)
        right.addSpacing(8)
        right.addWidget(self.form)
        right.addSpacing(8)
        right.addLayout(actions)
        right.addStretch(1)  # the button stays under the choices; only a list takes the room
        left = QVBoxLayout()
        left.addWidget(self.report_list)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._show_busy(False)

    def _connect(self) -> None:
        self.report_list.currentRowChanged.connect(lambda _row: self._report_changed())
        self.form.changed.connect(self._update_buttons)
        self.form.visit_activated.connect(self.create_report)
        self.create_button.clicked.connect(self.create_report)
        self.cancel_button.clicked.connect(self.cancel)
        self._progress.stage_reached.connect(self._stage_reached)

    def retranslate(self) -> None:
        for row, report in enumerate(jobs.REPORTS):
            self.report_list.item(row).setText(self.tr(TITLES[report]))
        report = self.report()
        self.title_label.setText(self.tr(TITLES[report]))
        self.description_label.setText(self.tr(DESCRIPTIONS[report]))
        self.create_button.setText(self.tr("&Create PDF…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fit_list()
        self._show_status()
        self._update_buttons()

    def _fit_list(self) -> None:
        """The report list as tall as its four entries, not as the page."""
        view = self.report_list
        rows = sum(view.sizeHintForRow(i) + 2 * view.spacing() for i in range(view.count()))
        view.setFixedHeight(rows + 2 * view.frameWidth() + view.spacing())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.form.reload()  # a location, staff member or visit may have been added
        self._shown_once = True

    # the report chosen

    def report(self) -> str:
        item = self.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "summary"

    def preset(self, report: str) -> None:
        """Show `report`'s choices (the Reports menu opens the page this way)."""
        self.report_list.setCurrentRow(jobs.REPORTS.index(report))
        self._report_changed()
        focus = {"visit": self.form.visits.table, "employee": self.form.staff_combo}
        focus.get(report, self.create_button).setFocus()

    def _report_changed(self) -> None:
        report = self.report()
        self.form.set_report(report)
        listed = report == "visit"  # the visit list grows with the window, the rest do not
        self.right.setStretchFactor(self.form, 1 if listed else 0)
        self.right.setStretch(self.right.count() - 1, 0 if listed else 1)
        self.title_label.setText(self.tr(TITLES[report]))
        self.description_label.setText(self.tr(DESCRIPTIONS[report]))
        self._update_buttons()

    def _update_buttons(self) -> None:
        missing = self.form.request().missing()
        self.create_button.setEnabled(self._stage is None and missing is None)
        tips = {"visit": self.tr("Choose a visit from the list first."),
                "staff": self.tr("Add a staff member first (Locations & staff).")}
        self.create_button.setToolTip(tips.get(missing or "", ""))

    # creating

    @property
    def busy(self) -> bool:
        return self._stage is not None

    def create_report(self) -> None:
        """Ask where to save, then build and write the report off the GUI thread."""
        request = self.form.request()
        if self.busy or request.missing() is not None:
            return
        suggested = files.start_folder(self._ctx.settings) / jobs.file_name(request, form.today())
        target = files.ask_save_path(self, self.tr("Save the report"), suggested)
        if target is None:
            return
        problem = files.target_problem(target)
        if problem is not None:
            self._set_status("not_saved")
            messages.show_error(self, self.tr("Create PDF"), problem)
            return
        self._start(request, target)

    def _start(self, request: jobs.ReportRequest, target: Path) -> None:
        self._job += 1
        job, db, day = self._job, self._ctx.db, form.today()
        self._cancel = cancel = threading.Event()
        progress = self._progress
        self._stage_reached(job, "starting")

        def work() -> Path:
            return jobs.make_report(db, request, target, day,
                                    lambda stage: emit(progress.stage_reached, job, stage),
                                    cancel.is_set)

        self._ctx.tasks.run(work, lambda path: self._written(job, path),
                            lambda error: self._failed(job, error))

    def cancel(self) -> None:
        """Stop waiting: the running work finishes on its own, and what it made is dropped."""
        if not self.busy:
            return
        self._cancel.set()
        self._job += 1
        self._set_status("cancelled")

    def _stage_reached(self, job: int, stage: str) -> None:
        if job != self._job:
            return
        self._stage = stage
        self._show_busy(True)
        self.status_label.setText(self.tr(STAGES.get(stage, STAGES["starting"])))
        self._update_buttons()

    def _written(self, job: int, path: Path) -> None:
        if job != self._job:
            return
        files.remember_folder(self._ctx.settings, path.parent)
        self._set_status("saved", str(path))
        emit(self.report_written, path)
        choice = files.ask_after_saved(self, path)
        if choice == "open":
            files.open_file(path)
        elif choice == "folder":
            files.show_in_folder(path)

    def _failed(self, job: int, error: BaseException) -> None:
        if job != self._job or isinstance(error, jobs.ReportCancelledError):
            return
        self._set_status("not_saved")
        if not isinstance(error, CxdeskError):
            log.error("report not created", exc_info=error)
        text = str(error) or repr(error)
        messages.show_error(self, self.tr("Create PDF"),
                            fill(self.tr("The report could not be created: %1"), text))

    # the status line

    def _set_status(self, key: str, argument: str = "") -> None:
        """Back to idle, saying how the last report went (one of STATUS)."""
        self._stage = None
        self._status = (key, argument)
        self._show_busy(False)
        self._show_status()
        self._update_buttons()

    def _show_status(self) -> None:
        if self._stage is not None:
            self.status_label.setText(self.tr(STAGES.get(self._stage, STAGES["starting"])))
        elif self._status is not None:
            key, argument = self._status
            self.status_label.setText(fill(self.tr(STATUS[key]), argument))
        else:
            self.status_label.clear()

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
