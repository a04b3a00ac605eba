"""The issued PDF read itself (draftapp/io/pdf): the two reference PDFs, and hostile files.

Counts established by reading the PDFs page by page (the same counts as for their
pdftotext copies in test_import_real_shapes.py):
- A/RES/73/7: 13 preambular paragraphs (Recalling … Stressing), operative 1.-28. with no
  subparagraphs, footnotes 1-9; note 1 (the Rome Statute) is cited again in operative 2;
  "proprio motu" (preambular 7) and "Treaty Series" (notes 1 and 5) are set in italics.
- A/RES/73/3: the single operative paragraph "Adopts the following political declaration
  …:", then the declaration: its title, the heading "United to end tuberculosis: …",
  the unnumbered "We, Heads of State …", paragraphs 1.-53., footnotes 1-7.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.model import FootnoteRef, Text, annex_numbers, citations, footnote_numbers

PDF = Path(__file__).resolve().parents[2] / "fixtures" / "pdf"


@pytest.fixture(scope="module")
def res_73_7():
    return read_draft(PDF / "A_RES_73_7-EN.pdf")


@pytest.fixture(scope="module")
def res_73_3():
    return read_draft(PDF / "A_RES_73_3-EN.pdf")


def italic_texts(runs):
    return [r.text for r in runs if isinstance(r, Text) and r.italic]


def test_73_7_counts_and_masthead(res_73_7):
    d = res_73_7
    assert (len(d.preamble), len(d.operative), sum(len(list(p.walk())) - 1 for p in d.operative), len(d.footnotes)) == (13, 28, 0, 9)
    assert all(citations(d)[f.id] for f in d.footnotes)
    m = d.meta
    assert (m.symbol, m.session, m.date, m.job_number, m.title) == (
        "A/RES/73/7", 73, "2018-10-31", "18-18142", "Report of the International Criminal Court")
    assert m.adoption.number == "73/7" and m.adoption.meeting_line == "28th plenary meeting\n29 October 2018"
    assert d.unplaced == [] and d.annexes == []


def test_73_7_italics_from_the_fonts(res_73_7):
    d = res_73_7
    assert italic_texts(d.preamble[6].runs) == ["Acknowledging", "proprio motu"]
    assert italic_texts(d.preamble[8].runs) == ["Expressing its appreciation"]
    assert italic_texts(d.operative[1].runs) == ["Also welcomes"]
    numbers = footnote_numbers(d)
    notes = sorted(d.footnotes, key=lambda f: numbers[f.id])
    assert italic_texts(notes[0].runs) == ["Treaty Series"] and italic_texts(notes[4].runs) == ["Treaty Series"]
    assert notes[0].text == "United Nations, Treaty Series, vol. 2187, No. 38544."
    # an italic title cut by the line end is one italic run, its space included
    assert italic_texts(notes[8].runs) == ["Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013"]


def test_73_7_repeated_citation_and_no_stray_digits(res_73_7):
    d = res_73_7
    numbers = footnote_numbers(d)
    op2 = d.operative[1]
    assert [numbers[r.footnote_id] for r in op2.runs if isinstance(r, FootnoteRef)] == [1]
    assert "Court, and calls upon" in op2.text
    assert d.preamble[1].text.startswith("Recalling also that the Rome Statute of the International Criminal Court reaffirms")
    assert "post-conflict" in d.preamble[4].text  # the hyphen that ended a line


def test_73_3_declaration_adopted_in_the_resolution(res_73_3):
    d = res_73_3
    assert (len(d.preamble), len(d.operative), len(d.footnotes)) == (0, 1, 7)
    assert d.operative[0].text.startswith("Adopts the following political declaration")
    (annex,) = d.annexes
    assert annex.label == "" and annex.title == (
        "Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis")
    assert annex.paragraphs[0].heading and annex.paragraphs[0].text.startswith("United to end tuberculosis")
    assert annex.paragraphs[1].id in annex.unnumbered and annex.paragraphs[1].text.startswith("We, Heads of State")
    assert len(annex_numbers(annex)) == 53 and len(annex.unnumbered) == 1
    assert all(citations(d)[f.id] for f in d.footnotes)
    assert d.meta.adoption.meeting_line == "18th plenary meeting\n10 October 2018"
    numbers = footnote_numbers(d)
    texts = [f.text for f in sorted(d.footnotes, key=lambda f: numbers[f.id])]
    assert texts[5] == "See resolution 55/2." and texts[6] == "See World Health Organization, document WHA71/2018/REC/1."
    assert d.unplaced == []


HOSTILE = [
    ("secret.pdf", "protected by a password"),
    ("scanned.pdf", "no text layer"),
    ("truncated.pdf", "cannot be read"),
    ("notres.pdf", "not a resolution"),
]


@pytest.mark.parametrize("name, message", HOSTILE)
def test_hostile_pdf_gives_a_clear_message_quickly_and_writes_nothing(name, message, tmp_path):
    start = time.perf_counter()
    with pytest.raises(DraftIOError, match=message):
        read_draft(PDF / "hostile" / name)
    assert time.perf_counter() - start < 2.0
    out = tmp_path / "out.draft"
    run = subprocess.run([sys.executable, "-m", "draftapp", "convert", str(PDF / "hostile" / name), str(out)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and message in run.stderr and "Traceback" not in run.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_new_from_the_issued_pdf(tmp_path):
    out = tmp_path / "r.md"
    run = subprocess.run([sys.executable, "-m", "draftapp", "new", "--from", str(PDF / "A_RES_73_7-EN.pdf"), "-o", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "*Recalling* its resolution 73/7 of 29 October 2018" in out.read_text(encoding="utf-8")
