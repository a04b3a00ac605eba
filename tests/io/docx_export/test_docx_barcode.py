"""The job-number barcode on page 1: Code 39 of *1818142*, decoded back from the PNG
the export embeds in the page-1 footer."""

import struct
import zlib

import pytest

from docx_export_reading import open_docx
from docx_export_samples import sample_draft
from draftapp.io.docx import barcode, export_docx


def decode_png(data: bytes) -> list[int]:
    """The first pixel row of an 8-bit greyscale PNG (filter 0 rows, as barcode.png writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width = struct.unpack(">I", body[:4])[0]
            assert body[8:10] == b"\x08\x00"  # 8-bit greyscale
        elif kind == b"IDAT":
            idat += body
        assert struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0] == zlib.crc32(kind + body)
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert raw[0] == 0
    return list(raw[1:1 + width])


def read_code39(row: list[int], scale: int) -> str:
    """Run lengths of the pixel row back into Code 39 characters."""
    runs, current, length = [], row[0], 0
    for px in row:
        if px == current:
            length += 1
        else:
            runs.append(length // scale)
            current, length = px, 1
    runs.append(length // scale)
    patterns = {v: k for k, v in barcode._spec()["patterns"].items()}
    text = ""
    for start in range(0, len(runs), 10):  # 9 elements and the gap
        elements = runs[start:start + 9]
        text += patterns["".join("1" if w > 1 else "0" for w in elements)]
    return text


def test_symbol_text():
    assert barcode.symbol_text("18-18142") == "*1818142*"
    assert barcode.symbol_text("16/2016") is None
    assert barcode.symbol_text("") is None


def test_png_encodes_the_job_number():
    image, width = barcode.png("*1818142*")
    row = decode_png(image)
    assert read_code39(row, barcode._spec()["module_pixels"]) == "*1818142*"
    assert width == 9 * 16 - 1  # nine characters of 15 modules and the gaps between them


def test_page_one_footer_carries_the_barcode(tmp_path):
    path = tmp_path / "x.docx"
    export_docx(sample_draft("en"), path)
    footer = open_docx(path).sections[0].first_page_footer
    blips = footer._element.xpath(".//a:blip/@r:embed")
    assert len(blips) == 1
    image = footer.part.related_parts[blips[0]].blob
    assert read_code39(decode_png(image), barcode._spec()["module_pixels"]) == "*1620163*"


@pytest.mark.parametrize("job", ["", "16/2016"])
def test_no_barcode_without_an_encodable_job_number(tmp_path, job):
    draft = sample_draft("en")
    draft.meta.job_number = job
    path = tmp_path / "x.docx"
    export_docx(draft, path)
    assert not open_docx(path).sections[0].first_page_footer._element.xpath(".//a:blip")
