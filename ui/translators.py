"""Switch the interface language: our catalogue, Qt's own dialogs' one, and the core's hook."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from cxdesk import i18n
from cxdesk.paths import data_dir

log = logging.getLogger(__name__)

LOCALES = {"en": "en_GB", "ru": "ru_RU", "uk": "uk_UA"}
# shown in the language list in its own language, so anyone can find theirs
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська"}


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        lang = name.split("-")[0].split("_")[0].lower()
        if lang in i18n.LANGUAGES:
            return lang
    return "en"


def lrelease_command() -> list[str] | None:
    """lrelease from the installed PySide6 wheel, else one on PATH."""
    exe = Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_catalog(lang: str) -> Path | None:
    """cxdesk_<lang>.qm next to its .ts; in a dev checkout it is built (or rebuilt when the .ts
    is newer) on the fly, into the data folder when the resources are read-only."""
    ts = i18n.ts_path(lang)
    qm = ts.with_suffix(".qm")
    if not ts.exists():
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    if not os.access(ts.parent, os.W_OK):
        qm = data_dir() / "translations" / qm.name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
        qm.parent.mkdir(parents=True, exist_ok=True)
    command = lrelease_command()
    if command is None:
        return None
    try:
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            check=True, capture_output=True, timeout=120,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build %s: %s", qm, exc)
        return None
    return qm if qm.exists() else None


class CatalogTranslator(QTranslator):
    """Reads the .ts directly: the fallback when no lrelease is at hand to build the .qm."""

    def __init__(self, catalog: i18n.Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None (a null QString) means "not translated here"; "" would be used as the text
        return self._catalog.lookup(context, source_text, disambiguation, n)

    def isEmpty(self) -> bool:
        return not self._catalog.messages


def app_translator(lang: str) -> QTranslator | None:
    qm = compiled_catalog(lang)
    translator = QTranslator()
    if qm is not None and translator.load(str(qm)):
        return translator
    ts = i18n.ts_path(lang)
    return CatalogTranslator(i18n.load_ts(ts)) if ts.exists() else None


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own catalogue, for the standard buttons (OK, Cancel, Yes, No) and dialogs."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{lang}", folder) else None


class Translations:
    """The translators installed in the application; `switch()` changes language at once:
    every widget then gets a LanguageChange event and retranslates itself."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, lang: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = [t for t in (app_translator(lang), qt_translator(lang)) if t]
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(LOCALES.get(lang, "en_GB")))
        i18n.set_translator(QCoreApplication.translate)
        i18n.set_language(lang)
        self.language = lang
