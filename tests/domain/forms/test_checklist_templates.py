"""Checklist templates: submitted visits keep their version and score, edits make a new one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cxdesk.db.models import ChecklistTemplate, JourneyStage, Standard, Visit
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.services.checklist_templates import (
    current_checklist_id,
    delete_checklist,
    duplicate_checklist,
    get_checklist,
    list_checklists,
    load_checklist_form,
    save_checklist,
    set_checklist_archived,
)
from cxdesk.services.visits import VisitStart, start_visit
from cxdesk.templates import I18n
from tests.domain.forms.conftest import add, checklist_rows, submitted_visit


@pytest.fixture
def standard_id(db) -> int:
    stage = add(db, JourneyStage(code="entry", position=1, name={"en": "Entry"}))
    return add(db, Standard(code="greet", stage_id=stage, text={"en": "Greet"}))


def _renamed_item(form, text: str):
    section = form.sections[0]
    item = replace(section.items[0], text=I18n(text, "", ""))
    return replace(form, sections=(replace(section, items=(item, *section.items[1:])),))


def test_edit_with_a_submitted_visit_makes_a_new_version(db, location_id, standard_id) -> None:
    old = add(db, checklist_rows("shop", standard_id))
    visit = submitted_visit(db, old, location_id, score=62.5)
    form = load_checklist_form(db, old)
    assert form.sections[0].items[0].standard == "greet"
    new = save_checklist(db, "shop", _renamed_item(form, "Поздоровались в течение 5 секунд"))
    assert new != old
    assert current_checklist_id(db, "shop") == new
    started = start_visit(db, VisitStart(current_checklist_id(db, "shop"), location_id, "Ира"))
    with db.session() as session:
        kept = session.get(Visit, visit)
        assert (kept.template_id, kept.score, kept.passed) == (old, 62.5, True)
        assert session.get(ChecklistTemplate, old).current is False
        old_item = session.get(ChecklistTemplate, old).sections[0].items[0]
        assert old_item.text == {"ru": "Поздоровались", "en": "Greeted"}
        new_item = session.get(ChecklistTemplate, new).sections[0].items[0]
        assert (new_item.text, new_item.standard_id) == (
            {"ru": "Поздоровались в течение 5 секунд"}, standard_id)
        assert session.get(ChecklistTemplate, new).version == 2
        assert session.get(Visit, started).template_id == new  # a new visit uses the new one
    row = get_checklist(db, new)
    assert (row.visit_count, row.family_visit_count, row.versions) == (1, 2, 2)
    assert [r.id for r in list_checklists(db)] == [new]


def test_edit_without_visits_changes_it_in_place(db) -> None:
    template = add(db, checklist_rows("shop"))
    form = load_checklist_form(db, template)
    assert save_checklist(db, "shop", _renamed_item(form, "Улыбнулись")) == template
    with db.session() as session:
        saved = session.get(ChecklistTemplate, template)
        assert (saved.version, saved.sections[0].items[0].text) == (1, {"ru": "Улыбнулись"})
    assert get_checklist(db, template).versions == 1


def test_bad_checklist_is_refused_and_nothing_changes(db, location_id) -> None:
    template = add(db, checklist_rows("shop"))
    form = load_checklist_form(db, template)
    section = form.sections[0]
    for item, field in ((replace(section.items[1], critical=True), "clean"),
                        (replace(section.items[0], weight=0), "greet"),
                        (replace(section.items[0], text=I18n("", " ", "")), "greet"),
                        (replace(section.items[0], standard="nope"), "greet")):
        items = tuple(item if i.code == item.code else i for i in section.items)
        with pytest.raises(ValidationError) as err:
            save_checklist(db, "shop", replace(form, sections=(replace(section, items=items),)))
        assert err.value.field == field
    assert load_checklist_form(db, template) == form
    assert get_checklist(db, template).versions == 1


def test_search_duplicate_archive_delete(db, location_id) -> None:
    template = add(db, checklist_rows("shop"))
    submitted_visit(db, template, location_id)
    assert [r.id for r in list_checklists(db, "МАГАЗИН")] == [template]
    copy = duplicate_checklist(db, template)
    assert get_checklist(db, copy).name == {"ru": "Магазин (копия)", "en": "Shop (copy)"}
    with pytest.raises(InUseError) as err:
        delete_checklist(db, "shop")
    assert "1 visit" in str(err.value)
    set_checklist_archived(db, "shop", True)
    assert [r.id for r in list_checklists(db)] == [copy]
    assert {r.id for r in list_checklists(db, include_archived=True)} == {template, copy}
    with pytest.raises(NotFoundError):
        current_checklist_id(db, "shop")
    set_checklist_archived(db, "shop", False)
    assert current_checklist_id(db, "shop") == template
    delete_checklist(db, get_checklist(db, copy).family)
    assert [r.id for r in list_checklists(db)] == [template]
