"""Template files: export → import gives the same template; clashes and bad files write nothing."""

from __future__ import annotations

import pytest
import yaml

from cxdesk.db.database import open_database
from cxdesk.errors import ValidationError
from cxdesk.services.builtin import install_builtins
from cxdesk.services.checklist_templates import current_checklist_id, list_checklists
from cxdesk.services.standards import list_standards
from cxdesk.services.survey_templates import get_survey, list_surveys
from cxdesk.services.template_files import (
    export_checklist,
    export_journey,
    export_survey,
    import_template,
    preview_template,
)
from cxdesk.templates import TemplateError


@pytest.fixture
def other(tmp_path):
    database = open_database(tmp_path / "other.db")
    yield database
    database.dispose()


def _data(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_survey_round_trip_into_another_database(db, other, tmp_path) -> None:
    install_builtins(db)
    first = export_survey(db, "exit", tmp_path / "exit.yaml")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    preview = preview_template(other, first)
    assert (preview.kind, preview.key, preview.exists) == ("survey", "exit", False)
    result = import_template(other, first)
    assert (result.kind, result.key, result.version, result.new_family) == (
        "survey", "exit", 1, True)
    second = export_survey(other, "exit", tmp_path / "again.yaml")
    assert _data(second) == _data(first)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_import_of_an_existing_key_needs_the_flag(db, tmp_path) -> None:
    install_builtins(db)
    path = export_survey(db, "nps", tmp_path / "nps.yaml")
    before = {r.id for r in list_surveys(db)}
    assert preview_template(db, path).exists
    with pytest.raises(ValidationError) as err:
        import_template(db, path)
    assert err.value.field == "key" and "new version" in str(err.value)
    assert {r.id for r in list_surveys(db)} == before
    result = import_template(db, path, as_new_version=True)
    assert (result.version, result.new_family) == (2, False)
    assert get_survey(db, result.id).versions == 2
    assert _data(export_survey(db, "nps", tmp_path / "v2.yaml")) == _data(path)


def test_checklist_and_journey_round_trip(db, other, tmp_path) -> None:
    install_builtins(db)
    family = list_checklists(db)[0].family
    journey = export_journey(db, tmp_path / "journey.yaml")
    checklist = export_checklist(db, family, tmp_path / "checklist.yaml")
    # into a database without the standards: the links are dropped, and said so
    unlinked = import_template(other, checklist)
    assert unlinked.notes and "not in this database" in unlinked.notes[0]
    assert import_template(other, journey).kind == "journey"
    assert len(list_standards(other)) == len(list_standards(db))
    assert _data(export_journey(other, tmp_path / "j2.yaml")) == _data(journey)
    linked = import_template(other, checklist, as_new_version=True)
    assert linked.notes == () and linked.version == 2
    assert current_checklist_id(other, family) == linked.id
    assert _data(export_checklist(other, family, tmp_path / "c2.yaml")) == _data(checklist)
    with pytest.raises(ValidationError):
        import_template(other, journey)  # its codes are all there now
    import_template(other, journey, as_new_version=True)
    assert len(list_standards(other)) == len(list_standards(db))


@pytest.mark.parametrize("content", [
    "questions: [unclosed\n",
    "name: just a mapping\n",
    "- a list\n",
    "key: x\nkind: nps\nname: {ru: a, uk: b, en: c}\ndescription: {ru: a, uk: b, en: c}\n"
    "questions: [{code: q, kind: nps, text: {ru: a, uk: b, en: c}}]\n",
])
def test_damaged_or_foreign_file_writes_nothing(db, tmp_path, content) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        import_template(db, path)
    assert "bad.yaml" in str(err.value)
    assert list_surveys(db) == []
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(TemplateError):
        import_template(db, path)
