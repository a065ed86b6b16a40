"""Update the .ts translation sources from the code (--update) and build the .qm files.

    python tools/build_translations.py            # .ts -> .qm (CI, packaging)
    python tools/build_translations.py --update   # scan ui/ and cxdesk/ into the .ts, then build
    python tools/build_translations.py --check    # fail if a .ts misses a string or has one
                                                  # unfinished (nothing is written)

Runs on its own (no cxdesk import), with the lupdate/lrelease that come with PySide6.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ("ui", "cxdesk")
LANGUAGES = ("ru", "uk")
# English needs a catalogue only for its plural forms ("1 customer", "2 customers")
PLURAL_ONLY = ("en",)


def qt_tool(name: str) -> list[str]:
    """A Qt tool from the PySide6 wheel (pyside6-<name>), else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        exe = Path(spec.origin).resolve().parent / (
            f"{name}.exe" if sys.platform == "win32" else name
        )
        if exe.exists():
            return [str(exe)]
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return [found]
    sys.exit(f"{name} not found: install PySide6 (pip install PySide6)")


def ts_files() -> dict[str, Path]:
    return {lang: TRANSLATIONS / f"cxdesk_{lang}.ts" for lang in LANGUAGES + PLURAL_ONLY}


def lupdate(targets: dict[str, Path]) -> None:
    """Merge the strings of ui/ and cxdesk/ into each .ts, keeping the translations."""
    base = [*qt_tool("lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
            "-locations", "none", "-source-language", "en", *SOURCES]
    for lang, ts in targets.items():
        extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
        subprocess.run([*base, *extra, "-target-language", lang, "-ts", str(ts)],
                       cwd=ROOT, check=True)


def lrelease(targets: dict[str, Path]) -> None:
    for ts in targets.values():
        subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def problems(ts: Path) -> list[str]:
    """Untranslated strings of one .ts, as readable lines."""
    lines = []
    for (context, source, _comment), message in messages(ts).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            lines.append(f"{ts.name}: unfinished: {context}: {source!r}")
    return lines


def check() -> list[str]:
    """Run lupdate into copies: every string in the code must be in every .ts, translated."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = {}
        for lang, ts in ts_files().items():
            copies[lang] = Path(tmp) / ts.name
            if ts.exists():
                shutil.copy(ts, copies[lang])
            else:
                found.append(f"{ts.name}: missing")
        lupdate(copies)
        for lang, copy in copies.items():
            found += problems(copy)
            committed = ts_files()[lang]
            if committed.exists() and set(messages(copy)) != set(messages(committed)):
                found.append(f"{committed.name}: out of date with the code (run --update)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="scan the code into the .ts first")
    parser.add_argument("--check", action="store_true", help="only check the .ts files")
    args = parser.parse_args(argv)
    if args.check:
        found = check()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    if args.update:
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        lupdate(ts_files())
    lrelease(ts_files())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
