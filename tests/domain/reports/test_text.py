"""User text prints literally: markup-like strings, huge words, emoji, Cyrillic."""

from __future__ import annotations

import pytest

from cxdesk import i18n
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.styles import report_styles
from cxdesk.reports.tables import data_table
from cxdesk.reports.text import (
    ELLIPSIS,
    MAX_TEXT,
    MISSING,
    clean,
    escape_text,
    localized,
    para,
    report_language,
)
from tests.domain.reports.samples import page_texts

HOSTILE = ["<b>&x", '<font color="[[[1]]]">', "</para>", "&amp; &lt; &#0; &bogus;",
           "<br/><img src='x'/>", "a < b > c & d"]


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_of(*values: object) -> bytes:
    s = report_styles()
    return build_pdf([para(value, s.body) for value in values], ReportMeta("T", "S"))


def test_markup_like_strings_print_literally():
    text = "\n".join(page_texts(pdf_of(*HOSTILE)))
    for value in HOSTILE:
        assert value in text


def test_markup_like_strings_in_table_cells_print_literally():
    s = report_styles()
    table = data_table(HOSTILE[:2], [HOSTILE[2:4], HOSTILE[4:6]])
    text = squash("\n".join(page_texts(build_pdf([para("x", s.body), table],
                                                 ReportMeta("T", "S")))))
    for value in HOSTILE:
        assert squash(value) in text


def test_a_5000_character_word_wraps_and_is_cut_with_a_mark():
    word = "Ж" * 5000
    pages = page_texts(pdf_of(word))
    joined = squash("".join(pages))
    assert "Ж" * (MAX_TEXT - 1) + ELLIPSIS in joined
    assert "Ж" * MAX_TEXT not in joined
    assert max(len(line) for line in pages[0].splitlines()) < 200  # it wrapped


def test_a_5000_character_word_in_a_narrow_cell_never_breaks_the_layout():
    s = report_styles()
    rows = [["x" * 5000, "Я" * 5000, "короткий"]] * 3
    pdf = build_pdf([para("Таблица", s.h1), data_table(["a", "b", "c"], rows, [1, 1, 8])],
                    ReportMeta("T", "S"))
    assert "ЯЯЯЯ" in "".join(page_texts(pdf))


def test_emoji_the_font_has_print_and_the_rest_become_a_replacement_mark():
    text = "\n".join(page_texts(pdf_of("смайл 😀 ✓ ☺ ❤️ 👍🏽")))
    assert "😀" in text and "✓" in text and "☺" in text and "❤" in text
    assert MISSING in text  # 👍 has no DejaVu glyph: a visible mark, not an empty box
    assert "\x00" not in text


def test_cyrillic_russian_and_ukrainian_extract_exactly():
    ru = "Съешь же ещё этих мягких французских булок, да выпей чаю. Ёжик"
    uk = "Ґанок, єнот, їжак і Іванна: ґ є і ї Ґ Є І Ї — «лапки» №5"
    text = page_texts(pdf_of(ru, uk))[0]
    assert ru in text
    assert uk in text


def test_odd_values_never_raise():
    odd = [None, 42, 3.5, "", "\x00\x01\x07bell", "line1\r\nline2\u2028line3", "tab\there",
           "a\ud800b", "\u200d\ufe0f", object()]
    text = "\n".join(page_texts(pdf_of(*odd)))
    assert "bell" in text and "line3" in text and "42" in text


@pytest.mark.parametrize("value, expected", [
    (None, ""),
    ("x\x00y", "xy"),
    ("a\ud800b", f"a{MISSING}b"),
    ("👍🏽", MISSING),
    ("tab\tx", "tab x"),
])
def test_clean(value, expected):
    assert clean(value) == expected


def test_clean_cuts_at_the_limit_with_an_ellipsis():
    assert clean("abcdef", limit=4) == "abc" + ELLIPSIS
    assert clean("abcd", limit=4) == "abcd"
    assert len(clean("x" * 10_000)) == MAX_TEXT


def test_escape_text_keeps_line_breaks_and_escapes_markup():
    assert escape_text("<b>\n&") == "&lt;b&gt;<br/>&amp;"


def test_localized_falls_back_to_any_filled_language():
    texts = {"ru": "Привет", "uk": "Привіт", "en": ""}
    assert localized(texts, "uk") == "Привіт"
    assert localized(texts, "en") == "Привет"
    assert localized({"de": "Hallo"}, "ru") == "Hallo"
    assert localized(None, "ru") == ""
    assert localized("plain", "ru") == "plain"


def test_report_language_translates_inside_and_restores_after(monkeypatch):
    def fake_load(lang):
        i18n.set_translator(lambda c, t, d=None, n=-1: f"{lang}:{t}")
        return True

    sentinel = i18n._translator
    monkeypatch.setattr(i18n, "load_language", fake_load)
    with report_language("uk"):
        assert i18n.translate("Reports", "Page") == "uk:Page"
    assert i18n._translator is sentinel
    with pytest.raises(RuntimeError), report_language("ru"):
        raise RuntimeError
    assert i18n._translator is sentinel
