"""Every PDF embeds DejaVu subsets only: no base-14 font, not even in charts."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from cxdesk.reports.charts_pdf import draw_chart
from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.fonts import fonts_dir, register_fonts
from cxdesk.reports.styles import report_styles
from cxdesk.reports.tables import data_table
from cxdesk.reports.text import para
from tests.domain.reports.samples import font_names, sample_charts


@pytest.fixture(scope="module")
def everything_pdf() -> bytes:
    s = report_styles()
    story = [para("Заголовок", s.title), para("Текст <b>не жирный</b>", s.body),
             para("курсив", s.muted), data_table(["А", "Б"], [[1, 2.5], [None, True]])]
    for spec in sample_charts():
        story += [draw_chart(spec), Spacer(1, 6)]
    return build_pdf(story, ReportMeta("Test", "Fonts", "Кафе"))


def test_only_embedded_dejavu_truetype_subsets(everything_pdf):
    fonts = font_names(everything_pdf)
    assert fonts, "the inspection found no fonts at all"
    for name, (subtype, embedded) in fonts.items():
        assert subtype == "/TrueType", name
        assert embedded, name
        prefix, _, family = name.lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper(), f"{name} is not a subset"
        assert family.startswith("DejaVuSans"), name


def test_bold_regular_and_oblique_all_used(everything_pdf):
    families = {name.partition("+")[2] for name in font_names(everything_pdf)}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= families


def test_the_inspection_does_see_a_base_font():
    """Guard the guard: a PDF drawn with reportlab's default font is caught."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Helvetica by default")
    canvas.save()
    assert "/Helvetica" in font_names(buffer.getvalue())


def test_the_bundled_fonts_and_their_license_ship():
    names = {path.name for path in fonts_dir().iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "LICENSE-DejaVu.txt"} <= names
    assert "Bitstream" in (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_register_fonts_is_idempotent():
    register_fonts()
    register_fonts()
