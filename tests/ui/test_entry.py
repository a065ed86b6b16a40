"""The `cxdesk` command: subcommands run without Qt, a bad path or command ends in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ui.entry", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, env={"PATH": "/usr/bin:/bin",
                                                                 "LANG": "C.UTF-8"})


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("--db", "/nonexistent-folder/x.db"), 1, "does not exist"),
        (("--db", "/"), 1, "is a folder"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(args, code, fragment):
    done = run(*args)
    assert done.returncode == code
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]
    assert done.stdout == ""


def test_version_and_help():
    assert run("--version").stdout.startswith("cxdesk ")
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("demo", "metrics", "visit", "report"):
        assert command in helped.stdout
