"""Translation hook for the core: Qt-free, injectable by the GUI."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

LANGUAGES = ("en", "ru", "uk")

_translator: Translator = lambda context, text: text  # noqa: E731


def set_translator(func: Translator) -> None:
    """Install the function that turns English source text into the user's language."""
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def fill(text: str, *args: object) -> str:
    """Replace Qt-style %1, %2 … placeholders (highest first, so %1 never eats %10)."""
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text
