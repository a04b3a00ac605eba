"""The job-number barcode of page 1: Code 39 of the job number without its hyphen,
between asterisks ("18-18142" -> *1818142*), as a small PNG drawn here (no imaging
library needed: a Code 39 symbol is only bars of two widths).

The patterns and sizes are data (resources/export/code39.json).
"""

from __future__ import annotations

import json
import struct
import zlib
from functools import lru_cache

from draftapp.io.docx.style import EXPORT


@lru_cache(maxsize=None)
def _spec() -> dict:
    return json.loads((EXPORT / "code39.json").read_text(encoding="utf-8"))


def symbol_text(job_number: str) -> str | None:
    """What the barcode encodes, or None when the job number holds characters Code 39
    cannot carry."""
    text = "*" + job_number.replace("-", "").strip().upper() + "*"
    patterns = _spec()["patterns"]
    if len(text) < 3 or any(ch not in patterns for ch in text) or "*" in text[1:-1]:
        return None
    return text


def modules(text: str) -> list[tuple[bool, int]]:
    """(is bar, width in modules) for each element, characters separated by one narrow
    space."""
    spec = _spec()
    wide = spec["wide_to_narrow"]
    out: list[tuple[bool, int]] = []
    for i, ch in enumerate(text):
        if i:
            out.append((False, 1))
        for j, bit in enumerate(spec["patterns"][ch]):
            out.append((j % 2 == 0, wide if bit == "1" else 1))
    return out


def png(text: str) -> tuple[bytes, int]:
    """A black-on-white PNG of the symbol, and its width in modules."""
    spec = _spec()
    scale, height = spec["module_pixels"], spec["height_pixels"]
    row = bytearray()
    for is_bar, width in modules(text):
        row += (b"\x00" if is_bar else b"\xff") * (width * scale)
    raw = b"".join(b"\x00" + bytes(row) for _ in range(height))  # filter byte 0 per row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", len(row), height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return data, len(row) // scale


def size_inches(width_modules: int) -> tuple[float, float]:
    spec = _spec()
    return width_modules * spec["width_inches_per_module"], spec["height_inches"]
