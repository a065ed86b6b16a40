"""One checklist section (its title) or one item (wording, answer kind, weight, critical flag,
the standard it checks, a hint for the shopper)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from cxdesk.templates import I18n, ItemTemplate, SectionTemplate
from ui.dialogs.i18n_form_dialog import ERROR_STYLE
from ui.qtcompat import emit
from ui.tabs.templates import labels
from ui.widgets.i18n_edit import I18nEdit

EMPTY = I18n("", "", "")


def blank_item() -> ItemTemplate:
    return ItemTemplate(code="", text=EMPTY, kind="yes_no_na")


def blank_section() -> SectionTemplate:
    return SectionTemplate(code="", title=EMPTY, items=())


class SectionForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._section = blank_section()
        self.error_label = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.error_label.setObjectName("section_error")
        self.title_edit = I18nEdit()
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title_edit)
        layout = QFormLayout(self)
        layout.addRow(self.error_label)
        layout.addRow(self.title_label, self.title_edit)
        self.title_edit.changed.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Section:"))
        self.title_edit.set_placeholder(self.tr("e.g. Sales floor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _edited(self) -> None:
        self.error_label.hide()
        emit(self.changed)

    def load(self, section: SectionTemplate) -> None:
        self._section = section
        self.title_edit.blockSignals(True)
        self.title_edit.set_texts(section.title)
        self.title_edit.blockSignals(False)
        self.error_label.hide()

    def section(self) -> SectionTemplate:
        return replace(self._section, title=self.title_edit.i18n())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.title_edit.focus_first()


class ItemForm(QWidget):
    changed = Signal()

    def __init__(self, standards: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """`standards`: (code, label) of every standard an item may check."""
        super().__init__(parent)
        self._item = blank_item()
        self._loading = False
        self.error_label = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.error_label.setObjectName("item_error")
        self.text_edit = I18nEdit()
        self.kind_combo = QComboBox()
        for kind in labels.ITEM_KINDS:
            self.kind_combo.addItem("", kind)
        self.weight_spin = QDoubleSpinBox(minimum=0.1, maximum=100.0, decimals=1,
                                          singleStep=0.5)
        self.weight_spin.setValue(1.0)
        self.critical_check = QCheckBox()
        self.required_check = QCheckBox()
        self.standard_combo = QComboBox()
        self.standard_combo.addItem("", None)
        for code, label in standards:
            self.standard_combo.addItem(label, code)
        self.standard_combo.setMinimumContentsLength(30)
        self.standard_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hint_edit = I18nEdit(multiline=True)
        self.fields = {"text": self.text_edit, "kind": self.kind_combo,
                       "weight": self.weight_spin, "critical": self.critical_check,
                       "required": self.required_check, "standard": self.standard_combo,
                       "hint": self.hint_edit}
        self.labels = {field: QLabel() for field in self.fields}
        layout = QFormLayout(self)
        layout.addRow(self.error_label)
        for field, editor in self.fields.items():
            self.labels[field].setBuddy(editor)
            layout.addRow(self.labels[field], editor)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.text_edit.changed, self.hint_edit.changed,
                       self.weight_spin.valueChanged, self.critical_check.toggled,
                       self.required_check.toggled, self.standard_combo.currentIndexChanged):
            signal.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"text": self.tr("Item:"), "kind": self.tr("Answer:"),
                 "weight": self.tr("Weight:"), "critical": self.tr("Critical:"),
                 "required": self.tr("Required:"), "standard": self.tr("Checks the standard:"),
                 "hint": self.tr("Hint for the shopper:")}
        for field, text in texts.items():
            self.labels[field].setText(text)
        for n in range(self.kind_combo.count()):
            self.kind_combo.setItemText(n, labels.item_kind_label(self.kind_combo.itemData(n)))
        self.standard_combo.setItemText(0, self.tr("— no standard —"))
        self.critical_check.setText(self.tr("A “no” fails the whole visit"))
        self.required_check.setText(self.tr("The shopper must answer it"))
        self.weight_spin.setToolTip(self.tr("How much the item counts in the visit's score"))
        self.text_edit.set_placeholder(self.tr("Something the shopper can see, e.g. "
                                               "“Price tags on every product”"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.error_label.hide()
            emit(self.changed)

    def _kind_changed(self, _index: int) -> None:
        yes_no = self.kind_combo.currentData() == "yes_no_na"
        if not yes_no:
            self.critical_check.setChecked(False)
        self.critical_check.setEnabled(yes_no)
        self.critical_check.setToolTip("" if yes_no else self.tr(
            "Only a yes / no item can be critical."))
        if not self._loading:
            self.required_check.setChecked(self.kind_combo.currentData() != "text")
        self._edited()

    def load(self, item: ItemTemplate) -> None:
        self._loading = True
        self._item = item
        self.text_edit.set_texts(item.text)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
        self._kind_changed(0)
        self.weight_spin.setValue(float(item.weight))
        self.critical_check.setChecked(item.critical)
        self.required_check.setChecked(item.required)
        index = self.standard_combo.findData(item.standard) if item.standard else 0
        self.standard_combo.setCurrentIndex(max(0, index))
        self.hint_edit.set_texts(item.hint)
        self.error_label.hide()
        self._loading = False

    def item(self) -> ItemTemplate:
        weight = round(self.weight_spin.value(), 1)
        return replace(
            self._item, text=self.text_edit.i18n(), kind=self.kind_combo.currentData(),
            weight=int(weight) if weight == int(weight) else weight,
            critical=self.critical_check.isChecked(), required=self.required_check.isChecked(),
            standard=self.standard_combo.currentData(), hint=self.hint_edit.i18n(),
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.text_edit.focus_first()
