"""Closing the window over work not saved yet asks first; No keeps the window open on the page
with that work, Yes closes it."""

from __future__ import annotations

from ui.dialogs import messages
from ui.main_window import MainWindow


def open_page(qtbot, ctx, name: str):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    pages = window.tabs
    index = next(i for i in range(pages.count()) if pages.object_name(i) == name)
    pages.setCurrentIndex(index)
    return window, pages.widget(index), index


def answer(monkeypatch, reply: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent, title, text, destructive=False):
        asked.append(text)
        assert destructive and title == "Close cxdesk"
        return reply

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def test_no_keeps_the_window_on_the_page_with_unsaved_sales_rows(qtbot, ctx, monkeypatch):
    window, sales, index = open_page(qtbot, ctx, "sales_tab")
    sales.grid.add_row()
    sales.grid.add_row()
    window.tabs.setCurrentIndex(0)  # somewhere else when closing
    asked = answer(monkeypatch, False)
    assert not window.close()
    assert window.isVisible() and window.tabs.currentIndex() == index
    assert asked == ["Not saved yet:\n\n• Sales: 2 rows of the sales figures changed and not "
                     "saved\n\nClose and lose it?"]
    asked = answer(monkeypatch, True)
    assert window.close()
    assert not window.isVisible() and len(asked) == 1


def test_nothing_to_lose_closes_without_a_question(qtbot, ctx, monkeypatch):
    window, sales, _index = open_page(qtbot, ctx, "sales_tab")
    asked = answer(monkeypatch, False)
    assert sales.unsaved_work() is None
    assert window.close()
    assert asked == []


def test_a_reloaded_grid_has_nothing_unsaved(qtbot, ctx):
    window, sales, _index = open_page(qtbot, ctx, "sales_tab")
    sales.grid.add_row()
    assert sales.unsaved_work() == "1 row of the sales figures changed and not saved"
    sales.grid.refresh()  # what Revert does once confirmed
    assert sales.unsaved_work() is None
    window.close()
