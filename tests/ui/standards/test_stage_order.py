"""The journey's order: stages move with the ▲/▼ buttons, Ctrl+arrows, or by dragging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from cxdesk.services import standards
from cxdesk.services.standards import StageForm


@pytest.fixture
def stages(db) -> list[int]:
    return [standards.create_stage(db, StageForm({"ru": name}))
            for name in ("Вход", "Зал", "Касса", "Выход")]


def shown(page) -> list[str]:
    return [page.stages.list.item(n).text() for n in range(page.stages.list.count())]


def stored(db) -> list[str]:
    return [s.name["ru"] for s in standards.list_stages(db)]


def test_buttons_and_keys_move_the_selected_stage(qtbot, page, db, stages):
    page.refresh()
    panel = page.stages
    panel.select(stages[2])
    assert panel.up_button.isEnabled() and panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert stored(db) == ["Вход", "Касса", "Зал", "Выход"]
    assert shown(page) == ["1. Вход", "2. Касса", "3. Зал", "4. Выход"]
    assert panel.selected_id() == stages[2]  # the moved stage stays selected
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert stored(db) == ["Касса", "Вход", "Зал", "Выход"]
    assert not panel.up_button.isEnabled()  # first already

    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored(db) == ["Вход", "Касса", "Зал", "Выход"]
    panel.select(stages[3])
    assert not panel.down_button.isEnabled()


def drop(page, row: int, below: bool = False) -> None:
    """Drop the selected stage on `row` (its upper or lower half). The offscreen platform has
    no drag manager, so the drop is handed to the viewport as Qt's drag manager hands it."""
    view = page.stages.list
    rect = view.visualRect(view.model().index(row, 0))
    point = QPoint(rect.center().x(), rect.bottom() - 1 if below else rect.top() + 1)
    mime = view.model().mimeData(view.selectedIndexes())
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.viewportEvent(event)
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # the drag source deletes nothing


def test_dragging_a_stage_reorders_the_journey(page, db, stages):
    page.refresh()
    view = page.stages.list
    assert view.dragEnabled()
    assert view.dragDropMode() == view.DragDropMode.InternalMove
    page.stages.select(stages[3])  # "Выход" onto the top half of the first row
    drop(page, 0)
    assert stored(db) == ["Выход", "Вход", "Зал", "Касса"]
    assert shown(page) == ["1. Выход", "2. Вход", "3. Зал", "4. Касса"]
    assert page.stages.selected_id() == stages[3]

    page.stages.select(stages[3])  # and down below "Зал"
    drop(page, 2, below=True)
    assert stored(db) == ["Вход", "Зал", "Выход", "Касса"]
    assert [s.position for s in standards.list_stages(db)] == [1, 2, 3, 4]


def test_a_drop_where_it_was_changes_nothing(page, db, stages, monkeypatch):
    page.refresh()
    calls = []
    monkeypatch.setattr(standards, "reorder_stages", lambda *args: calls.append(args))
    page.stages.select(stages[1])
    drop(page, 1)
    assert calls == []
    assert stored(db) == ["Вход", "Зал", "Касса", "Выход"]


def test_clicking_a_stage_shows_its_records_and_all_stages_shows_every_one(qtbot, page, db,
                                                                          stages):
    from cxdesk.services.standards import StandardForm

    standards.create_standard(db, StandardForm({"ru": "Здоровается"}, stages[0]))
    standards.create_standard(db, StandardForm({"ru": "Выдаёт чек"}, stages[2]))
    page.refresh()
    view = page.stages.list
    rect = view.visualRect(view.model().index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stage_filter() == stages[2]
    assert [e.row.text["ru"] for e in page.standards.shown_rows()] == ["Выдаёт чек"]
    assert page.standards.table.isColumnHidden(page.standards.STAGE)
    page.stage_combo.setCurrentIndex(0)
    assert page.stages.selected_id() is None
    assert page.standards.proxy.rowCount() == 2
    assert not page.standards.table.isColumnHidden(page.standards.STAGE)
