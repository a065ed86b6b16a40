"""Sample chart specs and PDF inspection helpers shared by the report tests."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.generic import IndirectObject

from cxdesk.charts import ChartSpec, ReferenceLine, Series

MONTHS = ["Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя", "Дек"]


def sample_charts() -> list[ChartSpec]:
    """One chart of every kind, with Cyrillic labels, a band, negatives and gaps."""
    nps = [12, 18, None, 25, 31, 28, 35, 40, 38, 44, 41, 47]
    return [
        ChartSpec(
            "line", "NPS по месяцам (95% интервал)",
            [Series("NPS", values=nps,
                    low=[None if v is None else v - 12 for v in nps],
                    high=[None if v is None else v + 12 for v in nps]),
             Series("Цель <b>&x", values=[30] * 12)],
            x_labels=MONTHS, y_range=(-20, 70),
            reference_lines=[ReferenceLine(0, label="0")], y_title="NPS", x_title="Месяц",
            notes=["n < 30 в марте: данных нет"],
        ),
        ChartSpec(
            "bar", "CSAT по точкам, %",
            [Series("2024", values=[82.5, 76.0, 91.2, -5.0]),
             Series("2025", values=[85.0, 79.5, None, 12.0])],
            x_labels=["Центр", "Лівий берег", "Подол", "Новая точка с длинным именем"],
            decimals=1, reference_lines=[ReferenceLine(80, label="цель 80%")],
        ),
        ChartSpec(
            "hbar", "Соответствие стандартам, %",
            [Series("Соответствие", values=[95, 88, 72, 64, 40])],
            x_labels=["Приветствие", "Выявление потребностей", "Презентация товара",
                      "Оплата на кассе", "Звонок после покупки — очень длинное название"],
            y_range=(0, 100), reference_lines=[ReferenceLine(80, label="цель")],
        ),
        ChartSpec(
            "scatter", "Важность × исполнение",
            [Series("Атрибуты", points=[(0.2, 4.1), (0.55, 3.2), (0.7, 4.6), (0.35, 2.9)],
                    point_labels=["Чистота", "Скорость", "Вежливость", "Парковка"])],
            x_range=(0, 1), y_range=(1, 5), x_title="Важность (корреляция)",
            y_title="Оценка 1–5",
            reference_lines=[ReferenceLine(0.45, axis="x"), ReferenceLine(3.7, axis="y")],
        ),
        ChartSpec(
            "heatmap", "SERVQUAL: разрыв по измерениям",
            [Series("Центр", values=[-0.8, 0.2, -1.4, 0.5, None]),
             Series("Подол", values=[0.1, -0.3, -0.6, 1.1, 0.4]),
             Series("Оболонь", values=[-2.0, 0.0, 0.7, -0.2, 1.5])],
            x_labels=["Материальность", "Надёжность", "Отзывчивость", "Уверенность",
                      "Эмпатия"],
            decimals=1,
        ),
    ]


def font_names(pdf: bytes) -> dict[str, tuple[str, bool]]:
    """Every font a page or a form XObject uses: BaseFont → (Subtype, embedded)."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, tuple[str, bool]] = {}
    seen: set[int] = set()

    def walk(resources: object) -> None:
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        if not resources:
            return
        fonts = resources.get("/Font")
        for ref in (fonts.get_object() if fonts else {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = (str(font["/Subtype"]), embedded)
        xobjects = resources.get("/XObject")
        for ref in (xobjects.get_object() if xobjects else {}).values():
            number = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if number in seen:
                continue
            seen.add(number)
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def metadata(pdf: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {str(key): str(value) for key, value in info.items()}
