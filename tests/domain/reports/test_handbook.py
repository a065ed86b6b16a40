"""The staff handbook: the query's order and grouping, and the printed texts per language."""

from __future__ import annotations

import pytest

from cxdesk import i18n
from cxdesk.db.database import open_database
from cxdesk.db.models import AppSetting, JourneyStage, Role, Scenario, StageRole, Standard
from cxdesk.db.queries.settings import business_name
from cxdesk.db.queries.standards import HandbookData, load_handbook
from cxdesk.reports.handbook import build_handbook
from tests.domain.reports.samples import font_names, metadata, page_texts


def t(ru: str, uk: str, en: str) -> dict[str, str]:
    return {"ru": ru, "uk": uk, "en": en}


STANDARDS = [
    ("greet", "hall", "seller", t("Продавец здоровается в течение 10 секунд <b>&x</b>.",
                                  "Продавець вітається протягом 10 секунд <b>&x</b>.",
                                  "The assistant greets within 10 seconds <b>&x</b>.")),
    ("clean", "hall", None, t("В зале чисто, проходы свободны.", "У залі чисто, проходи вільні.",
                              "The floor is clean.")),
    ("queue", "till", "cashier", t("Очередь не длиннее трёх человек; ґ є і ї не нужны.",
                                   "Черга не довша за трьох людей: ґанок, єнот, їжак, іній.",
                                   "The queue is at most three people.")),
    ("receipt", "till", "cashier", t("Кассир отдаёт чек без напоминания.",
                                     "Касир віддає чек без нагадування.",
                                     "The cashier hands over the receipt unasked.")),
]


def fill_journey(session) -> None:
    # positions out of insertion order, to prove the query sorts by position
    stages = {
        "till": JourneyStage(code="till", position=3, name=t("Касса", "Каса", "Till"),
                             description=t("Оплата и чек.", "Оплата й чек.", "Paying.")),
        "door": JourneyStage(code="door", position=1, name=t("Вход", "Вхід", "Entrance"),
                             description=t("Покупатель входит.", "Покупець заходить.", "In.")),
        "hall": JourneyStage(code="hall", position=2, name=t("Зал", "Зала", "Floor"),
                             description={}),
    }
    roles = {"seller": Role(code="seller", name=t("Продавец", "Продавець", "Assistant")),
             "cashier": Role(code="cashier", name=t("Кассир", "Касир", "Cashier"))}
    session.add_all([*stages.values(), *roles.values()])
    session.flush()
    session.add_all([
        StageRole(stage_id=stages["hall"].id, role_id=roles["seller"].id,
                  duties=t("Встречает и консультирует.", "Зустрічає й радить.", "Greets.")),
        StageRole(stage_id=stages["till"].id, role_id=roles["cashier"].id,
                  duties=t("Принимает оплату.", "Приймає оплату.", "Takes payment.")),
    ])
    for code, stage, role, text in STANDARDS:
        session.add(Standard(code=code, stage_id=stages[stage].id, text=text,
                             role_id=roles[role].id if role else None))
    session.add(Standard(code="old", stage_id=stages["till"].id, active=False,
                         text=t("Устаревший стандарт", "Застарілий", "Retired")))
    session.add_all([
        Scenario(code="power", stage_id=stages["till"].id,
                 title=t("Не работает терминал", "Не працює термінал", "Card terminal down"),
                 risk=t("Покупатель уходит.", "Покупець іде.", "The customer leaves."),
                 action=t("Предложить перевод.", "Запропонувати переказ.", "Offer a transfer.")),
        Scenario(code="fire", stage_id=None,
                 title=t("Пожарная тревога", "Пожежна тривога", "Fire alarm"),
                 risk=t("Паника.", "Паніка.", "Panic."),
                 action=t("Вывести всех через выход.", "Вивести всіх.", "Lead everyone out.")),
    ])
    session.add(AppSetting(key="business_name", value="Кафе «Лето»"))


@pytest.fixture(scope="module")
def handbook(tmp_path_factory) -> tuple[HandbookData, str]:
    db = open_database(tmp_path_factory.mktemp("handbook") / "h.db")
    try:
        with db.begin() as session:
            fill_journey(session)
        with db.session() as session:
            return load_handbook(session), business_name(session)
    finally:
        db.dispose()


def squash(text: str) -> str:
    return "".join(text.split())


def test_the_query_orders_stages_and_groups_their_rows(handbook):
    data, name = handbook
    assert name == "Кафе «Лето»"
    assert [s.code for s in data.stages] == ["door", "hall", "till"]
    door, hall, till = data.stages
    assert door.roles == () and door.standards == ()
    assert [s.code for s in hall.standards] == ["greet", "clean"]
    assert hall.standards[1].role is None
    assert [s.code for s in till.standards] == ["queue", "receipt"]  # the retired one is out
    assert [r.role_code for r in till.roles] == ["cashier"]
    assert [s.code for s in till.scenarios] == ["power"]
    assert [s.code for s in data.general_scenarios] == ["fire"]
    assert data.standard_count == 4


def test_russian_handbook_holds_every_standard_in_russian(handbook):
    data, name = handbook
    text = squash("".join(page_texts(build_handbook(data, lang="ru", business_name=name))))
    for _, _, _, texts in STANDARDS:
        assert squash(texts["ru"]) in text
        assert squash(texts["en"]) not in text
    for expected in ("Вход", "Покупатель входит.", "Встречает и консультирует.", "Кассир",
                     "Не работает терминал", "Предложить перевод.", "Пожарная тревога",
                     "Кафе «Лето»", "2.1", "3.2"):
        assert squash(expected) in text
    assert "Устаревший" not in text


def test_ukrainian_handbook_keeps_its_letters(handbook):
    data, name = handbook
    text = squash("".join(page_texts(build_handbook(data, lang="uk", business_name=name))))
    assert squash("Черга не довша за трьох людей: ґанок, єнот, їжак, іній.") in text
    assert "Зала" in text and "Каса" in text and "Касса" not in text


def test_labels_follow_the_report_language(handbook, monkeypatch):
    def fake_load(lang):
        table = {"Standards": "Стандарты", "Staff handbook": "Памятка персонала"}
        i18n.set_translator(lambda c, s, d=None, n=-1: table.get(s, s) if lang == "ru" else s)
        return True

    monkeypatch.setattr(i18n, "load_language", fake_load)
    data, name = handbook
    pdf = build_handbook(data, lang="ru", business_name=name)
    assert "Стандарты" in "".join(page_texts(pdf))
    assert metadata(pdf)["/Title"] == "Памятка персонала"
    assert i18n.translate("Reports", "Standards") == "Standards"  # restored afterwards


def test_handbook_pages_fonts_and_metadata(handbook):
    data, name = handbook
    pdf = build_handbook(data, lang="en", business_name=name)
    pages = page_texts(pdf)
    assert pages[0].count("Кафе «Лето»") == 1  # the title, and no header on the title page
    assert pages[1].count("Кафе «Лето»") == 1  # the header
    assert all(f"of {len(pages)}" in page for page in pages)
    assert all(family.partition("+")[2].startswith("DejaVuSans") for family in font_names(pdf))
    info = metadata(pdf)
    assert info["/Author"] == "cxdesk" and info["/Title"] and info["/Subject"]
    assert "Лето" not in " ".join(info.values())


def test_an_empty_journey_still_prints():
    pdf = build_handbook(HandbookData((), ()), lang="en")
    assert "No journey stages" in page_texts(pdf)[0]
