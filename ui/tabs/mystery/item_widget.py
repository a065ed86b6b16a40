"""One checklist item: number, text, critical badge, the answer, a comment and photos."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from cxdesk.i18n import fill
from cxdesk.services.visit_detail import AnswerInfo, ItemInfo
from cxdesk.services.visit_rules import MAX_TEXT
from ui.qtcompat import emit
from ui.tabs.mystery.answer_input import AnswerInput
from ui.tabs.mystery.pending import PendingText
from ui.tabs.mystery.photos import Loader, PhotoStrip
from ui.tabs.mystery.texts import FAILED_COLOR, local

BADGE_STYLE = (f"background: {FAILED_COLOR}; color: white; border-radius: 3px;"
               " padding: 1px 6px; font-weight: bold;")
MISSING_COLOR = "#e69500"


class ItemWidget(QFrame):
    answered = Signal(int, object)  # item id, "yes"/"no"/"na", 1–5 or a text
    cleared = Signal(int)  # item id
    commented = Signal(int, str)  # item id, the comment
    photos_wanted = Signal(int)  # item id: "Attach photo…" was clicked
    photo_opened = Signal(int)  # photo id
    photo_removal_asked = Signal(int)  # photo id
    stepped = Signal(int, int)  # item id, +1 / -1: the keyboard moves to the next item

    def __init__(self, item: ItemInfo, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"item_{item.id}")
        self.item = item
        self._lang = "en"
        self._current = False
        self._failed = False
        self._missing = False
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._build_ui(loader)
        self._connect()
        self.retranslate()

    def _build_ui(self, loader: Loader) -> None:
        item = self.item
        self.number_label = QLabel(item.number)
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10.10") + 6)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label = QLabel(wordWrap=True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hint_label = QLabel()
        size = self.fontMetrics().height()
        self.hint_label.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.hint_label.setVisible(bool(item.hint) or bool(item.standard_text))
        self.critical_badge = QLabel(styleSheet=BADGE_STYLE)
        self.critical_badge.setObjectName("critical_badge")
        self.critical_badge.setVisible(item.critical)
        self.optional_label = QLabel(enabled=False)
        self.optional_label.setVisible(not item.required)
        self.answer_input = AnswerInput(item.kind)
        self.comment_edit = QLineEdit(maxLength=MAX_TEXT)
        self.comment_edit.setObjectName("comment")
        self.comment_saver = PendingText(
            self.comment_edit, lambda text: emit(self.commented, self.item.id, text)
        )
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attach_photo")
        self.photos = PhotoStrip(loader)

        title = QHBoxLayout()
        title.setSpacing(6)
        title.addWidget(self.text_label, 1)
        for widget in (self.hint_label, self.optional_label, self.critical_badge):
            title.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        answer_row = QHBoxLayout()
        answer_row.setSpacing(8)
        answer_row.addWidget(self.answer_input, 1 if self.answer_input.text_edit else 0)
        if self.answer_input.text_edit is None:
            answer_row.addWidget(self.comment_edit, 1)
            answer_row.addWidget(self.attach_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(6)
        layout.addWidget(self.number_label, 0, 0, 3, 1)
        layout.addLayout(title, 0, 1)
        layout.addLayout(answer_row, 1, 1)
        if self.answer_input.text_edit is not None:
            comment_row = QHBoxLayout()
            comment_row.addWidget(self.comment_edit, 1)
            comment_row.addWidget(self.attach_button)
            layout.addLayout(comment_row, 2, 1)
        layout.addWidget(self.photos, 3, 1)
        layout.setColumnStretch(1, 1)

    def _connect(self) -> None:
        for button in self.answer_input.buttons.values():
            button.installEventFilter(self)  # a button itself moves the focus on Up and Down
        self.answer_input.answered.connect(lambda value: emit(self.answered, self.item.id, value))
        self.answer_input.cleared.connect(lambda: emit(self.cleared, self.item.id))
        self.attach_button.clicked.connect(lambda: emit(self.photos_wanted, self.item.id))
        self.photos.opened.connect(lambda pid: emit(self.photo_opened, pid))
        self.photos.removal_asked.connect(lambda pid: emit(self.photo_removal_asked, pid))

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        item = self.item
        self.text_label.setText(local(item.text, self._lang))
        tips = []
        if item.hint:
            tips.append(local(item.hint, self._lang))
        if item.standard_text:
            tips.append(fill(self.tr("Standard checked: %1"), local(item.standard_text,
                                                                     self._lang)))
        tip = "\n\n".join(tips)
        self.text_label.setToolTip(tip)
        self.hint_label.setToolTip(tip)
        self.critical_badge.setText(self.tr("critical"))
        self.critical_badge.setToolTip(self.tr(
            "A critical item: answered “No” (or 1–2), it fails the whole visit"))
        self.optional_label.setText(self.tr("optional"))
        self.comment_edit.setPlaceholderText(self.tr("Comment"))
        self.attach_button.setText(self.tr("Attach photo…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # showing the stored state

    def show_answer(self, answer: AnswerInfo | None) -> None:
        self.answer_input.show_answer(answer)
        comment = answer.comment if answer else ""
        self.comment_saver.show_text(comment)
        self.comment_edit.setCursorPosition(0)  # a long comment shows its beginning
        self.comment_edit.setToolTip(comment)
        self.photos.set_photos(answer.photos if answer else ())

    def set_read_only(self, read_only: bool) -> None:
        self.answer_input.set_read_only(read_only)
        self.comment_edit.setReadOnly(read_only)
        self.attach_button.setVisible(not read_only)
        self.photos.set_read_only(read_only)
        if read_only and not self.comment_edit.text():
            self.comment_edit.setPlaceholderText("")

    def set_marks(self, *, failed: bool, missing: bool) -> None:
        """A failed critical item gets a red bar, a required one left unanswered an amber
        frame (after submitting was refused)."""
        if (failed, missing) != (self._failed, self._missing):
            self._failed, self._missing = failed, missing
            self.update()

    def set_current(self, current: bool) -> None:
        if current != self._current:
            self._current = current
            self.update()

    def is_current(self) -> bool:
        return self._current

    def focus_answer(self) -> None:
        self.answer_input.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Save typed text now (leaving the visit, closing the window)."""
        self.answer_input.flush()
        self.comment_saver.flush()

    # keyboard: Y/N/A or 1–5 answer this item and move on; Delete takes the answer back

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        value = self.answer_input.key_value(key) if plain else None
        if value is not None and not self.answer_input.read_only():
            self.answer_input.answer(value)
            emit(self.stepped, self.item.id, 1)
            return
        if key == Qt.Key.Key_Delete and plain and not self.answer_input.read_only():
            if self.answer_input.value() is not None:
                self.answer_input.show_answer(None)
                emit(self.cleared, self.item.id)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and plain:
            emit(self.stepped, self.item.id, 1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers():
                emit(self.stepped, self.item.id, 1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        border = palette.color(QPalette.ColorRole.Mid)
        width = 1.0
        if self._missing:
            border, width = QColor(MISSING_COLOR), 2.0
        if self._current:
            border, width = palette.color(QPalette.ColorRole.Highlight), 2.0
        painter.setPen(QPen(border, width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        if self._failed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(FAILED_COLOR))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        painter.end()
