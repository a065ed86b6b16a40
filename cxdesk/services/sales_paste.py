"""Read sales figures pasted from a spreadsheet: months and numbers as people type them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cxdesk.errors import ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.search import fold

SHOWN_ERRORS = 15

# header words per column (folded); a header cell matches when it starts with one of them
HEADERS: dict[str, tuple[str, ...]] = {
    "period": ("period", "month", "date", "период", "месяц", "дата", "період", "місяць"),
    "revenue": ("revenue", "sales", "amount", "sum", "turnover", "выручка", "продаж", "сумма",
                "оборот", "виручка", "сума"),
    "quantity": ("quantity", "qty", "units", "количество", "кол-во", "кількість", "к-сть",
                 "шт"),
    "product": ("product", "item", "goods", "sku", "товар", "продукт", "номенклатур",
                "артикул"),
    "location": ("location", "shop", "store", "branch", "магазин", "точка", "филиал",
                 "локац", "філія", "подразд", "підрозд"),
    "customer": ("customer", "client", "клиент", "покупател", "клієнт", "покупець"),
}
MONTHS: dict[str, int] = {
    **{m: n for n, m in enumerate(("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг",
                                   "сен", "окт", "ноя", "дек"), start=1)},
    "мая": 5,
    **{m: n for n, m in enumerate(("січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер",
                                   "вер", "жов", "лис", "гру"), start=1)},
    **{m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                   "sep", "oct", "nov", "dec"), start=1)},
}
_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-./](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$")
_NAMED = re.compile(r"^([^\W\d_]{3,})\.?[\s\-]+(\d{4})(?:\s*(?:г|р|рік|год|year)?\.?)$")
_CURRENCY = re.compile(r"(грн\.?|руб\.?|р\.|uah|rub|usd|eur|[₴₽$€])", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d[\d\s'.,]*$")


@dataclass(frozen=True)
class PastedRow:
    """One pasted line as read; names of location and customer still to be looked up."""

    line: int
    period: date
    revenue: float
    quantity: float | None = None
    product: str = ""
    location: str = ""
    customer: str = ""


class PasteError(ValidationError):
    """Pasted lines that cannot be read; `lines` holds (line number, message) of each."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        shown = [message for _, message in lines[:SHOWN_ERRORS]]
        if len(lines) > SHOWN_ERRORS:
            shown.append(fill(translate("Sales", "… and %1 more lines with errors."),
                              len(lines) - SHOWN_ERRORS))
        super().__init__("\n".join(shown), "text")
        self.lines = tuple(lines)


def parse_period(text: str) -> date | None:
    """The first day of the month a cell names: 2026-05, 2026-05-17, 05.2026, 17.05.2026,
    "май 2026", "травня 2026", "May 2026"; None when it names none."""
    cell = fold(text).strip()
    year = month = 0
    if m := _ISO.match(cell):
        year, month = int(m[1]), int(m[2])
    elif m := _MONTH_YEAR.match(cell):
        month, year = int(m[1]), int(m[2])
    elif m := _DAY_MONTH_YEAR.match(cell):
        month, year = int(m[2]), int(m[3])
    elif m := _NAMED.match(cell):
        month, year = MONTHS.get(m[1][:3], 0), int(m[2])
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return date(year, month, 1)


def parse_number(text: str) -> float | None:
    """A number as spreadsheets in any locale show it: "12 345,67", "12,345.67", "1.234,5",
    "12345", "₴ 1 200"; None when it is not one. A lone separator before exactly three
    digits groups thousands ("12,345" = 12345), otherwise it is the decimal point."""
    cell = _CURRENCY.sub("", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()
    cell = cell.replace("−", "-")
    if not _NUMBER.match(cell):
        return None
    sign, cell = (-1.0, cell[1:]) if cell.startswith("-") else (1.0, cell)
    cell = re.sub(r"[\s']", "", cell)
    separators = [ch for ch in cell if ch in ".,"]
    if separators:
        last = cell.rfind(separators[-1])
        single_kind = len(set(separators)) == 1
        if single_kind and (len(separators) > 1 or (len(cell) - last - 1 == 3
                                                   and 1 <= last <= 3 and cell[0] != "0")):
            cell = cell.replace(separators[0], "")  # thousands only
        else:
            cell = cell[:last].replace(".", "").replace(",", "") + "." + cell[last + 1:]
    try:
        return sign * float(cell)
    except ValueError:
        return None


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column of each known header word, or None when the line is not a header (a line
    with a month in it is data, whatever its product is called)."""
    if any(parse_period(cell) for cell in cells):
        return None
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = fold(cell).strip()
        for column, words in HEADERS.items():
            if key and column not in found and any(key.startswith(w) for w in words):
                found[column] = index
                break
    return found or None


def _guess_columns(table: list[tuple[int, list[str]]]) -> dict[str, int]:
    """Without a header: the month first; numeric columns are revenue then quantity, the
    others product, location, customer."""
    width = max(len(cells) for _, cells in table)
    numeric: list[int] = []
    texts: list[int] = []
    for index in range(1, width):
        values = [cells[index] for _, cells in table if index < len(cells) and cells[index]]
        readable = sum(parse_number(v) is not None for v in values)
        if values:  # an empty column is left out
            (numeric if readable * 2 > len(values) else texts).append(index)
    columns = dict(zip(("revenue", "quantity"), numeric, strict=False))
    columns.update(zip(("product", "location", "customer"), texts, strict=False))
    return {"period": 0, **columns}


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else ""


def _split(text: str) -> list[tuple[int, list[str]]]:
    return [(n, [cell.strip().strip('"') for cell in line.split("\t")])
            for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


def parse_pasted(text: str) -> list[PastedRow]:
    """The figures of tab-separated text (a header line is optional); PasteError names every
    bad line, and then nothing is returned."""
    table = _split(text)
    if not table:
        raise PasteError([(0, translate("Sales", "There is nothing to read in the pasted text."))])
    header = _header(table[0][1])
    columns: dict[str, int] = header or {}
    if header is not None:
        first = table.pop(0)[0]
        if "period" not in columns:
            raise PasteError([(first, fill(translate(
                "Sales", "Line %1: the header has no month column."), first))])
        if "revenue" not in columns:
            raise PasteError([(first, fill(translate(
                "Sales", "Line %1: the header has no revenue column."), first))])
    else:
        columns = _guess_columns(table)
        if "revenue" not in columns:
            raise PasteError([(table[0][0], translate(
                "Sales", "No column of amounts found: paste the month and the revenue."))])
    rows, errors = [], []
    for n, cells in table:
        def cell(name: str, cells: list[str] = cells) -> str:
            return _cell(cells, columns, name)

        period, revenue = parse_period(cell("period")), parse_number(cell("revenue"))
        quantity = parse_number(cell("quantity")) if cell("quantity") else None
        if period is None:
            errors.append((n, fill(translate(
                "Sales", "Line %1: “%2” is not a month (write e.g. 2026-05 or 05.2026)."),
                n, cell("period"))))
        elif revenue is None:
            errors.append((n, fill(translate("Sales", "Line %1: “%2” is not an amount."),
                                   n, cell("revenue"))))
        elif revenue < 0:
            errors.append((n, fill(translate(
                "Sales", "Line %1: the revenue cannot be negative."), n)))
        elif cell("quantity") and quantity is None:
            errors.append((n, fill(translate("Sales", "Line %1: “%2” is not a quantity."),
                                   n, cell("quantity"))))
        else:
            rows.append(PastedRow(n, period, revenue, quantity, cell("product"),
                                  cell("location"), cell("customer")))
    if errors:
        raise PasteError(errors)
    return rows
