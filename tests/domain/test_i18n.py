"""The core's Qt-free translations: plural rules, .ts parsing, the injectable hook."""

from __future__ import annotations

import pytest

from cxdesk import i18n


@pytest.mark.parametrize(("n", "form"), [
    (0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0), (22, 1),
    (25, 2), (101, 0), (111, 2), (112, 2), (1004, 1),
])
def test_east_slavic_plural_forms(n, form):
    assert i18n.plural_index("ru", n) == form
    assert i18n.plural_index("uk", n) == form


def test_english_plural_forms():
    assert [i18n.plural_index("en", n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>Ctx</name>
    <message><source>Hello</source><translation>Привіт</translation></message>
    <message><source>Draft</source><translation type="unfinished">Чернетка</translation></message>
    <message><source>Open</source><comment>verb</comment><translation>Відкрити</translation>
    </message>
    <message numerus="yes"><source>%n files</source><translation>
        <numerusform>%n файл</numerusform><numerusform>%n файли</numerusform>
        <numerusform>%n файлів</numerusform></translation></message>
</context>
</TS>
"""


def test_load_ts_and_translate(tmp_path):
    path = tmp_path / "x_uk.ts"
    path.write_text(TS, encoding="utf-8")
    catalog = i18n.load_ts(path)
    assert catalog.lang == "uk"
    assert catalog.translate("Ctx", "Hello") == "Привіт"
    assert catalog.translate("Ctx", "Draft") == "Draft"  # unfinished: left out, as lrelease does
    assert catalog.translate("Ctx", "Open") == "Open"
    assert catalog.translate("Ctx", "Open", "verb") == "Відкрити"
    assert catalog.translate("Other", "Hello") == "Hello"
    assert [catalog.translate("Ctx", "%n files", None, n) for n in (1, 3, 11, 21)] == [
        "1 файл", "3 файли", "11 файлів", "21 файл"
    ]


def test_the_hook_substitutes_n_even_untranslated():
    i18n.set_translator(None)
    assert i18n.translate("Ctx", "%n files", None, 3) == "3 files"
    assert i18n.translate_n("Ctx", "%n files", 1) == "1 files"
    assert i18n.translate("Ctx", "100%") == "100%"


def test_load_language_reads_the_shipped_catalogue():
    assert i18n.load_language("uk")
    forms = i18n.translate("Customers", "%n survey response|%n survey responses")
    assert [i18n.plural(forms, n) for n in (1, 3, 5)] == ["1 анкета", "3 анкети", "5 анкет"]
    assert not i18n.load_language("xx")
    assert i18n.translate("Customers", "Enter the customer's name.") == "Enter the customer's name."


def test_plural_picks_the_form_of_the_language():
    i18n.set_language("ru")
    assert [i18n.plural("%n пункт|%n пункта|%n пунктов", n) for n in (1, 2, 5, 21, 112)] == [
        "1 пункт", "2 пункта", "5 пунктов", "21 пункт", "112 пунктов"]
    assert i18n.plural("пунктов: %n", 3) == "пунктов: 3"  # one form serves every n
    i18n.set_language("en")
    assert [i18n.plural("%n item|%n items", n) for n in (1, 2)] == ["1 item", "2 items"]


def test_fill_replaces_numbered_placeholders():
    assert i18n.fill("%1 of %2 (%10)", "a", "b", *"cdefghij") == "a of b (j)"
