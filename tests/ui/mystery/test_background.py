"""With the real task runner: saves run in the writer thread, in order, and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesk.services.visits import load_visit
from tests.ui.keys import type_text
from tests.ui.mystery.helpers import click, item, press
from ui.context import AppContext
from ui.tabs.mystery import MysteryTab
from ui.tasks import TaskRunner


def test_quick_answers_are_saved_in_order_off_the_gui_thread(qtbot, ctx, shop):
    tasks = TaskRunner()
    live = AppContext(ctx.db, tasks, ctx.settings, ctx.translations)
    visit_id = shop.start()
    tab = MysteryTab(live)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.list_page.model.rowCount() == 1)
    tab.open_visit(visit_id)
    qtbot.waitUntil(lambda: tab.editor.visit_id == visit_id)
    editor = tab.editor
    fast = item(editor, "1.2").answer_input.buttons
    for choice in ("yes", "no", "na", "no"):  # changed her mind, quickly
        click(qtbot, fast[choice])
    press(qtbot, editor, "1.1", Qt.Key.Key_4)
    comment = item(editor, "1.3").comment_edit
    comment.setFocus()
    type_text(comment, "Адрес есть, цен нет")
    tab.hide()  # leaving the page saves what is being typed
    qtbot.waitUntil(lambda: editor._writes == 0, timeout=5000)
    assert tasks.wait(5000)

    detail = load_visit(ctx.db, visit_id)
    assert detail.answer(item(editor, "1.2").item.id).choice == "no"
    assert detail.answer(item(editor, "1.1").item.id).scale == 4
    assert detail.answer(item(editor, "1.3").item.id).comment == "Адрес есть, цен нет"
    assert editor.score_bar.progress_label.text() == "2 of 44 answered"
    assert item(editor, "1.2").answer_input.value() == "no"
    tasks.deleteLater()
