"""The .ts catalogues: complete, placeholders intact, up to date; .qm built when missing."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from cxdesk import i18n
from ui import translators

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("cxdesk_*.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|%n|%Ln|\{\w*\}")
FORMS = {"ru": 3, "uk": 3, "en": 2}


def load_tool():
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  ROOT / "tools" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entries(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_language_has_a_catalogue():
    assert [ts.name for ts in TS_FILES] == ["cxdesk_en.ts", "cxdesk_ru.ts", "cxdesk_uk.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_no_translation_is_unfinished(ts):
    unfinished = [f"{context}: {message.findtext('source')}" for context, message in entries(ts)
                  if message.find("translation").get("type") == "unfinished"]
    assert unfinished == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_placeholders_match_the_english(ts):
    lang = ts.stem.split("_")[1]
    wrong = []
    for context, message in entries(ts):
        source = message.findtext("source")
        expected = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != FORMS[lang]:
                wrong.append(f"{context}: {source!r}: {len(forms)} plural forms")
        elif "|" in source:  # the core's plural(): "one|other" in English, one|few|many here
            expected = sorted(PLACEHOLDER.findall(source.split("|")[0]))
            forms = (translation.text or "").split("|")
            if len(forms) not in (1, FORMS[lang]):
                wrong.append(f"{context}: {source!r}: {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        wrong += [f"{context}: {source!r} -> {form!r}" for form in forms
                  if sorted(PLACEHOLDER.findall(form)) != expected]
        if source.endswith("…") and not all(form.endswith("…") for form in forms):
            wrong.append(f"{context}: {source!r}: the ellipsis (opens a dialog) is lost")
    assert wrong == []


def test_catalogues_hold_every_string_of_the_code():
    """Fails when code adds a string: run `python tools/build_translations.py --update`,
    then translate it in resources/translations/*.ts."""
    assert load_tool().check() == []


@pytest.fixture
def ts_copy(tmp_path, monkeypatch) -> Path:
    """A translations folder holding only the Russian .ts, as a fresh checkout has."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(ROOT / "resources" / "translations" / "cxdesk_ru.ts", folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def installed(translator) -> str:
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        return QCoreApplication.translate("CustomersTab", "%n customers", None, 3)
    finally:
        app.removeTranslator(translator)


def test_a_missing_qm_is_built_from_the_ts(qapp, ts_copy):
    qm = translators.compiled_catalog("ru")
    assert qm == ts_copy / "cxdesk_ru.qm" and qm.exists()
    assert installed(translators.app_translator("ru")) == "3 клиента"


def test_read_only_resources_build_into_the_data_folder(qapp, ts_copy, monkeypatch):
    monkeypatch.setattr(translators.os, "access", lambda path, mode: False)
    qm = translators.compiled_catalog("ru")
    assert qm.parent.parent == i18n.translations_dir().parent / "data"
    assert qm.exists() and not (ts_copy / "cxdesk_ru.qm").exists()


def test_without_lrelease_the_ts_is_read_directly(qapp, ts_copy, monkeypatch):
    monkeypatch.setattr(translators, "lrelease_command", lambda: None)
    translator = translators.app_translator("ru")
    assert isinstance(translator, translators.CatalogTranslator)
    assert installed(translator) == "3 клиента"


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_qt_own_buttons_are_translated(qapp, lang):
    assert translators.qt_translator(lang) is not None
