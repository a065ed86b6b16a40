"""The bar over the checklist: answered / total, the running score, pass or fail so far."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from cxdesk.i18n import fill
from cxdesk.services.visit_detail import VisitDetail
from ui.formatting import format_datetime
from ui.qtcompat import emit
from ui.tabs.mystery.texts import FAILED_COLOR, PASSED_COLOR, percent, verdict


class ScoreBar(QWidget):
    submit_clicked = Signal()
    item_clicked = Signal(int)  # item id: a failed critical item's number was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: VisitDetail | None = None
        self._saved_at: datetime | None = None
        self._saving = False
        self.progress = QProgressBar()
        self.progress.setObjectName("visit_progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(180)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_text")
        self.score_label = QLabel()
        self.score_label.setObjectName("running_score")
        font = self.score_label.font()
        font.setBold(True)
        self.score_label.setFont(font)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.linkActivated.connect(
            lambda href: emit(self.item_clicked, int(href)) if href.isdigit() else None)
        self.saved_label = QLabel(enabled=False)
        self.submit_button = QPushButton(autoDefault=False)
        self.submit_button.setObjectName("submit_visit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addSpacing(16)
        layout.addWidget(self.score_label)
        layout.addSpacing(8)
        layout.addWidget(self.verdict_label)
        layout.addStretch(1)
        layout.addWidget(self.saved_label)
        layout.addSpacing(8)
        layout.addWidget(self.submit_button)
        self.submit_button.clicked.connect(lambda: emit(self.submit_clicked))
        self.retranslate()

    def retranslate(self) -> None:
        self.submit_button.setText(self.tr("Submit…"))
        self.saved_label.setToolTip(self.tr("Every change is saved at once, as a draft"))
        self.submit_button.setToolTip(self.tr(
            "Check that every required item is answered, then lock the visit and freeze its score"
        ))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_visit(self, detail: VisitDetail) -> None:
        self._detail = detail
        self._show()

    def set_saving(self, saving: bool, at: datetime | None = None) -> None:
        self._saving = saving
        if at is not None:
            self._saved_at = at
        self._show()

    def _show(self) -> None:
        detail = self._detail
        if detail is None:
            return
        self.progress.setRange(0, max(1, detail.total))
        self.progress.setValue(detail.answered)
        self.progress_label.setText(fill(self.tr("%1 of %2 answered"), detail.answered,
                                         detail.total))
        score = detail.running_score
        numbers = {item.key: item.number for item in detail.items}
        if detail.submitted:
            value = detail.score
            self.score_label.setText(fill(self.tr("Score %1"), percent(value)))
            self.score_label.setToolTip(fill(
                self.tr("Frozen when the visit was submitted on %1, with checklist version %2"),
                format_datetime(detail.submitted_at), detail.template_version))
            passed = detail.passed
        else:
            self.score_label.setText(fill(self.tr("Score so far %1"), percent(score.value)))
            self.score_label.setToolTip(self.tr(
                "Weighted over the %n scored items; N/A and text items are left out",
                None, score.n))
            passed = score.passed
        color = PASSED_COLOR if passed else FAILED_COLOR
        text = html.escape(verdict(passed, detail.submitted))
        if passed is False and score.failed_critical:
            ids = {item.key: item.id for item in detail.items}
            links = ", ".join(  # each number opens its item
                f'<a href="{ids.get(key, "")}" style="color: {color};">'
                f"{html.escape(numbers.get(key, key))}</a>"
                for key in score.failed_critical)
            text = fill(html.escape(self.tr("%1: critical item %2")), text, links)
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.submit_button.setVisible(not detail.submitted)
        self.saved_label.setVisible(not detail.submitted)
        if self._saving:
            self.saved_label.setText(self.tr("Saving…"))
        elif self._saved_at is not None:
            self.saved_label.setText(fill(self.tr("Saved at %1"),
                                          self._saved_at.strftime("%H:%M:%S")))
        else:
            self.saved_label.setText("")
