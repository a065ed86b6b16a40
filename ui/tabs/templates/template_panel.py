"""What the survey and checklist panels share: their buttons and the actions on a template.

Every text stays in the subclass: `self.tr` there keeps the subclass's translation context,
and the base asks for the texts through the small hooks below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ui.dialogs import messages
from ui.qtmodels.record_table import Column
from ui.qtmodels.table_panel import TablePanel

if TYPE_CHECKING:
    from ui.tabs.templates.tab import TemplatesTab


@dataclass(frozen=True)
class TemplateCalls:
    """The service calls of one kind of template, each with the database first."""

    load: Callable[[Any, int], Any]  # (db, id) -> the template to edit
    save: Callable[[Any, str | None, Any], int]  # (db, family or None, template) -> id
    get: Callable[[Any, int], Any]  # (db, id) -> its row
    duplicate: Callable[[Any, int], int]  # (db, id) -> the copy's id
    set_archived: Callable[[Any, str, bool], None]  # (db, family, archived)
    delete: Callable[[Any, str], None]  # (db, family)


class TemplatePanel(TablePanel):
    """Subclasses give TEMPLATE_KIND ("survey", "checklist": the buttons' names, the export
    kind), CALLS, the columns, `retranslate` (calling `set_button_texts`), `count_text` and
    the hooks `open_editor`, `is_archived`, `archive_text`, `confirm_archive`,
    `delete_texts` and `show_new_version`."""

    TEMPLATE_KIND = ""
    CALLS: TemplateCalls

    def __init__(self, page: TemplatesTab, columns: Sequence[Column],
                 search: Callable[[Any], Sequence[Any]], stretch: int,
                 widths: dict[int, int]) -> None:
        super().__init__(columns, search, stretch=stretch)
        self.page = page
        kind = self.TEMPLATE_KIND
        self.new = self.add_button(f"new_{kind}", self.new_template)
        self.edit = self.add_button(f"edit_{kind}", self.edit_template)
        self.duplicate = self.add_button(f"duplicate_{kind}", self.duplicate_template)
        self.archive = self.add_button(f"archive_{kind}", self.toggle_archived)
        self.delete = self.add_button(f"delete_{kind}", self.delete_template)
        self.buttons.addStretch(1)
        self.export = self.add_button(f"export_{kind}", self.export_template)
        self.set_column_widths(widths)
        self.retranslate()

    # hooks

    def open_editor(self, template: Any, row: Any) -> Any:
        """The editor's result (None when cancelled); both None for a new template."""
        raise NotImplementedError

    def is_archived(self, row: Any) -> bool:
        raise NotImplementedError

    def archive_text(self, archived: bool) -> str:
        raise NotImplementedError

    def confirm_archive(self, row: Any) -> bool:
        raise NotImplementedError

    def delete_texts(self, row: Any) -> tuple[str, str]:
        """The title and the question of the delete confirmation."""
        raise NotImplementedError

    def show_new_version(self, old: Any, saved: Any) -> None:
        raise NotImplementedError

    # shared

    def set_button_texts(self, new: str, edit: str, duplicate: str, delete: str,
                         export: str) -> None:
        for button, text in ((self.new, new), (self.edit, edit), (self.duplicate, duplicate),
                             (self.delete, delete), (self.export, export)):
            button.setText(text)
        self.update_buttons()

    def update_buttons(self) -> None:
        row = self.selected_row()
        for button in (self.edit, self.duplicate, self.archive, self.delete, self.export):
            button.setEnabled(row is not None)
        self.archive.setText(self.archive_text(row is not None and self.is_archived(row)))

    def activated(self) -> None:
        self.edit_template()

    def delete_pressed(self) -> None:
        self.delete_template()

    # actions

    def new_template(self) -> None:
        template = self.open_editor(None, None)
        if template is not None:
            db = self.page.ctx.db
            self.page.write(lambda: self.CALLS.save(db, None, template), self.select_id)

    def edit_template(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        db = self.page.ctx.db
        self.page.ctx.tasks.run(lambda: self.CALLS.load(db, row.id),
                                lambda template: self._edit(row, template), self.page.failed)

    def _edit(self, row: Any, template: Any) -> None:
        edited = self.open_editor(template, row)
        if edited is None or edited == template:
            return
        db = self.page.ctx.db

        def save() -> Any:
            return self.CALLS.get(db, self.CALLS.save(db, row.family, edited))

        self.page.write(save, lambda saved: self._saved(row, saved))

    def _saved(self, old: Any, saved: Any) -> None:
        self.select_id(saved.id)
        if saved.version != old.version:
            self.show_new_version(old, saved)

    def duplicate_template(self) -> None:
        row = self.selected_row()
        if row is not None:
            db = self.page.ctx.db
            self.page.write(lambda: self.CALLS.duplicate(db, row.id), self.select_id)

    def toggle_archived(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        archived = self.is_archived(row)
        if not archived and not self.confirm_archive(row):
            return
        db = self.page.ctx.db
        self.page.write(lambda: self.CALLS.set_archived(db, row.family, not archived))

    def delete_template(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        title, text = self.delete_texts(row)
        if messages.confirm(self, title, text, destructive=True):
            db = self.page.ctx.db
            self.page.write(lambda: self.CALLS.delete(db, row.family))

    def export_template(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.page.files.export(self.TEMPLATE_KIND, row.family, row.name)
