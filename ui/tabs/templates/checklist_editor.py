"""The checklist template editor: name, sections in order, the items of each in full."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QTreeWidgetItem, QWidget

from cxdesk.errors import ValidationError
from cxdesk.i18n import fill
from cxdesk.services.checklist_templates import ChecklistRow, validate_checklist
from cxdesk.services.search import i18n_dict
from cxdesk.templates import ChecklistTemplate as ChecklistSpec
from ui.dialogs.i18n_form_dialog import ERROR_STYLE
from ui.tabs.templates.item_form import ItemForm, SectionForm, blank_item, blank_section
from ui.tabs.templates.section_tree import NODE_ROLE, SectionTree
from ui.tabs.templates.template_editor import TemplateEditor
from ui.widgets.i18n_edit import local_text


class ChecklistEditor(TemplateEditor):
    """`ChecklistEditor.edit(parent, spec | None, row | None, standards) -> spec | None`;
    `standards` are (code, label) pairs an item may check."""

    def __init__(self, parent: QWidget | None, spec: ChecklistSpec | None,
                 row: ChecklistRow | None, standards: Sequence[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_editor")
        self._row = row
        self._key = spec.key if spec else ""
        self._standards = {code for code, _label in standards}
        self._result: ChecklistSpec | None = None
        self._current: QTreeWidgetItem | None = None
        self._build_ui(standards)
        self._connect()
        self.retranslate()
        if spec is not None:
            self.name_edit.set_texts(spec.name)
            self.description_edit.set_texts(spec.description)
            self.tree.load(spec.sections)
        self._relabel()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._current_changed(self.tree.currentItem(), None)

    @classmethod
    def edit(cls, parent: QWidget | None, spec: ChecklistSpec | None, row: ChecklistRow | None,
             standards: Sequence[tuple[str, str]]) -> ChecklistSpec | None:
        return cls._ask(cls(parent, spec, row, standards))

    def _build_ui(self, standards: Sequence[tuple[str, str]]) -> None:
        head = self._build_head(bool(self._row and self._row.visit_count))
        self.tree = SectionTree()
        self.add_section_button, self.add_item_button = QPushButton(), QPushButton()
        self.remove_button = QPushButton()
        self.up_button, self.down_button = QPushButton("▲"), QPushButton("▼")
        self.tree_error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.count_label = QLabel()
        left, grid = self._left_grid()
        grid.addWidget(self.tree, 0, 0, 1, 3)
        grid.addWidget(self.add_section_button, 1, 0)
        grid.addWidget(self.add_item_button, 1, 1)
        grid.addWidget(self.remove_button, 1, 2)
        grid.addWidget(self.up_button, 2, 0)
        grid.addWidget(self.down_button, 2, 1)
        grid.addWidget(self.count_label, 3, 0, 1, 3)
        grid.addWidget(self.tree_error, 4, 0, 1, 3)
        self.section_form = SectionForm()
        self.item_form = ItemForm(standards)
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack = QStackedWidget()
        for page in (self.empty_label, self.section_form, self.item_form):
            self.stack.addWidget(page)
        self._lay_out(head, left, self.stack, [380, 580])

    def _connect(self) -> None:
        super()._connect()
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_node)
        self.up_button.clicked.connect(lambda: self.move_node(-1))
        self.down_button.clicked.connect(lambda: self.move_node(1))
        self.tree.currentItemChanged.connect(self._current_changed)
        self.section_form.changed.connect(self._store)
        self.item_form.changed.connect(self._store)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New checklist") if self._row is None else
                            fill(self.tr("Checklist “%1”"), local_text(self._row.name)))
        self.name_label.setText(self.tr("Name:"))
        self.description_label.setText(self.tr("Description:"))
        self.add_section_button.setText(self.tr("Add section"))
        self.add_item_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.empty_label.setText(self.tr("Add a section, then the items the shopper checks."))
        if self._row is not None and self._row.visit_count:
            self.banner.setText(fill(self.tr(
                "This checklist already has %n visits. Saving creates version %1; the visits "
                "made so far keep version %2 and their scores.", "", self._row.visit_count),
                self._row.version + 1, self._row.version))
        self._relabel()

    # the tree

    def _relabel(self) -> None:
        sections, items = self.tree.relabel()
        self.count_label.setText(fill(self.tr("%1 sections, %2 items"), sections, items))

    def _store(self) -> None:
        node = self._current
        if node is None or not self.tree.holds(node):
            return
        data = (self.section_form.section() if node.parent() is None
                else self.item_form.item())
        node.setData(0, NODE_ROLE, data)
        self._relabel()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._store()
        self._current = None
        if current is None:
            self.stack.setCurrentWidget(self.empty_label)
        elif current.parent() is None:
            self.section_form.load(current.data(0, NODE_ROLE))
            self.stack.setCurrentWidget(self.section_form)
        else:
            self.item_form.load(current.data(0, NODE_ROLE))
            self.stack.setCurrentWidget(self.item_form)
        self._current = current
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.tree.currentItem()
        self.add_item_button.setEnabled(current is not None)
        self.remove_button.setEnabled(current is not None)
        self.up_button.setEnabled(self.tree.can_move(-1))
        self.down_button.setEnabled(self.tree.can_move(1))

    def add_section(self) -> None:
        self._store()
        section = self.tree.section_node()
        index = self.tree.indexOfTopLevelItem(section) + 1 if section is not None else None
        self.tree.setCurrentItem(self.tree.add_node(None, blank_section(), index))
        self._relabel()
        self.tree_error.hide()
        self.section_form.title_edit.focus_first()

    def add_item(self) -> None:
        self._store()
        section = self.tree.section_node()
        if section is None:
            return
        current = self.tree.currentItem()
        index = section.indexOfChild(current) + 1 if current is not section else None
        node = self.tree.add_node(section, blank_item(), index)
        section.setExpanded(True)
        self.tree.setCurrentItem(node)
        self._relabel()
        self.tree_error.hide()
        self.item_form.text_edit.focus_first()

    def remove_node(self) -> None:
        if self.tree.currentItem() is None:
            return
        self._current = None
        self.tree.remove_current()
        self._relabel()
        self._current_changed(self.tree.currentItem(), None)

    def move_node(self, delta: int) -> None:
        if not self.tree.can_move(delta):
            return
        self._store()
        node = self._current
        self._current = None  # the move changes the current row: nothing to store then
        self.tree.move_current(delta)
        self._current = node
        self._relabel()
        self._update_buttons()

    # OK

    def result_value(self) -> ChecklistSpec | None:
        return self._result

    def spec(self) -> ChecklistSpec:
        """What the editor holds now, codes named for new sections and items, unchecked."""
        self._store()
        return ChecklistSpec(self._key, self.name_edit.i18n(), self.description_edit.i18n(),
                             self.tree.sections())

    def accept(self) -> None:
        for label in (self.name_error, self.tree_error):
            label.hide()
        spec = self.spec()
        try:
            self._precheck(spec)
            self._result = validate_checklist(spec, self._standards)
        except ValidationError as exc:
            self._show_error(spec, exc)
            return
        super().accept()

    def _precheck(self, spec: ChecklistSpec) -> None:
        """Faults the file rules would report in English, said here in the user's language."""
        if not i18n_dict(spec.name):
            raise ValidationError(self.tr("Enter the name of the checklist."), "name")
        if not spec.sections:
            raise ValidationError(self.tr("Add at least one section with its items."),
                                  "sections")
        for section in spec.sections:
            if not i18n_dict(section.title):
                raise ValidationError(self.tr("Enter the title of the section."), section.code)
            if not section.items:
                raise ValidationError(self.tr("A section needs at least one item."),
                                      section.code)
            for item in section.items:
                if not i18n_dict(item.text):
                    raise ValidationError(self.tr("Enter the item in at least one language."),
                                          item.code)

    def _show_error(self, spec: ChecklistSpec, exc: ValidationError) -> None:
        for n, section in enumerate(spec.sections):
            node = self.tree.topLevelItem(n)
            if section.code == exc.field:
                self.tree.setCurrentItem(node)
                self.section_form.show_error(str(exc))
                return
            for m, item in enumerate(section.items):
                if item.code == exc.field:
                    self.tree.setCurrentItem(node.child(m))
                    self.item_form.show_error(str(exc))
                    return
        if exc.field in ("name", "key"):
            self._show_name_error(exc)
        else:
            self.tree_error.setText(str(exc))
            self.tree_error.show()
