"""A PDF is written whole or not at all; a bad target fails before any work."""

from __future__ import annotations

import os

import pytest

from cxdesk.errors import CxdeskError
from cxdesk.reports.output import check_target, write_pdf_atomically


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "r.pdf"
    write_pdf_atomically(b"%PDF-old", target)
    write_pdf_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_a_missing_folder_is_a_readable_error_and_leaves_nothing(tmp_path):
    with pytest.raises(CxdeskError, match="does not exist"):
        write_pdf_atomically(b"%PDF", tmp_path / "nope" / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(CxdeskError, match="folder"):
        check_target(tmp_path)


def test_a_failed_rename_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"%PDF-old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(CxdeskError, match="No space left"):
        write_pdf_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_the_file_is_readable_like_any_document(tmp_path):
    target = write_pdf_atomically(b"%PDF", tmp_path / "r.pdf")
    assert target.stat().st_mode & 0o644 == 0o644
