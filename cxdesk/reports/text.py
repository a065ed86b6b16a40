"""User text into report paragraphs: escaped, cleaned, cut to a sane length, localised."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cxdesk import i18n
from cxdesk.reports.fonts import covered_characters

MAX_TEXT = 2000  # longer user text is cut: a report is read on paper, not archived
ELLIPSIS = "…"
MISSING = "\ufffd"  # printed (and extracted) instead of a character the font cannot draw

# C0/C1 controls (except tab and newlines) make reportlab's parser or the PDF text unhappy.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Joiners, variation selectors and skin-tone modifiers only shape emoji; alone they draw boxes.
_SHAPERS = re.compile("[\u200b-\u200f\u2060\ufe00-\ufe0f\U0001f3fb-\U0001f3ff]")
_NEWLINES = re.compile("\r\n?|[\n\u2028\u2029]")
_language_lock = threading.RLock()


def clean(value: object, limit: int | None = MAX_TEXT) -> str:
    """Any value as printable plain text: None is '', control characters go, characters the
    font cannot draw (and broken surrogates) become U+FFFD, and text over `limit` characters
    ends with '…'."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = _SHAPERS.sub("", _CONTROLS.sub("", text.replace("\t", " ")))
    text = _drawable(text)
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + ELLIPSIS
    return text


def _drawable(text: str) -> str:
    if text.isascii():
        return text
    covered = covered_characters()
    return "".join(
        ch if ord(ch) in covered or ch in "\r\n\u2028\u2029" else MISSING for ch in text
    )


def escape_text(value: object, limit: int | None = MAX_TEXT) -> str:
    """Plain text made safe for reportlab's mini-markup; line breaks are kept."""
    return _NEWLINES.sub("<br/>", escape(clean(value, limit)))


def para(value: object, style: ParagraphStyle, limit: int | None = MAX_TEXT) -> Paragraph:
    """A paragraph that prints `value` literally, whatever markup-like text it holds."""
    return Paragraph(escape_text(value, limit), style)


def para_markup(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from trusted markup: every user part in it must come from escape_text()."""
    return Paragraph(markup, style)


def localized(texts: Mapping[str, object] | str | None, lang: str) -> str:
    """The `lang` text of an i18n dict {"ru", "uk", "en"}, else the first one that is filled."""
    if texts is None:
        return ""
    if isinstance(texts, str):
        return texts
    for key in (lang, "en", "ru", "uk", *texts.keys()):
        value = texts.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


@contextmanager
def report_language(lang: str | None) -> Iterator[None]:
    """Translate report labels into `lang` for the duration of the block, then give the
    previous translator back (the GUI's own stays in place while a report runs)."""
    load = getattr(i18n, "load_language", None)
    if load is None:  # an older core without .ts support: labels stay English
        yield
        return
    with _language_lock:
        previous = getattr(i18n, "_translator", None)
        try:
            load(lang)
            yield
        finally:
            i18n.set_translator(previous)
