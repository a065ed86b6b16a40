"""Photos: recognised by their first bytes, limited in size, stored with the visit."""

from __future__ import annotations

import hashlib

import pytest

from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.services.visits import (
    MAX_PHOTO_BYTES,
    add_photo,
    detect_mime,
    load_visit,
    photo_data,
    remove_photo,
)

from .factory import counts, jpeg, new_visit, png


@pytest.mark.parametrize(("head", "mime"), [
    (b"\xff\xd8\xff\xe1", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF89a", "image/gif"),
    (b"GIF87a", "image/gif"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"%PDF-1.7", None),
    (b"MZ\x90\x00", None),
    (b"", None),
])
def test_detect_mime_by_magic_bytes(head, mime):
    assert detect_mime(head + b"\x00" * 32 if head else b"") == mime


def test_photos_from_bytes_and_files(db, world, tmp_path):
    vid = new_visit(db, world)
    item = world.items["pay.fast"]
    picture, shot = jpeg(1), png(2)
    path = tmp_path / "касса.PNG"
    path.write_bytes(shot)
    first = add_photo(db, vid, item, picture, "C:\\Users\\Анна\\очередь.jpg")
    second = add_photo(db, vid, item, path)
    assert add_photo(db, vid, item, picture, "again.jpg") == first  # kept once
    answer = load_visit(db, vid).answer(item)
    assert answer is not None and not answer.answered  # a photo is not an answer
    assert [(p.filename, p.mime, p.size) for p in answer.photos] == [
        ("очередь.jpg", "image/jpeg", len(picture)), ("касса.PNG", "image/png", len(shot))]
    assert answer.photos[1].sha256 == hashlib.sha256(shot).hexdigest()
    assert photo_data(db, first) == picture and photo_data(db, second) == shot
    remove_photo(db, first)
    assert [p.id for p in load_visit(db, vid).answer(item).photos] == [second]
    with pytest.raises(NotFoundError):
        remove_photo(db, first)
    with pytest.raises(NotFoundError):
        photo_data(db, first)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"%PDF-1.4 not a picture", "not a JPEG, PNG, GIF or WebP"),
    (b"Just some text\n", "not a JPEG, PNG, GIF or WebP"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "HEIC"),
    (b"\xff\xd8\xff" + b"\x00" * MAX_PHOTO_BYTES, "too large"),
])
def test_bad_photos_are_refused(db, world, data, message):
    vid = new_visit(db, world)
    before = counts(db)
    with pytest.raises(ValidationError, match=message) as info:
        add_photo(db, vid, world.items["entry.greet"], data, "photo.bin")
    assert info.value.field == "photo" and "photo.bin" in str(info.value)
    assert counts(db) == before


def test_too_large_file_is_refused_before_reading(db, world, tmp_path):
    vid = new_visit(db, world)
    big = tmp_path / "big.jpg"
    with big.open("wb") as out:
        out.write(b"\xff\xd8\xff")
        out.truncate(MAX_PHOTO_BYTES + 1)
    with pytest.raises(ValidationError, match="15 MB"):
        add_photo(db, vid, world.items["entry.greet"], big)
    with pytest.raises(ValidationError, match="Cannot read"):
        add_photo(db, vid, world.items["entry.greet"], tmp_path / "missing.jpg")


def test_photo_at_the_size_limit_is_accepted(db, world):
    vid = new_visit(db, world)
    data = b"\xff\xd8\xff" + b"\x00" * (MAX_PHOTO_BYTES - 3)
    photo_id = add_photo(db, vid, world.items["entry.greet"], data, "max.jpg")
    assert len(photo_data(db, photo_id)) == MAX_PHOTO_BYTES
