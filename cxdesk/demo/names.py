"""Ukrainian and Russian names (male and female forms), phone numbers and e-mail addresses."""

from __future__ import annotations

import random
from dataclasses import dataclass

# first names: 20 male and 20 female in each language
FIRST_UK = {
    "m": [
        "Олександр", "Андрій", "Дмитро", "Сергій", "Іван", "Михайло", "Володимир", "Юрій",
        "Тарас", "Богдан", "Василь", "Олег", "Максим", "Артем", "Назар", "Петро", "Роман",
        "Ігор", "Віктор", "Степан",
    ],
    "f": [
        "Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Юлія", "Марія", "Анна", "Світлана",
        "Галина", "Катерина", "Людмила", "Вікторія", "Софія", "Христина", "Дарина", "Леся",
        "Ольга", "Надія", "Мар'яна",
    ],
}
FIRST_RU = {
    "m": [
        "Александр", "Андрей", "Дмитрий", "Сергей", "Иван", "Михаил", "Владимир", "Юрий",
        "Алексей", "Николай", "Евгений", "Олег", "Максим", "Артём", "Павел", "Пётр", "Роман",
        "Игорь", "Виктор", "Константин",
    ],
    "f": [
        "Елена", "Наталья", "Ирина", "Оксана", "Татьяна", "Юлия", "Мария", "Анна", "Светлана",
        "Галина", "Екатерина", "Людмила", "Виктория", "София", "Ксения", "Дарья", "Алина",
        "Ольга", "Надежда", "Марина",
    ],
}

# surnames as (male, female): 60 in each language
_UK_SAME = [
    "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Шевчук",
    "Коваль", "Поліщук", "Бойко", "Ткачук", "Савченко", "Руденко", "Марченко", "Лисенко", "Мороз",
    "Петренко", "Клименко", "Павленко", "Кравчук", "Кузьменко", "Левченко", "Гнатюк", "Федоренко",
    "Сидоренко", "Гончаренко", "Литвиненко", "Дорошенко", "Юрченко", "Остапчук", "Гуменюк",
    "Захарчук", "Романюк", "Мартинюк", "Яковенко", "Семенюк", "Зінченко", "Приходько", "Панченко",
    "Демченко", "Костенко", "Ковальчук", "Білоус", "Карпенко", "Гаврилюк", "Стецюк", "Довженко",
    "Рибак", "Гребенюк",
]
_UK_ADJ = [
    "Петрівськ", "Висоцьк", "Заріцьк", "Сосновськ", "Шаповальськ", "Лозинськ", "Березовськ",
    "Кобилянськ", "Яворськ", "Вишневецьк",
]
_RU_OV = [
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
    "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
    "Антонов", "Тарасов",
]
_RU_ADJ = [
    "Белецк", "Островск", "Покровск", "Вишневск", "Каменск", "Дубровск", "Раевск", "Тихомирск",
    "Воронцовск", "Ясенск",
]

SURNAMES_UK: list[tuple[str, str]] = [(s, s) for s in _UK_SAME] + [
    (s + "ий", s + "а") for s in _UK_ADJ
]
SURNAMES_RU: list[tuple[str, str]] = [(s, s + "а") for s in _RU_OV] + [
    (s + "ий", s + "ая") for s in _RU_ADJ
]

OPERATORS = ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "ukr.net", "i.ua", "meta.ua", "outlook.com")

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "e",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "'": "", "’": "",
}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    gender: str  # "m" | "f"
    lang: str  # "uk" | "ru"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        """"Олена К." — how a mystery shopper or a reviewer signs."""
        return f"{self.first} {self.last[0]}."


def person(rng: random.Random, lang: str | None = None, gender: str | None = None) -> Person:
    """A random person; Ukrainian names a little more often than Russian ones."""
    lang = lang or ("uk" if rng.random() < 0.6 else "ru")
    gender = gender or ("f" if rng.random() < 0.55 else "m")
    first = rng.choice((FIRST_UK if lang == "uk" else FIRST_RU)[gender])
    male, female = rng.choice(SURNAMES_UK if lang == "uk" else SURNAMES_RU)
    return Person(first, male if gender == "m" else female, gender, lang)


def latin(text: str) -> str:
    """A plain transliteration, good enough for an e-mail address."""
    return "".join(_LATIN.get(ch, ch) for ch in text.casefold())


def phone(rng: random.Random) -> str:
    """A Ukrainian mobile number written the usual way: +380 67 123 45 67."""
    digits = f"{rng.randrange(10_000_000):07d}"
    return f"+380 {rng.choice(OPERATORS)} {digits[:3]} {digits[3:5]} {digits[5:]}"


def email(rng: random.Random, who: Person) -> str:
    first, last = latin(who.first), latin(who.last)
    style = rng.randrange(4)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first[0]}.{last}{rng.randrange(70, 100)}"
    elif style == 2:
        local = f"{last}_{first}"
    else:
        local = f"{first}{rng.randrange(1970, 2006)}"
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"
