"""Translation hook for the core: Qt-free, injectable by the GUI, readable from .ts files."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

# Same signature as QCoreApplication.translate, so the GUI installs that one as it is.
Translator = Callable[[str, str, str | None, int], str]

LANGUAGES = ("en", "ru", "uk")


def plural_index(lang: str, n: int) -> int:
    """Which of Qt's numerus forms a language uses for n (Russian and Ukrainian have 3)."""
    n = abs(n)
    if lang in ("ru", "uk"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def _with_n(text: str, n: int) -> str:
    # Qt substitutes %n even when there is no translation; do the same everywhere.
    return text.replace("%n", str(n)) if n >= 0 else text


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _with_n(text, n)


_translator: Translator = _identity
_language = "en"  # decides which plural form `plural()` picks


def set_translator(func: Translator | None) -> None:
    """Install the function that turns English source text into the user's language."""
    global _translator
    _translator = func or _identity


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text`; pass `n` (positionally, so lupdate sees it) for a %n plural."""
    return _translator(context, text, disambiguation, n)


def translate_n(context: str, text: str, n: int) -> str:
    """Plural shorthand at run time. lupdate does not extract calls to it: write
    `translate("Ctx", "%n items", None, n)` where the string is a literal."""
    return translate(context, text, None, n)


def set_language(lang: str) -> None:
    """The language whose plural rules `plural()` follows (set with the translator)."""
    global _language
    _language = lang if lang in LANGUAGES else "en"


def current_language() -> str:
    return _language


def plural(forms: str, n: int) -> str:
    """Pick the form for n from "one|few|many" (ru, uk) or "one|other" (en) and put n in.

    lupdate's Python parser extracts no plural forms for the core's `translate()`, so the
    core writes them as one string: plural(translate("Ctx", "%n item|%n items"), n). A
    translation with fewer forms (e.g. "пунктов: %n") serves every n.
    """
    options = forms.split("|")
    chosen = options[min(plural_index(_language, n), len(options) - 1)]
    return chosen.replace("%n", str(n))


def fill(text: str, *args: object) -> str:
    """Replace Qt-style %1, %2 … placeholders (highest first, so %1 never eats %10)."""
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text


class Catalog:
    """The finished translations of one Qt Linguist .ts file, looked up like Qt does."""

    def __init__(self, lang: str, messages: dict[tuple[str, str, str], list[str]]) -> None:
        self.lang = lang
        self.messages = messages

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        forms = self.messages.get((context, text, disambiguation or ""))
        if not forms:
            return None
        form = forms[min(plural_index(self.lang, n), len(forms) - 1)] if n >= 0 else forms[0]
        return form or None

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return _with_n(self.lookup(context, text, disambiguation, n) or text, n)


def load_ts(path: Path) -> Catalog:
    """Parse a .ts file (plain XML); unfinished and obsolete entries are left out as lrelease
    does."""
    root = ET.parse(path).getroot()
    lang = (root.get("language") or path.stem.rsplit("_", 1)[-1]).split("_")[0]
    messages: dict[tuple[str, str, str], list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished", "obsolete", "vanished"
            ):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = forms
    return Catalog(lang, messages)


def translations_dir() -> Path:
    from cxdesk.paths import resource_dir

    return resource_dir() / "translations"


def ts_path(lang: str) -> Path:
    return translations_dir() / f"cxdesk_{lang}.ts"


def load_language(lang: str | None) -> bool:
    """Translate the core without Qt (CLI, reports): read cxdesk_<lang>.ts and install it.
    English and unknown languages fall back to the source text; returns whether a file was
    read."""
    path = ts_path(lang) if lang in LANGUAGES else None
    set_language(lang or "en")
    if path is None or not path.exists():
        set_translator(None)
        return False
    set_translator(load_ts(path).translate)
    return True


def language_from_environment() -> str:
    """The user's language from LANGUAGE / LC_ALL / LC_MESSAGES / LANG, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in os.environ.get(variable, "").split(":"):
            lang = value.split("_")[0].split(".")[0].lower()
            if lang in LANGUAGES:
                return lang
    return "en"
