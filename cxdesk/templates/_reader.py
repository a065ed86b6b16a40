"""Checked readers for plain YAML data: each failure names the file, the place and the fault."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

from cxdesk.templates.model import LANGS, I18n, TemplateError

CODE_RE = re.compile(r"^[a-z0-9_]{1,64}$")  # the database keeps codes in 64 characters


class Reader:
    """Reads fields of one mapping; `where` says which question, item or section it is."""

    def __init__(self, source: str, where: str = "") -> None:
        self.source = source
        self.where = where

    def at(self, where: str) -> Reader:
        """A reader for a nested place, e.g. `question 'nps'`."""
        return Reader(self.source, f"{self.where}: {where}" if self.where else where)

    def fail(self, message: str) -> NoReturn:
        place = f"{self.where}: " if self.where else ""
        raise TemplateError(f"{self.source}: {place}{message}")

    def mapping(self, data: Any, what: str = "the template") -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            self.fail(f"{what} must be a mapping of fields, got {type(data).__name__}")
        return data

    def fields(
        self, data: Any, required: Iterable[str], optional: Iterable[str] = ()
    ) -> Mapping[str, Any]:
        """`data` as a mapping that has every required field and no unknown one."""
        data = self.mapping(data)
        required = tuple(required)
        known = set(required) | set(optional)
        unknown = sorted(str(key) for key in data if key not in known)
        if unknown:
            allowed = ", ".join(sorted(known))
            self.fail(f"unknown field(s) {', '.join(unknown)} (allowed: {allowed})")
        for name in required:
            if data.get(name) is None:
                self.fail(f"field '{name}' is missing")
        return data

    def entry(
        self, data: Any, what: str, n: int, required: tuple[str, ...], optional: Iterable[str] = ()
    ) -> tuple[Reader, Mapping[str, Any]]:
        """Check list entry `n` (from 1); return a reader named by its code, and its fields."""
        data = self.at(f"{what} #{n}").mapping(data, f"{what} #{n}")
        code = data.get("code") if "code" in required else None
        named = isinstance(code, str) and CODE_RE.match(code)
        at = self.at(f"{what} '{code}'" if named else f"{what} #{n}")
        data = at.fields(data, required, optional)
        if "code" in required and not named:
            at.code(data)  # fails with what is wrong with the code
        return at, data

    def code(self, data: Mapping[str, Any], name: str = "code") -> str:
        value = data.get(name)
        if not isinstance(value, str) or not CODE_RE.match(value):
            self.fail(f"field '{name}' must be a code of 1-64 a-z, 0-9 and _, got {value!r}")
        return value

    def optional_code(self, data: Mapping[str, Any], name: str) -> str | None:
        return None if data.get(name) is None else self.code(data, name)

    def choice(self, data: Mapping[str, Any], name: str, allowed: Iterable[str]) -> str:
        value = data.get(name)
        allowed = sorted(allowed)
        if value not in allowed:
            self.fail(f"unknown {name} {value!r} (expected one of: {', '.join(allowed)})")
        return value

    def flag(self, data: Mapping[str, Any], name: str, default: bool) -> bool:
        value = data.get(name, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(f"field '{name}' must be true or false, got {value!r}")
        return value

    def i18n(self, data: Mapping[str, Any], name: str) -> I18n:
        value = data.get(name)
        if not isinstance(value, Mapping):
            self.fail(f"field '{name}' must be a mapping {{ru: ..., uk: ..., en: ...}}")
        extra = sorted(str(key) for key in value if key not in LANGS)
        if extra:
            self.fail(f"field '{name}' has unknown language(s) {', '.join(extra)}")
        texts: dict[str, str] = {}
        for lang in LANGS:
            text = value.get(lang)
            if text is None:
                self.fail(f"field '{name}' is missing language '{lang}'")
            if not isinstance(text, str):
                self.fail(f"field '{name}' in '{lang}' must be text (quote it), got {text!r}")
            if not text.strip():
                self.fail(f"field '{name}' has an empty '{lang}' text")
            texts[lang] = text.strip()
        return I18n(**texts)

    def optional_i18n(self, data: Mapping[str, Any], name: str) -> I18n | None:
        return None if data.get(name) is None else self.i18n(data, name)

    def items(self, data: Mapping[str, Any], name: str) -> list[Any]:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            self.fail(f"field '{name}' must be a non-empty list")
        return value

    def unique(self, codes: Iterable[str], what: str) -> None:
        seen: set[str] = set()
        for code in codes:
            if code in seen:
                self.fail(f"duplicate {what} code '{code}'")
            seen.add(code)
