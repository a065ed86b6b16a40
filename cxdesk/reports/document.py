"""The A4 page every report prints on: margins, header, "Page N of M" footer, metadata."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cxdesk.i18n import fill, translate
from cxdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from cxdesk.reports.styles import MUTED, RULE
from cxdesk.reports.text import clean

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
AUTHOR = "cxdesk"


@dataclass(frozen=True)
class ReportMeta:
    """What a report says about itself. `title` and `subject` go into the PDF metadata, so
    they must never hold personal data; `business_name` is printed in the header only."""

    title: str
    subject: str
    business_name: str = ""
    header_title: str = ""  # the right side of the header; defaults to the title
    lang: str = "en"
    title_page: bool = False  # the first page prints without header
    printed_on: date | None = None


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so the footer can say how many pages there are."""

    def __init__(self, *args: Any, meta: ReportMeta, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            _decorate(self, self._meta, self._pageNumber, total)
            super().showPage()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with '…' so it takes at most `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorate(canvas: Canvas, meta: ReportMeta, page: int, total: int) -> None:
    canvas.saveState()
    half = CONTENT_WIDTH / 2 - 6
    top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
    if not (meta.title_page and page == 1):
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.drawString(MARGIN_X, top, _fit(clean(meta.business_name, 300), SANS_BOLD, 8.5,
                                              half))
        canvas.setFont(SANS, 8.5)
        header = clean(meta.header_title or meta.title, 300)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, _fit(header, SANS, 8.5, half))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
    bottom = MARGIN_BOTTOM - 10 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 8)
    if meta.printed_on is not None:
        canvas.drawString(MARGIN_X, bottom, meta.printed_on.isoformat())
    label = fill(translate("Reports", "Page %1 of %2"), page, total)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, label)
    canvas.restoreState()


def build_pdf(flowables: Iterable[Flowable], meta: ReportMeta) -> bytes:
    """Lay the flowables out on A4 pages and return the PDF. The flowables are consumed."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(meta.title, 200),
        author=AUTHOR,
        subject=clean(meta.subject, 200),
        creator=AUTHOR,
        producer=AUTHOR,
        keywords=[],
        lang=meta.lang,
        initialFontName=SANS,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(flowables), canvasmaker=partial(_NumberedCanvas, meta=meta))
    return buffer.getvalue()
