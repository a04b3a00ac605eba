"""Export to DOCX, lay out with LibreOffice as PDF, import the PDF: the same draft comes
back -- paragraphs, levels, text, footnotes and where they are cited, italics (and
cross-references) -- for the CSTO example in English and Chinese and for the large
benchmark draft (benchmarks/generate.py: 120 preambular and 380 operative paragraphs,
three levels of subparagraphs, 150 footnotes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft
from draftapp.model import canonical

ROOT = Path(__file__).resolve().parents[3]


def to_pdf(docx_path: Path, tmp_path: Path) -> Path:
    """LibreOffice in its own profile, so parallel runs do not collide."""
    profile = tmp_path / "lo-profile"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(docx_path)],
        check=True, capture_output=True, timeout=300,
    )
    pdf = tmp_path / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def with_masthead(draft):
    """An issued document has its symbol, date and job number (an export without them
    shows placeholders, which the import rightly reports as text it cannot place)."""
    meta = draft.meta
    meta.symbol = meta.symbol or "A/71/L.23"
    meta.date = meta.date or "2016-11-15"
    meta.job_number = meta.job_number or "16-20145"
    return draft


def body(draft) -> dict:
    c = canonical(draft)
    return {k: c.get(k) for k in ("preamble", "operative", "footnotes", "annexes")}


def round_trip(draft, tmp_path):
    export_docx(draft, tmp_path / "draft.docx")
    back = read_draft(to_pdf(tmp_path / "draft.docx", tmp_path))
    return back


@pytest.mark.parametrize("example", ["csto-en.md", "csto-zh.draft"])
def test_csto_example_comes_back_from_its_pdf(example, tmp_path):
    draft = with_masthead(read_draft(ROOT / "examples" / example))
    back = round_trip(draft, tmp_path)
    assert body(back) == body(draft)
    assert back.unplaced == []
    assert (back.meta.symbol, back.meta.session, back.meta.title) == (draft.meta.symbol, draft.meta.session, draft.meta.title)
    assert back.sponsors == draft.sponsors


def test_large_draft_comes_back_from_its_pdf(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import large_draft
    finally:
        sys.path.pop(0)
    draft = with_masthead(large_draft("en"))
    back = round_trip(draft, tmp_path)
    assert (len(back.preamble), len(back.operative), len(back.footnotes)) == (120, 380, 150)
    assert body(back) == body(draft)
