"""Hand the unfinished strings of a .ts catalogue out as JSON, and fill translations back in.

    python tools/ts_work.py todo ru --parts 2 --out /tmp/tr      # /tmp/tr/ru_1.json, ru_2.json
    python tools/ts_work.py fill ru /tmp/tr/ru_1.done.json ...   # writes cxdesk_ru.ts

A todo entry: {"context", "source", "numerus": bool, "comment"?}. A done entry adds
"translation": a string, or for numerus entries a list of the language's plural forms
(3 for Russian and Ukrainian: one, few, many). Placeholders (%1, %n, {name}) must survive.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
FORMS = {"ru": 3, "uk": 3, "en": 2}


def _path(lang: str) -> Path:
    return TRANSLATIONS / f"cxdesk_{lang}.ts"


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def todo(lang: str, parts: int, out: Path) -> None:
    tree = ET.parse(_path(lang))
    entries = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        entry = {"context": context, "source": message.findtext("source") or "",
                 "numerus": message.get("numerus") == "yes"}
        comment = message.findtext("comment") or message.findtext("extracomment")
        if comment:
            entry["comment"] = comment
        entries.append(entry)
    out.mkdir(parents=True, exist_ok=True)
    size = -(-len(entries) // parts) if entries else 0
    for part in range(parts):
        chunk = entries[part * size:(part + 1) * size]
        target = out / f"{lang}_{part + 1}.json"
        target.write_text(json.dumps(chunk, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{target}: {len(chunk)} strings")


def fill(lang: str, files: list[Path]) -> None:
    done: dict[tuple[str, str], object] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            if entry.get("translation"):
                done[(entry["context"], entry["source"])] = entry["translation"]
    tree = ET.parse(_path(lang))
    filled = 0
    for context, message in _messages(tree):
        key = (context, message.findtext("source") or "")
        if key not in done:
            continue
        translation = message.find("translation")
        value = done[key]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value] * FORMS[lang]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms[: FORMS[lang]]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    _path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body
                           + "\n", encoding="utf-8")
    print(f"{_path(lang).name}: {filled} translations filled")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("todo")
    t.add_argument("lang")
    t.add_argument("--parts", type=int, default=1)
    t.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fill")
    f.add_argument("lang")
    f.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "todo":
        todo(args.lang, args.parts, args.out)
    else:
        fill(args.lang, args.files)


if __name__ == "__main__":
    sys.exit(main())
