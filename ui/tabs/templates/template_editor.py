"""What the survey and checklist editors share: the head (version banner, name, description),
the list beside the form with OK/Cancel below, the name's error and the language change.

Every text stays in the subclass, where `self.tr` keeps the subclass's translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import ValidationError
from ui.dialogs.i18n_form_dialog import ERROR_STYLE
from ui.widgets.i18n_edit import I18nEdit

BANNER_STYLE = "background: #fff1c2; color: #3d2c00; border: 1px solid #e0c060; padding: 6px;"


class TemplateEditor(QDialog):
    """Subclasses build their UI with `_build_head`, `_left_grid` and `_lay_out`, fill
    `retranslate` and `result_value`, and call `_ask` from their `edit` classmethod."""

    banner: QLabel
    buttons: QDialogButtonBox

    @staticmethod
    def _ask(dialog: TemplateEditor) -> Any:
        """Show the dialog; its result when accepted, else None."""
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value() if accepted else None
        finally:
            dialog.deleteLater()

    def result_value(self) -> Any:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _build_head(self, versioned: bool) -> QFormLayout:
        """The banner (shown when saving makes a new version), the name and the description."""
        self.banner = QLabel(wordWrap=True, styleSheet=BANNER_STYLE)
        self.banner.setObjectName("version_banner")
        self.banner.setVisible(versioned)
        self.name_edit = I18nEdit()
        self.description_edit = I18nEdit(multiline=True, lines=2)
        self.name_error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.name_error.setObjectName("name_error")
        self.name_label, self.description_label = QLabel(), QLabel()
        head = QFormLayout()
        head.addRow(self.name_label, self.name_edit)
        head.addRow("", self.name_error)
        head.addRow(self.description_label, self.description_edit)
        return head

    @staticmethod
    def _left_grid() -> tuple[QWidget, QGridLayout]:
        left = QWidget()
        grid = QGridLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        return left, grid

    def _lay_out(self, head: QFormLayout, left: QWidget, form: QWidget,
                 sizes: list[int]) -> None:
        """The banner and the head above, `left` beside the scrolled `form`, OK/Cancel below."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(sizes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 700)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.changed.connect(self.name_error.hide)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_name_error(self, exc: ValidationError) -> None:
        self.name_error.setText(str(exc))
        self.name_error.show()
        self.name_edit.focus_first()
