"""The shared text helpers: Cyrillic folding, codes, excerpts, multilingual texts."""

from __future__ import annotations

import pytest

from cxdesk.errors import ValidationError
from cxdesk.services.search import clean_texts, excerpt, fold, make_code, matches, terms


def test_fold_cyrillic_any_case_and_yo() -> None:
    assert fold("ИВАНОВ Пётр") == "иванов петр"
    assert fold("ЄВГЕН ЇЖАК Ґанок") == "євген їжак ґанок"
    assert fold("м’ята") == fold("м'ята") == fold("мʼята")


def test_matches_every_word_in_any_field() -> None:
    assert matches(terms("иванов ПЕТР"), "ИВАНОВ", {"ru": "Пётр"})
    assert matches(terms("їжак"), "ЇЖАК")
    assert not matches(terms("иванов сидор"), "Иванов Петр")
    assert matches([], "anything")


def test_make_code_transliterates_and_avoids_taken() -> None:
    assert make_code("Приветствие клиента", set()) == "privetstvie_klienta"
    assert make_code("Зустріч", {"zustrich"}) == "zustrich_2"
    assert make_code("!!!", set(), "stage") == "stage"
    assert make_code("2 этап", set(), "stage") == "stage_2_etap"


def test_excerpt_cuts_at_a_word() -> None:
    text = "Очень долго ждали на кассе, кассир был невежлив и не дал сдачи с крупной купюры"
    short = excerpt(text, 40)
    assert short.endswith("…") and len(short) <= 40 and text.startswith(short[:-1])
    assert excerpt("  два   слова ") == "два слова"


def test_clean_texts_needs_one_language() -> None:
    assert clean_texts({"ru": " Да ", "uk": "", "en": None}, "name") == {"ru": "Да"}
    with pytest.raises(ValidationError) as err:
        clean_texts({"ru": " ", "uk": ""}, "name")
    assert err.value.field == "name"
    with pytest.raises(ValidationError):
        clean_texts({"de": "Ja"}, "name")
