"""One survey question: its kind, wording, scale and labels, options, dimension, role."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from cxdesk.templates import I18n, QuestionTemplate
from ui.dialogs.i18n_form_dialog import ERROR_STYLE
from ui.qtcompat import emit
from ui.tabs.templates import labels
from ui.tabs.templates.options_table import OptionsTable
from ui.widgets.i18n_edit import I18nEdit

# fixed scales: (lowest choices, highest choices); rating and number take any range
FIXED = {"nps": ((0, 1), (10, 10)), "csat": ((1, 1), (5, 5)), "ces": ((1, 1), (5, 7)),
         "servqual": ((1, 1), (7, 7))}
FIELDS = ("kind", "text", "required", "scale", "label_min", "label_max", "options",
          "dimension", "reverse", "role", "unit")


def blank_question(kind: str = "csat") -> QuestionTemplate:
    empty = I18n("", "", "")
    return QuestionTemplate(code="", kind=kind, text=empty,
                            scale=labels.DEFAULT_SCALES.get(kind) if kind != "number" else None,
                            dimension="tangibles" if kind == "servqual" else None)


class QuestionForm(QWidget):
    """`load(question)` shows one; `question()` gives it back as edited. The kind decides
    which fields show and which values they allow, so most wrong combinations cannot be made."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._loading = False
        self.error_label = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.error_label.setObjectName("question_error")
        self.kind_combo = QComboBox()
        for kind in labels.QUESTION_KINDS:
            self.kind_combo.addItem("", kind)
        self.text_edit = I18nEdit()
        self.required_check = QCheckBox()
        self.scale_min = QSpinBox(minimum=-1000, maximum=100000)
        self.scale_max = QSpinBox(minimum=-1000, maximum=100000)
        self.range_check = QCheckBox()  # number questions: a range is optional
        scale = QWidget()
        box = QHBoxLayout(scale)
        box.setContentsMargins(0, 0, 0, 0)
        self.scale_to = QLabel("–")
        for widget in (self.range_check, self.scale_min, self.scale_to, self.scale_max):
            box.addWidget(widget)
        box.addStretch(1)
        self.label_min = I18nEdit()
        self.label_max = I18nEdit()
        self.options = OptionsTable()
        self.dimension_combo = QComboBox()
        for dimension in labels.DIMENSIONS:
            self.dimension_combo.addItem("", dimension)
        self.reverse_check = QCheckBox()
        self.role_combo = QComboBox()
        self.unit_edit = I18nEdit()
        self.editors = {
            "kind": self.kind_combo, "text": self.text_edit, "required": self.required_check,
            "scale": scale, "label_min": self.label_min, "label_max": self.label_max,
            "options": self.options, "dimension": self.dimension_combo,
            "reverse": self.reverse_check, "role": self.role_combo, "unit": self.unit_edit,
        }
        self.layout_ = QFormLayout(self)
        self.layout_.addRow(self.error_label)
        self.labels: dict[str, QLabel] = {}
        for field in FIELDS:
            self.labels[field] = QLabel()
            self.labels[field].setBuddy(self.editors[field])
            self.layout_.addRow(self.labels[field], self.editors[field])
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.range_check.toggled.connect(lambda _on: self._update_scale())
        for signal in (self.text_edit.changed, self.options.changed, self.label_min.changed,
                       self.label_max.changed, self.unit_edit.changed,
                       self.required_check.toggled, self.reverse_check.toggled,
                       self.scale_min.valueChanged, self.scale_max.valueChanged,
                       self.dimension_combo.currentIndexChanged,
                       self.role_combo.currentIndexChanged):
            signal.connect(self._edited)
        self.retranslate()
        self.load(blank_question())

    def retranslate(self) -> None:
        texts = {
            "kind": self.tr("Type:"), "text": self.tr("Question:"),
            "required": self.tr("Answer:"), "scale": self.tr("Scale:"),
            "label_min": self.tr("Lowest point means:"),
            "label_max": self.tr("Highest point means:"), "options": self.tr("Options:"),
            "dimension": self.tr("SERVQUAL dimension:"), "reverse": self.tr("Scoring:"),
            "role": self.tr("Used in reports as:"), "unit": self.tr("Unit:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        for n in range(self.kind_combo.count()):
            self.kind_combo.setItemText(n, labels.question_kind_label(self.kind_combo.itemData(n)))
        for n in range(self.dimension_combo.count()):
            self.dimension_combo.setItemText(
                n, labels.dimension_label(self.dimension_combo.itemData(n)))
        self.required_check.setText(self.tr("Required"))
        self.range_check.setText(self.tr("Limit to"))
        self.reverse_check.setText(self.tr(
            "Reverse-scored (a high answer is a bad sign, as SOCO selling-oriented items)"))
        self.unit_edit.set_placeholder(self.tr("e.g. min"))
        self._fill_roles(self.role_combo.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.error_label.hide()
            emit(self.changed)

    # loading and reading

    def load(self, question: QuestionTemplate) -> None:
        self._loading = True
        self._code = question.code
        self.error_label.hide()
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(question.kind)))
        self.text_edit.set_texts(question.text)
        self.required_check.setChecked(question.required)
        self.range_check.setChecked(question.scale is not None)
        self._update_scale(question.scale)
        self.label_min.set_texts(question.label_min)
        self.label_max.set_texts(question.label_max)
        self.options.set_options(question.options)
        self.dimension_combo.setCurrentIndex(
            max(0, self.dimension_combo.findData(question.dimension or "tangibles")))
        self.reverse_check.setChecked(question.reverse)
        self._fill_roles(question.role)
        self.unit_edit.set_texts(question.unit)
        self._show_fields()
        self._loading = False

    def question(self) -> QuestionTemplate:
        kind = self.kind_combo.currentData()
        scaled = kind in labels.SCALED or (kind == "number" and self.range_check.isChecked())
        empty = I18n("", "", "")
        scale_labels = kind in labels.SCALED
        return QuestionTemplate(
            code=self._code, kind=kind, text=self.text_edit.i18n(),
            required=self.required_check.isChecked(),
            scale=(self.scale_min.value(), self.scale_max.value()) if scaled else None,
            label_min=self.label_min.i18n() if scale_labels else empty,
            label_max=self.label_max.i18n() if scale_labels else empty,
            options=self.options.options() if kind in ("single", "multi") else (),
            dimension=self.dimension_combo.currentData() if kind == "servqual" else None,
            reverse=self.reverse_check.isChecked() and kind == "rating",
            role=self.role_combo.currentData(),
            unit=self.unit_edit.i18n() if kind == "number" else None,
        )

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        editor = self.editors.get(field or "text", self.text_edit)
        focus = getattr(editor, "focus_first", None)
        (focus or editor.setFocus)()

    # the kind decides

    def _kind_changed(self, _index: int) -> None:
        if self._loading:
            return
        kind = self.kind_combo.currentData()
        default = labels.DEFAULT_SCALES.get(kind)
        self.range_check.setChecked(kind in labels.SCALED)
        self._update_scale(default)
        self._fill_roles(self.role_combo.currentData())
        self._show_fields()
        self._edited()

    def _update_scale(self, scale: tuple[int, int] | None = None) -> None:
        kind = self.kind_combo.currentData()
        low, high = scale or (self.scale_min.value(), self.scale_max.value())
        if kind in FIXED:
            (min_lo, min_hi), (max_lo, max_hi) = FIXED[kind]
            self.scale_min.setRange(min_lo, min_hi)
            self.scale_max.setRange(max_lo, max_hi)
            self.scale_max.setSingleStep(max(1, max_hi - max_lo))  # CES: 5 or 7, nothing between
        else:
            self.scale_min.setRange(-1000, 100000)
            self.scale_max.setRange(-1000, 100000)
            self.scale_max.setSingleStep(1)
        self.scale_min.setValue(low)
        self.scale_max.setValue(high)
        fixed = kind in FIXED
        self.scale_min.setEnabled(not fixed or FIXED[kind][0][0] != FIXED[kind][0][1])
        self.scale_max.setEnabled(not fixed or FIXED[kind][1][0] != FIXED[kind][1][1])
        number = kind == "number"
        self.range_check.setVisible(number)
        for spin in (self.scale_min, self.scale_max):
            spin.setEnabled(spin.isEnabled() and (not number or self.range_check.isChecked()))

    def _fill_roles(self, keep: str | None) -> None:
        kind = self.kind_combo.currentData()
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        self.role_combo.addItem(self.tr("— nothing special —"), None)
        for role in labels.roles_for(kind):
            self.role_combo.addItem(labels.role_label(role), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(keep)))
        self.role_combo.blockSignals(False)

    def _show_fields(self) -> None:
        kind = self.kind_combo.currentData()
        shown = {
            "scale": kind in labels.SCALED or kind == "number",
            "label_min": kind in labels.SCALED, "label_max": kind in labels.SCALED,
            "options": kind in ("single", "multi"), "dimension": kind == "servqual",
            "reverse": kind == "rating", "role": bool(labels.roles_for(kind)),
            "unit": kind == "number",
        }
        for field, visible in shown.items():
            self.layout_.setRowVisible(self.editors[field], visible)


def with_code(question: QuestionTemplate, code: str) -> QuestionTemplate:
    return replace(question, code=code)
