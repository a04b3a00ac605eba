"""The text objects of a PDF with what a text copy loses: font, size, position.

pypdfium2 (PDFium, BSD-3/Apache-2.0) was chosen by measurement over pdfplumber
(pdfminer.six, pure Python): on A/RES/73/7 (5 pages) reading every character with its
font and box takes 0.29 s with pypdfium2's per-character calls and 1.86 s with
pdfplumber; reading PDFium's text objects (runs of one font) takes 0.15 s, and is what
this module does. Both libraries give the same fonts (TimesNewRomanPS-ItalicMT …).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from draftapp.io.pdf import arabic


@dataclass
class Span:
    """One text object: a run of text in one font at one size."""

    text: str
    size: float
    x0: float
    y0: float  # PDF coordinates: y grows upwards
    x1: float
    y1: float
    italic: bool
    bold: bool
    baseline: float = 0.0


@dataclass
class Page:
    width: float
    height: float
    spans: list[Span]


class PdfProblem(Exception):
    """The PDF cannot be read; the message is for the user."""


MAX_PAGES = 2000
_BUFFER = 4096


def _font_flags(font) -> tuple[bool, bool, str]:
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    name = b""
    if size > 0:
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFFont_GetBaseFontName(font, buffer, size)
        name = buffer.value
    lowered = name.decode("latin-1", "replace").lower()
    angle = ctypes.c_int(0)
    italic = "italic" in lowered or "oblique" in lowered
    if not italic and raw.FPDFFont_GetItalicAngle(font, ctypes.byref(angle)) and angle.value != 0:
        italic = True
    weight = raw.FPDFFont_GetWeight(font)
    bold = "bold" in lowered or weight >= 600
    return italic, bold, lowered


def _text_objects(page, depth: int = 0):
    """The page's text objects, those inside form objects too (raw handles: the wrapper
    objects cost more than the reading)."""
    count = raw.FPDFPage_CountObjects(page) if depth == 0 else raw.FPDFFormObj_CountObjects(page)
    for i in range(count):
        obj = raw.FPDFPage_GetObject(page, i) if depth == 0 else raw.FPDFFormObj_GetObject(page, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            yield obj
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _text_objects(obj, depth + 1)


def _arabic_in_logical_order(spans: list[Span], keys: list[int], textpage) -> list[Span]:
    """A page with Arabic: each run's text rebuilt from its characters' boxes (arabic.py)."""
    chars = arabic.object_characters(textpage)
    kashidas = set()
    for index, (s, key) in enumerate(zip(spans, keys)):
        if chars.get(key):
            if arabic.kashida_shaped(chars[key], s.size):
                kashidas.add(index)
            text = arabic.finish(arabic.visual_to_logical(chars[key]))
            # the space PDFium adds after a run ("(أ) ") is no character of it: kept
            s.text = text + " " if s.text.endswith(" ") and not text.endswith(" ") else text
    spans = arabic.drop_kashidas(spans, kashidas)
    return [s for s in spans if s.text.strip()]


def read_pages(path: str) -> list[Page]:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        text = str(e).lower()
        if "password" in text:
            raise PdfProblem("this PDF is protected by a password; open it in a PDF reader, save an unprotected copy and import that") from None
        raise PdfProblem(f"this PDF cannot be read (it may be damaged or cut short): {e}") from None
    try:
        if len(pdf) > MAX_PAGES:
            raise PdfProblem(f"this PDF has {len(pdf)} pages; a resolution is far shorter ({MAX_PAGES} pages at most)")
        pages = []
        fonts: dict[int, tuple[bool, bool, str]] = {}
        shared = (ctypes.c_ushort * _BUFFER)()
        size, matrix = ctypes.c_float(0), raw.FS_MATRIX()
        left, bottom, right, top = (ctypes.c_float(0) for _ in range(4))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            width, height = page.get_size()
            spans, keys = [], []
            for handle in _text_objects(page.raw):
                # one call with a buffer that fits nearly every run (each call scans the page)
                n = raw.FPDFTextObj_GetText(handle, textpage.raw, shared, _BUFFER * 2)
                buffer = shared
                if n > _BUFFER * 2:
                    buffer = (ctypes.c_ushort * (n // 2 + 1))()
                    raw.FPDFTextObj_GetText(handle, textpage.raw, buffer, n)
                if n <= 2:
                    continue
                # PDFium gives a hyphen that ends a line as \x02
                text = ctypes.string_at(buffer, n - 2).decode("utf-16-le", "replace").replace("\x00", "").replace("\x02", "-")
                if not text.strip():
                    continue
                font = raw.FPDFTextObj_GetFont(handle)
                key = ctypes.cast(font, ctypes.c_void_p).value or 0
                if key not in fonts:
                    fonts[key] = _font_flags(font)
                italic, bold, name = fonts[key]
                if "barcode" in name:
                    continue  # the barcode font draws the job number as bars
                raw.FPDFTextObj_GetFontSize(handle, ctypes.byref(size))
                raw.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix))
                scale = (matrix.d ** 2 + matrix.c ** 2) ** 0.5 or 1.0
                raw.FPDFPageObj_GetBounds(handle, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
                spans.append(Span(text, size.value * scale, left.value, bottom.value, right.value, top.value, italic, bold, matrix.f))
                keys.append(ctypes.cast(handle, ctypes.c_void_p).value)
            if arabic.right_to_left("".join(s.text for s in spans)):
                spans = _arabic_in_logical_order(spans, keys, textpage.raw)
            pages.append(Page(width, height, spans))
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()
