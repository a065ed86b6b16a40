"""Ticking and unticking checklist items for a standard; printing the staff handbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cxdesk.services import standard_links, standards
from cxdesk.services.builtin import install_builtins
from tests.ui.standards.drive import drive, press_ok
from ui.dialogs.link_items_dialog import LinkItemsDialog
from ui.tabs.standards import handbook


def checks(db, code: str) -> list[str]:
    return sorted(i.code for c in standard_links_items(db) for i in c if i.standard_code == code)


def standard_links_items(db):
    from cxdesk.services.checklist_templates import list_checklists

    return [[i for s in standard_links.checklist_items(db, c.id) for i in s.items]
            for c in list_checklists(db)]


def test_ticks_link_untick_unlinks_and_an_item_moves_from_another_standard(
        qtbot, monkeypatch, page, db):
    install_builtins(db)
    page.refresh()
    rows = {r.code: r for r in standards.list_standards(db)}
    greet, tags = rows["greet_10s"], rows["floor_price_tags"]
    before_greet, before_tags = checks(db, greet.code), checks(db, tags.code)
    assert before_greet and before_tags
    items = {i.code: i for c in standard_links_items(db) for i in c}
    moved = items[before_tags[0]]

    def tick(dialog):
        assert dialog.item(items[before_greet[0]].id).checkState(0) == Qt.CheckState.Checked
        row = dialog.item(moved.id)
        assert row.text(1)  # it shows the standard it checks now
        row.setCheckState(0, Qt.CheckState.Checked)
        dialog.item(items[before_greet[0]].id).setCheckState(0, Qt.CheckState.Unchecked)
        press_ok(qtbot, dialog)

    def cancel(dialog):
        dialog.item(moved.id).setCheckState(0, Qt.CheckState.Unchecked)
        dialog.reject()

    drive(monkeypatch, qtbot, LinkItemsDialog, tick, cancel)
    page.standards.select_id(greet.id)
    page.standards.link_items()
    assert checks(db, greet.code) == sorted([moved.code, *before_greet[1:]])
    assert checks(db, tags.code) == before_tags[1:]
    page.standards.select_id(greet.id)
    page.standards.link_items()  # cancelled: nothing changes
    assert checks(db, greet.code) == sorted([moved.code, *before_greet[1:]])


def test_no_checklist_yet_says_where_to_add_one(page, db, shown_errors):
    from cxdesk.services.standards import StageForm, StandardForm

    stage = standards.create_stage(db, StageForm({"ru": "Вход"}))
    sid = standards.create_standard(db, StandardForm({"ru": "Здоровается"}, stage))
    page.refresh()
    page.standards.select_id(sid)
    page.standards.link_items()
    assert shown_errors == [("Checklist items", "There is no checklist in use yet: add one on "
                                                "the Templates page.")]


def test_print_handbook_writes_the_pdf_and_offers_to_open_it(qtbot, monkeypatch, page, db,
                                                            tmp_path, confirmations):
    install_builtins(db)
    asked, opened = [], []
    target = tmp_path / "Памятка персонала"  # no suffix: .pdf is added
    monkeypatch.setattr(handbook, "ask_pdf_path",
                        lambda _parent, title, suggested, filters: asked.append(title)
                        or str(target))
    monkeypatch.setattr(handbook, "open_file", lambda path: opened.append(path) or True)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".pdf")
    assert asked == ["Print the staff handbook"]
    assert written.read_bytes().startswith(b"%PDF")
    assert "Open it now?" in confirmations[0]
    assert opened == [written]
    assert page.print_button.isEnabled() and page.status_label.text() == ""


def test_print_handbook_reports_a_folder_it_cannot_write(monkeypatch, page, tmp_path,
                                                         shown_errors):
    monkeypatch.setattr(handbook, "ask_pdf_path", lambda *_args: str(
        tmp_path / "missing" / "handbook.pdf"))
    page.printer.start()
    [(title, text)] = shown_errors
    assert title == "Staff handbook"
    assert text.startswith("The handbook could not be written: ")
    assert not Path(tmp_path / "missing").exists()
