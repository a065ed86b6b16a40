"""Register the bundled DejaVu fonts with reportlab once, so no PDF uses a built-in font."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from cxdesk.errors import CxdeskError
from cxdesk.paths import resource_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF format wants; reportlab writes <1F600>, which readers reject."""
    lines = _original_cmap(fontname, subset).split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[start : start + len(subset)] = [
        f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)
    ]
    return "\n".join(lines)


_original_cmap = ttfonts.makeToUnicodeCMap


def _fix_astral_to_unicode() -> None:
    if "<1F600>" in _original_cmap("probe", [0x1F600]):  # only while reportlab has the bug
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register_fonts() -> None:
    """Load the TrueType files and map <b>/<i> to them; cheap after the first call."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        _fix_astral_to_unicode()
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise CxdeskError(f"the report font {path} is missing; reinstall cxdesk")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        # Mono ships in one weight: bold/italic markup inside it stays in the same face.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(MONO, bold, italic, MONO)
        _registered = True


@lru_cache(maxsize=1)
def covered_characters() -> frozenset[int]:
    """The code points the body font can draw; others would print as an empty box."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)
