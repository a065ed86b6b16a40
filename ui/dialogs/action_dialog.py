"""The form of one improvement action: what to do, who owns it, by when, how far it got."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from cxdesk.db.models import ActionSource, ActionStatus
from cxdesk.errors import ValidationError
from cxdesk.services.actions import (
    THEME_MAX,
    TITLE_MAX,
    ActionForm,
    ActionRow,
    validate_action,
)
from cxdesk.services.search import fold
from ui.dialogs.record_form import RecordForm
from ui.enum_labels import enum_items, theme_label, theme_labels
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choices import Choices, offered
from ui.widgets.moment_edit import MomentEdit


class ActionDialog(RecordForm):
    """`ActionDialog.edit(parent, row | None, choices) -> ActionForm | None`."""

    def __init__(self, parent: QWidget | None, row: ActionRow | None, choices: Choices,
                 form: ActionForm | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_dialog")
        self._row = row
        self._choices = choices
        self._initial = form or (row.form() if row else ActionForm())
        self.title_edit = QLineEdit(maxLength=TITLE_MAX)
        self.source_label = QLabel(wordWrap=True)
        self.source_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.description_edit = QPlainTextEdit(tabChangesFocus=True)
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.theme_combo = QComboBox(editable=True)
        self.theme_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.theme_combo.lineEdit().setMaxLength(THEME_MAX)
        self.owner_combo = ChoiceCombo()
        self.location_combo = ChoiceCombo()
        self.due_edit = MomentEdit(with_time=False)
        self.status_combo = ChoiceCombo()
        self.add_field("title", self.title_edit)
        if row is not None and row.source != ActionSource.MANUAL:
            self.add_field("source", self.source_label)
        self.add_field("description", self.description_edit)
        for field, editor in (("theme", self.theme_combo), ("owner_id", self.owner_combo),
                              ("location_id", self.location_combo), ("due_date", self.due_edit),
                              ("status", self.status_combo)):
            self.add_field(field, editor)
        self.setMinimumWidth(600)
        self.retranslate()
        self._load(self._initial)

    @classmethod
    def edit(cls, parent: QWidget | None, row: ActionRow | None, choices: Choices,
             form: ActionForm | None = None,
             error: ValidationError | None = None) -> ActionForm | None:
        dialog = cls(parent, row, choices, form)
        if error is not None:
            dialog.show_error(error)
        return cls.run(dialog)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New improvement action") if self._row is None
                            else self.tr("Edit improvement action"))
        texts = {
            "title": self.tr("&What to do:"), "source": self.tr("Came from:"),
            "description": self.tr("&Details:"), "theme": self.tr("T&heme:"),
            "owner_id": self.tr("&Owner:"), "location_id": self.tr("&Location:"),
            "due_date": self.tr("D&ue date:"), "status": self.tr("&Status:"),
        }
        for field, text in texts.items():
            if field in self.labels:
                self.labels[field].setText(text)
        if self._row is not None:
            self.source_label.setText(self._row.source_text)
        self.title_edit.setPlaceholderText(self.tr("e.g. Open a second till when 3 are queuing"))
        theme = self.theme()
        self.theme_combo.clear()
        for code, label in theme_labels().items():
            self.theme_combo.addItem(label, code)
        self.set_theme(theme)
        self.theme_combo.lineEdit().setPlaceholderText(self.tr("Choose or type a theme"))
        self.status_combo.set_items(enum_items(ActionStatus))
        none = self.tr("— none —")
        self.owner_combo.set_items(offered(self._choices.staff, self._initial.owner_id),
                                   none_text=none)
        self.location_combo.set_items(
            offered(self._choices.locations, self._initial.location_id), none_text=none)

    def theme(self) -> str:
        """A built-in theme's code when its name is chosen, else the text typed."""
        text = self.theme_combo.currentText().strip()
        names = {fold(label): code for code, label in theme_labels().items()}
        return names.get(fold(text), text)

    def set_theme(self, theme: str) -> None:
        self.theme_combo.setCurrentIndex(-1)
        self.theme_combo.setEditText(theme_label(theme))

    def _load(self, form: ActionForm) -> None:
        self.title_edit.setText(form.title)
        self.description_edit.setPlainText(form.description)
        self.set_theme(form.theme)
        self.owner_combo.set_value(form.owner_id)
        self.location_combo.set_value(form.location_id)
        self.due_edit.set_value(form.due_date)
        self.status_combo.set_value(form.status)

    def form(self) -> ActionForm:
        return ActionForm(
            title=self.title_edit.text(), description=self.description_edit.toPlainText(),
            theme=self.theme(), owner_id=self.owner_combo.value(), due_date=self.due_edit.value(),
            status=self.status_combo.value(), location_id=self.location_combo.value(),
        )

    def validated(self) -> ActionForm:
        return validate_action(self.form())
