"""Photos in reports: any image becomes a small thumbnail; anything else a placeholder."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image as PILImage
from reportlab.platypus import Image, Table

from cxdesk.reports.document import ReportMeta, build_pdf
from cxdesk.reports.photos import photo_flowable
from tests.domain.reports.samples import font_names, page_texts


def _image(fmt: str, size=(640, 480), mode="RGB") -> bytes:
    out = io.BytesIO()
    color = {"RGBA": (200, 30, 30, 128), "L": 120}.get(mode, (200, 30, 30))
    PILImage.new(mode, size, color).save(out, fmt)
    return out.getvalue()


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims to be enormous (a decompression bomb) and holds nothing."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


@pytest.mark.parametrize("fmt, mode", [("JPEG", "RGB"), ("PNG", "RGBA"), ("GIF", "P"),
                                       ("WEBP", "RGB"), ("PNG", "L")])
def test_images_become_thumbnails_inside_the_box(fmt, mode):
    flowable = photo_flowable(_image(fmt, mode=mode), "p", 150, 100)
    assert isinstance(flowable, Image)
    assert flowable.drawWidth <= 150.01 and flowable.drawHeight <= 100.01
    assert flowable.drawWidth == pytest.approx(150) or flowable.drawHeight == pytest.approx(100)


def test_a_tall_photo_keeps_its_proportions():
    flowable = photo_flowable(_image("JPEG", (300, 1200)), "tall", 150, 100)
    assert flowable.drawHeight == pytest.approx(100)
    assert flowable.drawWidth == pytest.approx(25, abs=0.5)


@pytest.mark.parametrize("data", [None, b"", b"not an image", b"\xff\xd8\xff" + b"\0" * 50,
                                  _png_header(100_000, 100_000)])
def test_a_broken_image_gives_a_placeholder(data):
    flowable = photo_flowable(data, "IMG_0001 <b>.heic", 150, 100)
    assert isinstance(flowable, Table)
    pdf = build_pdf([flowable], ReportMeta("t", "s"))
    assert "IMG_0001 <b>.heic" in page_texts(pdf)[0]
    assert all(name.partition("+")[2].startswith("DejaVuSans") for name in font_names(pdf))


def test_a_big_photo_is_embedded_small():
    big = _image("PNG", (4000, 3000))
    pdf = build_pdf([photo_flowable(big, "big", 150, 100)], ReportMeta("t", "s"))
    assert len(pdf) < 60_000
