"""The SLA targets: how soon a request of each priority is registered, taken and resolved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from cxdesk.errors import ValidationError
from cxdesk.services.requests import MINUTES_MAX, SlaForm
from ui.dialogs.record_form import RecordForm
from ui.enum_labels import priority_label

STAGES = ("register_minutes", "take_minutes", "resolve_minutes")


class SlaDialog(RecordForm):
    """`SlaDialog.edit(parent, targets) -> the changed SlaForms | None`: one row of minutes
    per priority. Every row is checked before any is saved, so none is saved half."""

    def __init__(self, parent: QWidget | None, targets: Sequence[SlaForm]) -> None:
        super().__init__(parent)
        self.setObjectName("sla_dialog")
        self._targets = list(targets)
        self.spins: dict[str, dict[str, QSpinBox]] = {}
        self.heads = [QLabel() for _ in STAGES]
        header = QWidget()
        grid = QGridLayout(header)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, head in enumerate(self.heads):
            grid.addWidget(head, 0, column)
            grid.setColumnStretch(column, 1)
        self.add_field("header", header)
        for target in self._targets:
            row = QWidget()
            cells = QGridLayout(row)
            cells.setContentsMargins(0, 0, 0, 0)
            spins = {}
            for column, stage in enumerate(STAGES):
                spin = QSpinBox(minimum=1, maximum=MINUTES_MAX, singleStep=15)
                spin.setValue(getattr(target, stage))
                spin.setObjectName(f"{target.priority}_{stage}")
                cells.addWidget(spin, 0, column)
                cells.setColumnStretch(column, 1)
                spins[stage] = spin
            self.spins[str(target.priority)] = spins
            self.add_field(str(target.priority), row)
        self.hint = QLabel(wordWrap=True)
        self.layout().insertWidget(1, self.hint)
        self.setMinimumWidth(660)
        self.retranslate()

    @classmethod
    def edit(cls, parent: QWidget | None, targets: Sequence[SlaForm]) -> list[SlaForm] | None:
        return cls.run(cls(parent, targets))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SLA targets"))
        self.labels["header"].setText(self.tr("Priority"))
        for head, text in zip(self.heads, (self.tr("Register within"),
                                           self.tr("Take into work within"),
                                           self.tr("Resolve within")), strict=True):
            head.setText(text)
        for target in self._targets:
            self.labels[str(target.priority)].setText(priority_label(target.priority))
            for spin in self.spins[str(target.priority)].values():
                spin.setSuffix(self.tr(" min"))
        self.hint.setText(self.tr(
            "In minutes: 60 = an hour, 480 = 8 hours, 1440 = 24 hours. An open request shows "
            "the time left to its next target: first to be taken into work, then resolved."))

    def forms(self) -> list[SlaForm]:
        return [SlaForm(t.priority, *(self.spins[str(t.priority)][s].value() for s in STAGES))
                for t in self._targets]

    def validated(self) -> list[SlaForm]:
        forms = self.forms()
        for form in forms:
            if form.take_minutes > form.resolve_minutes:
                raise ValidationError(self.tr(
                    "The time to take into work cannot be longer than the time to resolve."),
                    str(form.priority))
        return [form for form, old in zip(forms, self._targets, strict=True) if form != old]
