"""Exit-survey helpers: "what should we improve" answers grouped by theme; sample plan progress."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._common import Result

# theme -> word beginnings in Russian, Ukrainian and English (matched at the start of a word,
# so "цен" finds "цены" but not "оценка"); the first theme that matches wins
# fmt: off
THEMES: dict[str, tuple[str, ...]] = {
    "nothing": ("ничего", "нічого", "nothing", "все устраивает", "все хорошо", "все добре",
                "все подобається", "all good"),
    "prices": ("цен", "цін", "дорог", "дешев", "скидк", "знижк", "акци", "акці", "price",
               "pric", "expensive", "cheap", "discount"),
    "waiting": ("очеред", "черг", "черз", "ждал", "ожидан", "подожд", "чекал", "чекат",
                "очікуван", "долго", "довго", "медлен", "повільн", "queue", "wait", "slow"),
    "assortment": ("ассортимент", "асортимент", "выбор", "вибір", "range", "choice",
                   "selection", "assortment"),
    "parking": ("парков", "паркув", "parking", "стоянк"),
    "staff": ("персонал", "продав", "консульт", "кассир", "касир", "сотрудн", "співробітн",
              "вежлив", "ввічлив", "хам", "груб", "staff", "employee", "seller", "cashier",
              "polite", "rude", "consult"),
    "cleanliness": ("чист", "грязн", "брудн", "уборк", "прибиран", "clean", "dirty"),
    "opening_hours": ("график", "графік", "режим работы", "режим роботи", "часы работы",
                      "години роботи", "работать дольше", "opening hours", "open longer"),
    "payment": ("оплат", "терминал", "термінал", "безнал", "payment", "cashless", "card"),
    "delivery": ("доставк", "deliver"),
    "quality": ("качеств", "якіст", "якост", "свеж", "свіж", "quality", "fresh"),
    "atmosphere": ("музык", "музик", "освещ", "освітл", "тесн", "тісн", "душн", "кондиц",
                   "music", "lighting", "crowded"),
}
# fmt: on
_PATTERNS = {
    theme: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")")
    for theme, words in THEMES.items()
}
# items are separated by line breaks, commas, semicolons and list numbering ("1)", "2.")
_SPLIT = re.compile(r"[\n\r;,]+|(?:^|(?<=\s))\d{1,2}[.)](?!\d)")
_APOSTROPHES = re.compile(r"['’ʼ`]")
_NOT_WORD = re.compile(r"[^\w\s]|_")
EXAMPLES = 3


@dataclass(frozen=True)
class Theme(Result):
    """A theme: a built-in one (`builtin`, id like "prices") or an item's normalised text.
    `n` = answers that mention it (one answer counts once per theme)."""

    theme: str
    n: int
    builtin: bool
    examples: tuple[str, ...]

    @property
    def count(self) -> int:
        return self.n


@dataclass(frozen=True)
class ThemesResult(Result):
    themes: tuple[Theme, ...]  # most mentioned first
    n: int  # non-empty answers
    items: int  # items found in them


@dataclass(frozen=True)
class PlanProgress(Result):
    """Progress against a sample plan (e.g. 5 customers a day for 5 days = 25).
    `pct` may pass 100 when the plan is exceeded; `remaining` never drops below 0."""

    done: int
    target: int
    pct: float | None
    remaining: int

    @property
    def n(self) -> int:  # type: ignore[override]
        return self.done

    _extras = ("n",)


def normalise(text: str) -> str:
    """casefold, ё → е, apostrophes dropped, punctuation to spaces, spaces collapsed."""
    text = _APOSTROPHES.sub("", text.casefold().replace("ё", "е"))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def split_items(answer: str) -> list[str]:
    """One answer's items, stripped of bullets and numbering."""
    parts = (p.strip(" \t-–—•*·.") for p in _SPLIT.split(answer))
    return [p for p in parts if p]


def theme_of(item: str) -> tuple[str, bool]:
    """(theme id, True) for a built-in theme, else (normalised text, False)."""
    norm = normalise(item)
    for theme, pattern in _PATTERNS.items():
        if pattern.search(norm):
            return theme, True
    return norm, False


def improvement_themes(texts: Iterable[Any] | pd.Series) -> ThemesResult:
    """Group free-text "what should we improve" answers: split each into items, put each item
    into a built-in theme by keyword or else group it by its normalised text, and count."""
    counts: dict[tuple[str, bool], int] = {}
    examples: dict[tuple[str, bool], list[str]] = {}
    answers = items = 0
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            continue
        answers += 1
        seen: set[tuple[str, bool]] = set()
        for item in split_items(text):
            key = theme_of(item)
            if not key[0]:
                continue  # punctuation only
            items += 1
            shown = examples.setdefault(key, [])
            if len(shown) < EXAMPLES and item not in shown:
                shown.append(item)
            if key not in seen:
                seen.add(key)
                counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    themes = tuple(Theme(t, c, builtin, tuple(examples[t, builtin])) for (t, builtin), c in ordered)
    return ThemesResult(themes, answers, items)


def sample_plan_progress(done: int, target: int) -> PlanProgress:
    """How far the survey has got: done of target, in %; None when there is no target."""
    if done < 0 or target < 0:
        raise ValueError("done and target must not be negative")
    pct = None if target == 0 else 100.0 * done / target
    return PlanProgress(int(done), int(target), pct, max(0, int(target) - int(done)))
