"""The .cxvisit file: a round trip between two databases, and every bad file refused."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime

import pytest
from sqlalchemy import select

from cxdesk.db.database import open_database
from cxdesk.db.models import ChecklistTemplate, Location, Staff, Standard
from cxdesk.io.checksum import SEAL_PLACEHOLDER, seal, seal_ok
from cxdesk.io.visit_file import VisitFileError, export_visit, import_visit, read_visit_file
from cxdesk.services.visits import (
    add_photo,
    load_visit,
    photo_data,
    set_staff,
    submit_visit,
    update_visit,
)

from .factory import answer_all, counts, jpeg, make_checklist, make_world, new_visit, png


@pytest.fixture
def target(tmp_path):
    database = open_database(tmp_path / "manager.db")
    yield database
    database.dispose()


@pytest.fixture
def shop_visit(db, world):
    """A submitted visit with Cyrillic everywhere and two photos on two items."""
    vid = new_visit(db, world, shopper="Анна Коваль")
    answer_all(db, world, vid)
    update_visit(db, vid, notes="Визит в обед; черга на касі")
    add_photo(db, vid, world.items["pay.fast"], jpeg(1, 50_000), "черга.jpg")
    add_photo(db, vid, world.items["entry.clean"], png(2, 70_000), "полка.png")
    submit_visit(db, vid)
    return vid


@pytest.fixture
def exported(db, shop_visit, tmp_path):
    return export_visit(db, shop_visit, tmp_path / "визит.cxvisit")


def _answers(detail):
    keys = {item.id: item.key for item in detail.items}
    return {keys[a.item_id]: (a.choice, a.scale, a.text, a.comment,
                              [(p.filename, p.mime, p.sha256, p.size) for p in a.photos])
            for a in detail.answers}


def _photo_bytes(db, detail):
    return sorted(photo_data(db, p.id) for a in detail.answers for p in a.photos)


def test_round_trip_between_two_databases(db, target, shop_visit, exported):
    assert zipfile.is_zipfile(exported) and seal_ok(exported.read_bytes())
    new_id = import_visit(target, exported)
    source, copy = load_visit(db, shop_visit), load_visit(target, new_id)
    for field in ("uid", "shopper", "visited_at", "started_at", "ended_at", "submitted_at",
                  "updated_at", "status", "notes", "score", "passed", "location_name",
                  "template_family", "template_version", "template_name"):
        assert getattr(copy, field) == getattr(source, field), field
    assert copy.score is not None and copy.passed is True
    assert [name for _, name in copy.staff] == [name for _, name in source.staff]
    assert _answers(copy) == _answers(source)
    assert _answers(copy)["pay.fast"][3] == "Ждал 7 минут"
    originals = _photo_bytes(db, source)
    assert len(originals) == 2 and _photo_bytes(target, copy) == originals
    for a in copy.answers:
        for p in a.photos:
            assert hashlib.sha256(photo_data(target, p.id)).hexdigest() == p.sha256
    assert [(i.key, i.kind, i.weight, i.critical, i.required, i.standard_code)
            for i in copy.items] == [(i.key, i.kind, i.weight, i.critical, i.required,
                                      i.standard_code) for i in source.items]
    assert copy.running_score.value == pytest.approx(source.score)
    with target.session() as s:
        template = s.scalars(select(ChecklistTemplate)).one()
        assert (template.builtin, template.current) == (False, True)  # a new family
        assert s.scalars(select(Standard.code)).all() == ["STD-GREET"]


def test_second_import_is_refused(db, target, exported):
    import_visit(target, exported)
    before = counts(target)
    with pytest.raises(VisitFileError, match="already imported on"):
        import_visit(target, exported)
    assert counts(target) == before
    with pytest.raises(VisitFileError, match="already imported"):
        import_visit(db, exported)  # the shopper's own database holds it too


def test_existing_template_location_and_staff_are_reused(db, world, target, exported, tmp_path):
    manager = make_world(target)
    with target.begin() as s:
        s.get(Staff, manager.staff_ids[0]).active = False  # left the company since
    before = counts(target)
    copy = load_visit(target, import_visit(target, exported))
    assert copy.template_id == manager.template_id and copy.location_id == manager.location_id
    assert sorted(sid for sid, _ in copy.staff) == sorted(manager.staff_ids)
    assert counts(target)["checklist_template"] == before["checklist_template"]
    assert counts(target)["staff"] == before["staff"]
    # a second visit on the same checklist adds no template either
    other = new_visit(db, world, shopper="Борис", location_id=world.other_location_id)
    set_staff(db, other, [])
    copy2 = load_visit(target, import_visit(target, export_visit(db, other, tmp_path / "2")))
    assert copy2.template_id == manager.template_id and copy2.location_name == "Подол"
    assert counts(target)["checklist_template"] == before["checklist_template"]


def test_a_different_template_of_the_same_version_becomes_a_new_version(target, exported):
    make_checklist(target, title_suffix=" (изменено)")  # family "test", version 1, other text
    make_checklist(target, family="test", version=2, title_suffix=" (v2)")
    copy = load_visit(target, import_visit(target, exported))
    assert copy.template_version == 3
    with target.session() as s:
        created = s.get(ChecklistTemplate, copy.template_id)
        assert (created.builtin, created.current) == (False, False)
    assert [s.title["ru"] for s in copy.sections] == ["Вход", "Оплата"]


def test_locations_and_staff_are_created_when_missing(target, exported):
    copy = load_visit(target, import_visit(target, exported))
    with target.session() as s:
        assert s.scalars(select(Location.name)).all() == ["Центр"]
        people = s.scalars(select(Staff)).all()
    assert sorted(p.name for p in people) == ["Іван", "Ольга Петренко"]
    assert {p.location_id for p in people} == {copy.location_id}


def test_a_draft_travels_as_a_draft(db, world, target, tmp_path):
    vid = new_visit(db, world)
    copy = load_visit(target, import_visit(target, export_visit(db, vid, tmp_path / "d")))
    assert copy.status == "draft" and copy.score is None and copy.answers == ()


def test_export_is_atomic_and_replaces_the_target(db, shop_visit, tmp_path):
    path = tmp_path / "out.cxvisit"
    path.write_bytes(b"old")
    export_visit(db, shop_visit, path)
    assert seal_ok(path.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == ["out.cxvisit"]
    manifest = json.loads(zipfile.ZipFile(path).read("manifest.json"))
    assert (manifest["format"], manifest["version"]) == ("cxdesk-visit", 1)
    photos = sorted(n for n in manifest["sha256"] if n.startswith("photos/"))
    assert [n.rsplit(".", 1)[1] for n in photos] in (["jpg", "png"], ["png", "jpg"])
    for name in photos:
        digest = name.removeprefix("photos/").rsplit(".", 1)[0]
        assert manifest["sha256"][name] == digest
    assert set(manifest["sha256"]) == {"visit.json", "template.json", *photos}


# --- refused files: each leaves the target database as it was --------------------------------

def _refused(target, path, message):
    before = counts(target)
    with pytest.raises(VisitFileError, match=message):
        import_visit(target, path)
    assert counts(target) == before


@pytest.mark.parametrize("keep", [0.5, 0.9, -1, -30, -64])
def test_truncated_file_is_refused(target, exported, keep):
    data = exported.read_bytes()
    exported.write_bytes(data[:int(len(data) * keep)] if keep > 0 else data[:keep])
    _refused(target, exported, "damaged")


def test_a_changed_byte_anywhere_is_refused(target, exported, tmp_path):
    data = exported.read_bytes()
    offsets = sorted({*range(4, len(data), max(1, len(data) // 60)), len(data) - 1,
                      len(data) - 70, len(data) - 200, 30, 31})
    for offset in offsets:
        changed = bytearray(data)
        changed[offset] ^= 0x01
        path = tmp_path / f"changed-{offset}.cxvisit"
        path.write_bytes(bytes(changed))
        _refused(target, path, "damaged")
    changed = bytearray(data)
    changed[0] ^= 0x01  # even the ZIP signature: the seal still tells it was ours
    exported.write_bytes(bytes(changed))
    _refused(target, exported, "damaged")


def test_foreign_files_are_refused(target, tmp_path):
    text = tmp_path / "notes.cxvisit"
    text.write_text("Это не файл визита\n", encoding="utf-8")
    _refused(target, text, "not a cxdesk visit file")
    empty = tmp_path / "empty.cxvisit"
    empty.write_bytes(b"")
    _refused(target, empty, "not a cxdesk visit file")
    for members in ({"readme.txt": b"hello"},
                    {"manifest.json": json.dumps({"format": "other-app", "version": 1})}):
        path = tmp_path / "foreign.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        _refused(target, path, "not a cxdesk visit file")
    _refused(target, tmp_path / "missing.cxvisit", "Cannot read")


def _rebuild(exported, change) -> bytes:
    """The export's members, changed by `change(members, manifest)`, resealed properly."""
    with zipfile.ZipFile(exported) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
        manifest = json.loads(archive.read("manifest.json"))
    change(members, manifest)
    manifest["sha256"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()
                          if n in manifest["sha256"]} | manifest.get("extra_hashes", {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
        archive.comment = SEAL_PLACEHOLDER
    return seal(buffer.getvalue())


def _set_version(members, manifest):
    manifest["version"] = 2


def _break_json(members, manifest):
    members["visit.json"] = b'{"uid": "x", '


def _drop_photo(members, manifest):
    name = next(n for n in members if n.startswith("photos/"))
    manifest["extra_hashes"] = {name: manifest["sha256"][name]}
    del members[name]


def _bad_answer(members, manifest):
    visit = json.loads(members["visit.json"])
    visit["answers"][0]["scale"] = 7
    members["visit.json"] = json.dumps(visit).encode()


def _edit_template(members, manifest):
    template = json.loads(members["template.json"])
    template["sections"][0]["items"][0]["weight"] = 50
    members["template.json"] = json.dumps(template).encode()


def _bad_date(members, manifest):
    visit = json.loads(members["visit.json"])
    visit["visited_at"] = "вчера"
    members["visit.json"] = json.dumps(visit).encode()


@pytest.mark.parametrize(("change", "message"), [
    (_set_version, "newer cxdesk"),
    (_break_json, "damaged"),
    (_drop_photo, "damaged.*missing"),
    (_bad_answer, "damaged"),
    (_edit_template, "damaged.*fingerprint"),
    (_bad_date, "damaged.*visited_at"),
])
def test_well_sealed_but_wrong_content_is_refused(target, exported, change, message):
    exported.write_bytes(_rebuild(exported, change))
    _refused(target, exported, message)


def test_read_visit_file_checks_without_a_database(exported):
    package = read_visit_file(exported)
    assert package.visit["shopper"] == "Анна Коваль" and len(package.photos) == 2
    assert isinstance(package.visit["visited_at"], datetime)
    assert package.template["family"] == "test"
