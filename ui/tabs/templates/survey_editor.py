"""The survey template editor: name, kind and the questions in order, each in full."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from cxdesk.errors import ValidationError
from cxdesk.i18n import fill
from cxdesk.services.search import i18n_dict, localized, make_code
from cxdesk.services.survey_templates import SurveyRow, validate_survey
from cxdesk.templates import OptionTemplate, QuestionTemplate, SurveyTemplate
from ui.dialogs.i18n_form_dialog import ERROR_STYLE
from ui.tabs.templates import labels
from ui.tabs.templates.question_form import QuestionForm, blank_question
from ui.tabs.templates.template_editor import TemplateEditor
from ui.widgets.i18n_edit import local_text

Q_ROLE = Qt.ItemDataRole.UserRole + 1


def name_codes(questions: list[QuestionTemplate]) -> list[QuestionTemplate]:
    """Questions and options without a code get one made from their text (kept ones stay)."""
    taken = {q.code for q in questions if q.code}
    named = []
    for question in questions:
        code = question.code or make_code(localized(i18n_dict(question.text)), taken, "q")
        taken.add(code)
        option_codes = {o.code for o in question.options if o.code}
        options = []
        for option in question.options:
            option_code = option.code or make_code(localized(i18n_dict(option.text)),
                                                   option_codes, "option")
            option_codes.add(option_code)
            options.append(OptionTemplate(option_code, option.text))
        named.append(replace(question, code=code, options=tuple(options)))
    return named


class SurveyEditor(TemplateEditor):
    """`SurveyEditor.edit(parent, template | None, row | None) -> SurveyTemplate | None`; the
    result is checked as `save_survey` checks it."""

    def __init__(self, parent: QWidget | None, template: SurveyTemplate | None,
                 row: SurveyRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("survey_editor")
        self._row = row
        self._key = template.key if template else ""
        self._result: SurveyTemplate | None = None
        self._current: QListWidgetItem | None = None
        self._build_ui()
        self._connect()
        self.retranslate()
        if template is not None:
            self.name_edit.set_texts(template.name)
            self.description_edit.set_texts(template.description)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(template.kind)))
            for question in template.questions:
                self._add_item(question)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    @classmethod
    def edit(cls, parent: QWidget | None, template: SurveyTemplate | None,
             row: SurveyRow | None = None) -> SurveyTemplate | None:
        return cls._ask(cls(parent, template, row))

    def _build_ui(self) -> None:
        head = self._build_head(bool(self._row and self._row.response_count))
        self.kind_combo = QComboBox()
        for kind in labels.SURVEY_KINDS:
            self.kind_combo.addItem("", kind)
        self.kind_label = QLabel()
        head.addRow(self.kind_label, self.kind_combo)

        self.list = QListWidget()
        self.list.setObjectName("questions")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton("▲"), QPushButton("▼")
        self.questions_error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.count_label = QLabel()
        left, grid = self._left_grid()
        grid.addWidget(self.list, 0, 0, 1, 4)
        grid.addWidget(self.add_button, 1, 0)
        grid.addWidget(self.remove_button, 1, 1)
        grid.addWidget(self.up_button, 1, 2)
        grid.addWidget(self.down_button, 1, 3)
        grid.addWidget(self.count_label, 2, 0, 1, 4)
        grid.addWidget(self.questions_error, 3, 0, 1, 4)
        self.form = QuestionForm()
        self._lay_out(head, left, self.form, [330, 620])

    def _connect(self) -> None:
        super()._connect()
        self.add_button.clicked.connect(lambda: self.add_question())
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.list.currentItemChanged.connect(self._current_changed)
        self.form.changed.connect(self._store)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New survey") if self._row is None else
                            fill(self.tr("Survey “%1”"), local_text(self._row.name)))
        self.name_label.setText(self.tr("Name:"))
        self.description_label.setText(self.tr("Description:"))
        self.kind_label.setText(self.tr("Kind:"))
        for n in range(self.kind_combo.count()):
            self.kind_combo.setItemText(n, labels.survey_kind_label(self.kind_combo.itemData(n)))
        self.add_button.setText(self.tr("Add question"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Ask it earlier"))
        self.down_button.setToolTip(self.tr("Ask it later"))
        if self._row is not None and self._row.response_count:
            self.banner.setText(fill(self.tr(
                "This survey already has %n responses. Saving creates version %1; the "
                "responses given so far keep version %2 as it was.", "",
                self._row.response_count), self._row.version + 1, self._row.version))
        self._relabel()

    # the question list

    def _label(self, number: int, question: QuestionTemplate) -> str:
        text = local_text(question.text) or self.tr("(no text yet)")
        return fill("%1. %2", number, text)

    def _relabel(self) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            question = item.data(Q_ROLE)
            item.setText(self._label(n + 1, question))
            item.setToolTip(labels.question_kind_label(question.kind))
        self.count_label.setText(self.tr("%n questions", "", self.list.count()))

    def _add_item(self, question: QuestionTemplate, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(Q_ROLE, question)
        self.list.insertItem(self.list.count() if row is None else row, item)
        self._relabel()
        return item

    def questions(self) -> list[QuestionTemplate]:
        self._store()
        return [self.list.item(n).data(Q_ROLE) for n in range(self.list.count())]

    def _store(self) -> None:
        if self._current is not None and self.list.row(self._current) >= 0:
            self._current.setData(Q_ROLE, self.form.question())
            self._relabel()

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._store()
        self._current = None
        if current is not None:
            self.form.load(current.data(Q_ROLE))
            self._current = current
        self.form.setEnabled(current is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def add_question(self, kind: str = "csat") -> None:
        self._store()
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
        item = self._add_item(blank_question(kind), row)
        self.list.setCurrentItem(item)
        self.questions_error.hide()
        self.form.text_edit.focus_first()

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._current = None
            self.list.takeItem(row)
            self._relabel()
            self._update_buttons()

    def move_question(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._store()
        self._current = None
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentItem(item)
        self._relabel()

    # OK

    def result_value(self) -> SurveyTemplate | None:
        return self._result

    def template(self) -> SurveyTemplate:
        """What the editor holds now, codes named, unchecked."""
        return SurveyTemplate(self._key, self.kind_combo.currentData(), self.name_edit.i18n(),
                              self.description_edit.i18n(), tuple(name_codes(self.questions())))

    def accept(self) -> None:
        self.name_error.hide()
        self.questions_error.hide()
        template = self.template()
        try:
            self._precheck(template)
            self._result = validate_survey(template)
        except ValidationError as exc:
            self._show_error(template, exc)
            return
        super().accept()

    def _precheck(self, template: SurveyTemplate) -> None:
        """Faults the file rules would report in English, said here in the user's language."""
        if not i18n_dict(template.name):
            raise ValidationError(self.tr("Enter the name of the survey."), "name")
        if not template.questions:
            raise ValidationError(self.tr("Add at least one question."), "questions")
        roles: dict[str, int] = {}
        for number, q in enumerate(template.questions, start=1):
            if not i18n_dict(q.text):
                raise ValidationError(self.tr("Enter the question in at least one language."),
                                      q.code)
            if q.kind in ("single", "multi") and len(q.options) < 2:
                raise ValidationError(self.tr("A choice question needs at least two options."),
                                      q.code)
            if any(not i18n_dict(o.text) for o in q.options):
                raise ValidationError(self.tr("Every option needs its text."), q.code)
            if q.scale is not None and q.scale[0] >= q.scale[1]:
                raise ValidationError(self.tr("The lowest point must be below the highest."),
                                      q.code)
            if bool(q.label_min and i18n_dict(q.label_min)) != bool(
                    q.label_max and i18n_dict(q.label_max)):
                raise ValidationError(self.tr(
                    "Name both ends of the scale, or neither."), q.code)
            if q.role is not None and q.role in roles:
                raise ValidationError(fill(self.tr(
                    "Question %1 already plays this part in reports; choose it for one "
                    "question only."), roles[q.role]), q.code)
            if q.role is not None:
                roles[q.role] = number

    def _show_error(self, template: SurveyTemplate, exc: ValidationError) -> None:
        codes = [q.code for q in template.questions]
        if exc.field in codes:
            self.list.setCurrentRow(codes.index(exc.field))
            self.form.show_error(str(exc))
        elif exc.field in ("name", "key"):
            self._show_name_error(exc)
        else:
            self.questions_error.setText(str(exc))
            self.questions_error.show()
