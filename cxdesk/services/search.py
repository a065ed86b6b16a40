"""Text as the form services compare, name and store it: Cyrillic-aware search, codes, i18n."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import fields, is_dataclass, replace
from typing import Any

from cxdesk.errors import ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.templates import I18n, TemplateError

LANGS = ("ru", "uk", "en")
TEXT_MAX = 4000  # one language of one multilingual text

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_TRANSLIT = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюяё",
    ["a", "b", "v", "g", "g", "d", "e", "ye", "zh", "z", "i", "i", "yi", "y", "k", "l", "m", "n",
     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu",
     "ya", "e"],
    strict=True,
))
_NOT_CODE = re.compile(r"[^a-z0-9]+")
CODE_RE = re.compile(r"^[a-z0-9_]{1,64}$")  # template, stage, standard … codes
_WHERE = re.compile(r"(?:question|item|section) '([a-z0-9_]+)'")


def fold(text: str | None) -> str:
    """Text as search compares it: NFKC, case-folded in any script (SQLite's LOWER() folds
    only ASCII), ё read as е, every apostrophe as '."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").translate(_APOSTROPHES)


def terms(search: str | None) -> list[str]:
    """The folded words of a search box; a row must contain every one of them."""
    return [word for word in fold(search).split() if word]


def haystack(*values: Any) -> str:
    """Every text of a row folded into one string; i18n dicts give all their languages."""
    parts: list[str] = []
    for value in values:
        if isinstance(value, Mapping):
            parts.extend(str(v) for v in value.values() if v)
        elif value is not None:
            parts.append(str(value))
    return fold(" \n ".join(parts))


def matches(words: Iterable[str], *values: Any) -> bool:
    """Whether every search word occurs in one of `values` (any case, ё = е)."""
    words = list(words)
    if not words:
        return True
    text = haystack(*values)
    return all(word in text for word in words)


def one_line(text: str | None) -> str:
    """Text trimmed, its runs of white space made one space."""
    return " ".join((text or "").split())


def excerpt(text: str | None, limit: int = 80) -> str:
    """The start of a text on one line, cut at a word and marked with … when longer."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:—-") + "…"


def localized(texts: Mapping[str, Any] | None, lang: str = "en") -> str:
    """The `lang` text of an i18n dict, else the first one filled (en, ru, uk)."""
    for key in (lang, "en", "ru", "uk"):
        value = (texts or {}).get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def clean_texts(value: Mapping[str, Any] | None, field: str, required: bool = True) -> dict:
    """An i18n dict {ru, uk, en} with its texts trimmed and the empty ones left out; at least
    one language must be filled when `required`."""
    value = value or {}
    unknown = sorted(str(key) for key in value if key not in LANGS)
    if unknown:
        raise ValidationError(
            fill(translate("Texts", "Unknown language %1: use ru, uk or en."), unknown[0]), field
        )
    clean = {}
    for lang in LANGS:
        text = value.get(lang)
        if text is not None and not isinstance(text, str):
            raise ValidationError(translate("Texts", "A text must be text."), field)
        text = (text or "").strip()
        if len(text) > TEXT_MAX:
            raise ValidationError(
                fill(translate("Texts", "The text is too long (at most %1 characters)."),
                     TEXT_MAX),
                field,
            )
        if text:
            clean[lang] = text
    if required and not clean:
        raise ValidationError(
            translate("Texts", "Fill the text in at least one language (ru, uk or en)."), field
        )
    return clean


def make_code(text: str, taken: Collection[str], prefix: str = "item") -> str:
    """A new code (a-z, 0-9, _; at most 64) from a text, transliterated, and not in `taken`."""
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in fold(text))
    base = _NOT_CODE.sub("_", latin).strip("_")[:40].rstrip("_") or prefix
    if base[0].isdigit():
        base = f"{prefix}_{base}"[:40]
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}_{n}"
    return code


# ---- multilingual texts between the template dataclasses and the tables ---------------------

def to_i18n(texts: dict[str, Any] | None) -> I18n:
    texts = texts or {}
    return I18n(*(str(texts.get(lang) or "") for lang in ("ru", "uk", "en")))


def i18n_dict(text: I18n | None) -> dict[str, str]:
    """The filled languages of a text, trimmed: what the tables keep."""
    if text is None:
        return {}
    pairs = (("ru", text.ru), ("uk", text.uk), ("en", text.en))
    return {lang: value.strip() for lang, value in pairs if value and value.strip()}


def completed(text: I18n, default: str = "") -> I18n:
    """Every language filled: an empty one takes another language's text (files need all)."""
    fallback = localized(i18n_dict(text)) or default
    return I18n(*((value.strip() or fallback) for value in (text.ru, text.uk, text.en)))


def map_texts(obj: Any, func_: Callable[[I18n], I18n]) -> Any:
    """`obj` (a template dataclass, nested) with `func_` applied to every I18n in it."""
    if isinstance(obj, I18n):
        return func_(obj)
    if isinstance(obj, tuple):
        return tuple(map_texts(item, func_) for item in obj)
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: map_texts(getattr(obj, f.name), func_) for f in fields(obj)}
        return replace(obj, **changes)
    return obj


def as_validation_error(exc: TemplateError) -> ValidationError:
    """A template parser's complaint as a form error; `field` is the code it names, if any."""
    found = _WHERE.findall(str(exc))
    return ValidationError(str(exc), found[-1] if found else None)
