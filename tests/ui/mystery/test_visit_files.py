"""File → Export visit… and Import visit…: the shopper's file added to the manager's copy."""

from __future__ import annotations

import shutil

import pytest

from cxdesk.db.database import open_database
from cxdesk.services.visits import list_visits, load_visit, save_answer
from tests.ui.mystery.helpers import mystery_page
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tabs.mystery import visit_files


def make_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def manager_ctx(ctx, tmp_path, migrated_template):
    """The manager's copy: another database, the same interface."""
    path = tmp_path / "manager.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    yield AppContext(db, ctx.tasks, ctx.settings, ctx.translations)
    db.dispose()


@pytest.fixture
def exported(qtbot, ctx, shop, tmp_path, monkeypatch, confirmations, photo_file):
    """A draft with an answer, a comment and a photo, exported from the shopper's window."""
    visit_id = shop.start()
    item = shop.item(visit_id, "7.4")
    save_answer(shop.db, visit_id, item.id, choice="no", comment="Цена не совпала")
    from cxdesk.services.visits import add_photo

    add_photo(shop.db, visit_id, item.id, photo_file)
    window = make_window(qtbot, ctx)
    tab = mystery_page(window)
    tab.open_visit(visit_id)
    suggested = []
    target = tmp_path / "out" / "visit.cxvisit"
    target.parent.mkdir()
    monkeypatch.setattr(visit_files, "ask_export_path",
                        lambda _parent, name: (suggested.append(name), str(target))[1])
    window.export_visit_action.trigger()
    assert suggested == ["visit-2026-06-12-Центр-Анна-Андреева.cxvisit"]
    assert confirmations == [
        "This visit is not submitted yet: the file carries it as a draft. Export it anyway?"]
    assert target.exists()
    assert "Visit exported" in window.statusBar().currentMessage()
    return target


def test_export_then_import_on_the_managers_copy(qtbot, exported, manager_ctx, monkeypatch,
                                                 shown_errors):
    window = make_window(qtbot, manager_ctx)
    monkeypatch.setattr(visit_files, "ask_import_path", lambda _parent: str(exported))
    window.import_visit_action.trigger()
    assert shown_errors == []
    [row] = list_visits(manager_ctx.db)
    tab = mystery_page(window)
    assert tab.editor.visit_id == row.id  # the imported visit is shown
    detail = load_visit(manager_ctx.db, row.id)
    [answer] = detail.answers
    assert (answer.choice, answer.comment, len(answer.photos)) == ("no", "Цена не совпала", 1)
    assert detail.location_name == "Центр"

    window.import_visit_action.trigger()  # the same file again
    [(title, text)] = shown_errors
    assert title == "Import visit" and "already imported" in text
    assert len(list_visits(manager_ctx.db)) == 1


def test_a_damaged_or_foreign_file_is_refused(qtbot, exported, manager_ctx, monkeypatch,
                                             shown_errors, tmp_path):
    damaged = tmp_path / "damaged.cxvisit"
    data = bytearray(exported.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "notes.cxvisit"
    foreign.write_text("просто текст", encoding="utf-8")
    window = make_window(qtbot, manager_ctx)
    for path in (damaged, foreign):
        monkeypatch.setattr(visit_files, "ask_import_path", lambda _parent, p=path: str(p))
        window.import_visit_action.trigger()
    assert [title for title, _ in shown_errors] == ["Import visit", "Import visit"]
    assert "damaged.cxvisit is damaged" in shown_errors[0][1]
    assert "notes.cxvisit is not a cxdesk visit file" in shown_errors[1][1]
    assert list_visits(manager_ctx.db) == []


def test_export_without_a_visit_says_what_to_do(qtbot, ctx, shop, shown_errors, monkeypatch):
    monkeypatch.setattr(visit_files, "ask_export_path", lambda *_a: pytest.fail("asked"))
    window = make_window(qtbot, ctx)
    window.export_visit_action.trigger()  # the page was never opened
    mystery_page(window)
    window.export_visit_action.trigger()  # opened, nothing selected
    assert [text for _, text in shown_errors] == [
        "Open or select a visit on the Mystery shop page first."] * 2


def test_cancelled_dialogs_change_nothing(qtbot, ctx, shop, monkeypatch, shown_errors, tmp_path):
    visit_id = shop.start()
    window = make_window(qtbot, ctx)
    tab = mystery_page(window)
    tab.list_page.select(visit_id)
    monkeypatch.setattr(visit_files.messages, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(visit_files, "ask_export_path", lambda *_a: None)
    monkeypatch.setattr(visit_files, "ask_import_path", lambda *_a: None)
    window.export_visit_action.trigger()
    window.import_visit_action.trigger()
    assert shown_errors == [] and len(list_visits(ctx.db)) == 1
