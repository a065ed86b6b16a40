"""The look of every report: colours, paragraph styles and the data-table style, all DejaVu."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from cxdesk.reports.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d5b8f")
RULE = colors.HexColor("#cbd2d9")
ZEBRA = colors.HexColor("#f1f4f8")
HEADER_BG = ACCENT
HEADER_FG = colors.white

# Series colours for charts: distinguishable with the common colour-vision deficiencies.
PALETTE = (
    colors.HexColor("#1d5b8f"),
    colors.HexColor("#e07b39"),
    colors.HexColor("#3a9a5b"),
    colors.HexColor("#c23b3b"),
    colors.HexColor("#7b5ea7"),
    colors.HexColor("#8c6d31"),
    colors.HexColor("#2ca9b8"),
    colors.HexColor("#6b7280"),
)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle  # a numbered line: the number hangs in the left indent
    toc: ParagraphStyle  # a short numbered list (contents)
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    header_right: ParagraphStyle  # over a numeric column


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {
        "fontName": SANS,
        "bulletFontName": SANS,  # reportlab's default bullet font is Helvetica
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    if "parent" in kw:  # a child inherits size and leading from its parent, not from `base`
        return ParagraphStyle(name, **kw)
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def report_styles() -> Styles:
    """The shared styles (built once, after the fonts are registered)."""
    register_fonts()
    cell = _style("cell", fontSize=8.5, leading=10.8)
    return Styles(
        title=_style("title", fontName=SANS_BOLD, fontSize=24, leading=30, textColor=ACCENT,
                     spaceAfter=10),
        subtitle=_style("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=6),
        h1=_style("h1", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=ACCENT,
                  spaceBefore=14, spaceAfter=6, keepWithNext=1),
        h2=_style("h2", fontName=SANS_BOLD, fontSize=11.5, leading=15, spaceBefore=10,
                  spaceAfter=4, keepWithNext=1),
        body=_style("body", spaceAfter=5),
        item=_style("item", leftIndent=30, bulletIndent=0, spaceAfter=4),
        toc=_style("toc", leftIndent=18, bulletIndent=0, spaceAfter=2),
        small=_style("small", fontSize=8.5, leading=11),
        muted=_style("muted", fontName=SANS_ITALIC, fontSize=9, leading=12, textColor=MUTED,
                     spaceAfter=4),
        cell=cell,
        cell_right=_style("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=_style("cell_center", parent=cell, alignment=TA_CENTER),
        header_cell=_style("header_cell", parent=cell, fontName=SANS_BOLD,
                           textColor=HEADER_FG),
        header_right=_style("header_right", parent=cell, fontName=SANS_BOLD,
                            textColor=HEADER_FG, alignment=TA_RIGHT),
    )


def data_table_style(rows: int, *, zebra: bool = True) -> TableStyle:
    """Header band, thin rules, zebra body rows; cells are Paragraphs, FONTNAME is a fallback."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra and rows > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)
