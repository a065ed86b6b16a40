"""Which checklist items check a standard, set in one transaction; the handbook to a file."""

from __future__ import annotations

import pytest

from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.services import standard_links, standards
from cxdesk.services.builtin import install_builtins
from cxdesk.services.checklist_templates import list_checklists
from cxdesk.services.handbook import write_handbook
from cxdesk.services.standards import StageForm, StandardForm


def items_of(db, template_id: int) -> dict[str, str | None]:
    return {i.code: i.standard_code for s in standard_links.checklist_items(db, template_id)
            for i in s.items}


def test_links_are_set_moved_and_cleared_per_checklist_version(db):
    install_builtins(db)
    [checklist] = list_checklists(db)
    rows = {r.code: r for r in standards.list_standards(db)}
    greet = rows["greet_10s"]
    before = items_of(db, checklist.id)
    ids = {i.code: i.id for s in standard_links.checklist_items(db, checklist.id)
           for i in s.items}
    tagged = next(code for code, std in before.items() if std == "floor_price_tags")

    standard_links.set_linked_items(db, greet.id, {checklist.id: [ids[tagged]]})
    after = items_of(db, checklist.id)
    assert after[tagged] == "greet_10s"  # moved from the price-tag standard
    assert [c for c, s in after.items() if s == "greet_10s"] == [tagged]  # the old one cleared
    assert {c: s for c, s in after.items() if c != tagged and before[c] != "greet_10s"} == {
        c: s for c, s in before.items() if c != tagged and s != "greet_10s"}


def test_an_item_of_another_checklist_is_refused_and_nothing_changes(db):
    install_builtins(db)
    [checklist] = list_checklists(db)
    stage = standards.create_stage(db, StageForm({"ru": "Вход"}))
    sid = standards.create_standard(db, StandardForm({"ru": "Здоровается"}, stage))
    ids = [i.id for s in standard_links.checklist_items(db, checklist.id) for i in s.items]
    before = items_of(db, checklist.id)
    with pytest.raises(ValidationError):
        standard_links.set_linked_items(db, sid, {checklist.id: [ids[0], 10_000]})
    assert items_of(db, checklist.id) == before
    with pytest.raises(NotFoundError):
        standard_links.checklist_items(db, 10_000)


def test_the_handbook_is_written_whole(db, tmp_path):
    install_builtins(db)
    path = write_handbook(db, tmp_path / "памятка.pdf", "uk")
    assert path.read_bytes().startswith(b"%PDF")
    with pytest.raises(Exception, match="does not exist"):
        write_handbook(db, tmp_path / "missing" / "x.pdf")
