"""Our export laid out by LibreOffice, measured against the issued PDFs: every layout
fact (a baseline, a rule's height and ends, a gap, a size) within 2 pt of the issued
document's. The issued figures are in tests/fixtures/layout/issued-positions.json and
are re-measured here from the PDFs themselves, so the table cannot drift from them."""

import json
import shutil
import sys
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from draftapp.io.docx import export_docx
from draftapp.io.docx.oxml import SEPARATOR_ID
from draftapp.io.formats import read_draft
from draftapp.io.pdf_export import docx_to_pdf

sys.path.insert(0, str(Path(__file__).parent))
from layout_facts import measure  # noqa: E402
from docx_export_reading import part_xml  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ISSUED = {k: v for k, v in json.loads((FIXTURES / "layout" / "issued-positions.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
TOLERANCE = 2.0

#: Facts of page 1's head and foot, which every document of this geometry shares.
MASTHEAD = [
    "p1.united_nations_baseline", "p1.symbol_baseline", "p1.organ_baseline", "p1.distribution_baseline",
    "p1.date_baseline", "p1.thin_rule_height", "p1.thin_rule_left", "p1.thin_rule_right",
    "p1.thick_rule_height", "p1.thick_rule_left", "p1.session_baseline", "p1.session_left",
    "p1.job_line_baseline", "p1.job_line_size", "p1.job_line_left", "p1.barcode_left", "p1.barcode_width",
]
ADOPTION = ["p1.agenda_to_adopted", "p1.reference_to_title"]
RUNNING = [
    "p2.running_head_baseline", "p2.running_head_left", "p2.running_rule_height", "p2.running_rule_left",
    "p2.running_rule_right", "p2.body_top_baseline", "p2.page_number_baseline", "p2.page_number_left",
    "p2.job_number_baseline",
]
CLOSING = ["last.closing_rule_width", "last.closing_rule_centre", "last.closing_rule_below_meeting"]
TEXT_BLOCK = ["p1.justified_right"]
#: Word draws the UN's footnote separator (underscores reaching left of the text
#: block); LibreOffice 7.4 ignores a separator's own text and draws none, so these
#: facts are checked in the DOCX itself (test_footnote_separator_is_the_uns).
WORD_ONLY = ["p1.footnote_rule_left", "p1.footnote_rule_width", "p1.footnote_rule_to_note"]

CASES = {
    # our export of the issued resolution's text, beside the issued PDF
    "A/RES/73/7": ("A_RES_73_7-partial-en.md", "A_RES_73_7-EN", MASTHEAD + ADOPTION + RUNNING + CLOSING + TEXT_BLOCK),
    "A/RES/73/3": ("A_RES_73_3-masthead-en.md", "A_RES_73_3-EN", MASTHEAD + ADOPTION),
    # a draft (an L document) has the same page geometry as the issued resolutions
    "A/80/L.9": ("A_80_L.9_en.md", "A_RES_73_7-EN", MASTHEAD + RUNNING + TEXT_BLOCK),
}


def render(docx: Path, tmp_path: Path) -> Path:
    return docx_to_pdf(docx, tmp_path / (docx.stem + ".pdf"))


@pytest.mark.parametrize("name", sorted(ISSUED))
def test_the_table_is_what_the_issued_pdfs_measure(name):
    measured = measure(FIXTURES / "pdf" / f"{name}.pdf")
    assert measured == pytest.approx(ISSUED[name], abs=0.05)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice renders the export")
@pytest.mark.parametrize("case", sorted(CASES))
def test_export_matches_the_issued_layout_within_two_points(case, tmp_path):
    source, issued_name, facts = CASES[case]
    draft = read_draft(FIXTURES / source)
    # the fixture of A/80/L.9 is the text without its masthead: fill in the issued one
    draft.meta.symbol = draft.meta.symbol or "A/80/L.9"
    draft.meta.job_number = draft.meta.job_number or "25-17846"
    draft.meta.date = draft.meta.date or "2025-11-10"
    path = tmp_path / "export.docx"
    export_docx(draft, path)
    ours = measure(render(path, tmp_path))
    issued = ISSUED[issued_name]
    off = {f: (issued[f], ours.get(f)) for f in facts if ours.get(f) is None or abs(ours[f] - issued[f]) > TOLERANCE}
    assert not off, f"{case}: facts off by more than {TOLERANCE} pt (issued, ours): {off}"


def test_footnote_separator_is_the_uns(tmp_path):
    """The issued separator: 18 bold 8 pt underscores, starting 0.33 in left of the text
    block (x 99.6 pt where the text starts at 123.4)."""
    path = tmp_path / "export.docx"
    export_docx(read_draft(FIXTURES / "A_RES_73_7-partial-en.md"), path)
    notes = part_xml(path, "word/footnotes.xml")
    separator = next(n for n in notes.iter(qn("w:footnote")) if n.get(qn("w:id")) == str(SEPARATOR_ID))
    texts = [t.text for t in separator.iter(qn("w:t"))]
    assert texts == ["_" * 18]
    run = separator.find(".//" + qn("w:r"))
    assert run.find(qn("w:rPr") + "/" + qn("w:b")) is not None
    assert run.find(qn("w:rPr") + "/" + qn("w:sz")).get(qn("w:val")) == "16"
    indent = int(separator.find(".//" + qn("w:ind")).get(qn("w:left")))
    assert abs(indent / 20 - (ISSUED["A_RES_73_7-EN"]["p1.footnote_rule_left"] - 123.4)) < 0.5
