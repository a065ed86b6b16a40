"""Photos in reports: any stored image as a small thumbnail, or a placeholder if it is broken."""

from __future__ import annotations

import io
import warnings

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from cxdesk.i18n import fill, translate
from cxdesk.reports.fonts import SANS
from cxdesk.reports.styles import MUTED, RULE, report_styles
from cxdesk.reports.text import escape_text

PIXELS_PER_POINT = 2  # thumbnails sharp enough on paper, small in the file
JPEG_QUALITY = 80


def _thumbnail_bytes(data: bytes, width: float, height: float) -> bytes:
    """The picture re-encoded as a JPEG no larger than the box: a 15 MB photo becomes a few
    kilobytes, its EXIF rotation applied; any decoding problem raises."""
    box = (max(int(width * PIXELS_PER_POINT), 1), max(int(height * PIXELS_PER_POINT), 1))
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        with PILImage.open(io.BytesIO(data)) as image:
            image.draft("RGB", box)  # JPEG: decode at a reduced size, much faster
            picture = ImageOps.exif_transpose(image)
            picture.thumbnail(box)
            if picture.mode not in ("RGB", "L"):
                background = PILImage.new("RGB", picture.size, "white")
                rgba = picture.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                picture = background
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def placeholder(name: str, width: float) -> Flowable:
    """A grey box saying the photo cannot be shown."""
    text = escape_text(fill(translate("Reports", "Photo %1 cannot be shown"), name[:120]))
    box = Table([[Paragraph(text, report_styles().small)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # reportlab's default would be Helvetica
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return box


def photo_flowable(data: bytes | None, name: str, width: float, height: float) -> Flowable:
    """The photo scaled to fit `width` × `height` points, keeping its proportions; a broken,
    missing or unknown image gives the placeholder and never raises."""
    if data:
        try:
            thumbnail = _thumbnail_bytes(data, width, height)
            pixels_w, pixels_h = ImageReader(io.BytesIO(thumbnail)).getSize()
            scale = min(width / pixels_w, height / pixels_h)
            image = Image(io.BytesIO(thumbnail), width=pixels_w * scale,
                          height=pixels_h * scale)
            image.hAlign = "LEFT"
            return image
        except Exception:  # noqa: BLE001 - a photo must never stop the report
            pass
    return placeholder(name, width)
