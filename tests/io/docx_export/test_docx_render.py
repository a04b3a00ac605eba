"""The export laid out by LibreOffice: every footnote's text is on the page of its
first citation, and the page count the footers show ("n/N") is the PDF's."""

import re
import subprocess
from pathlib import Path

import pytest

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft
from draftapp.model import Draft, Footnote, FootnoteRef, Metadata, AgendaItem, Paragraph, Text, citations, footnote_numbers
from draftapp.io.pdf_export import docx_to_pdf

EXAMPLE_EN = Path(__file__).resolve().parents[3] / "examples" / "csto-en.md"


def to_pdf(docx_path: Path, tmp_path: Path) -> Path:
    """LibreOffice as the PDF export runs it (its own profile, so parallel runs do not collide)."""
    return docx_to_pdf(docx_path, tmp_path / (docx_path.stem + ".pdf"))


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def squeeze(text: str) -> str:
    """Text without whitespace and hyphens: line breaks and hyphenation do not matter."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def first_citation_context(draft: Draft, footnote_id: str) -> str:
    """Up to 40 characters before the first citation of a footnote, back to the
    previous marker (whose digits the PDF text holds)."""
    paragraph = draft.find(citations(draft)[footnote_id][0])
    before = ""
    for run in paragraph.runs:
        if isinstance(run, FootnoteRef) and run.footnote_id == footnote_id:
            break
        before = before + run.text if isinstance(run, Text) else ""
    return squeeze(before)[-40:]


def check_layout(draft: Draft, pdf: Path) -> None:
    pages = pages_of(pdf)
    n_pages = page_count(pdf)
    assert len(pages) == n_pages
    squeezed = [squeeze(p) for p in pages]
    numbers = footnote_numbers(draft)
    for note in draft.footnotes:
        note_pages = [i for i, p in enumerate(squeezed) if squeeze(note.text) in p]
        cite_pages = [i for i, p in enumerate(squeezed) if first_citation_context(draft, note.id) in p]
        assert note_pages, f"footnote {numbers[note.id]} is on no page"
        assert cite_pages, f"the citation of footnote {numbers[note.id]} is on no page"
        assert note_pages[0] == cite_pages[0], f"footnote {numbers[note.id]} is on page {note_pages[0] + 1}, its citation on page {cite_pages[0] + 1}"
    # footers show n/N on every page after the first, with N the real page count
    lines = [[line.strip() for line in page.splitlines()] for page in pages]
    for k in range(2, n_pages + 1):
        assert f"{k}/{n_pages}" in lines[k - 1]
    assert f"1/{n_pages}" not in lines[0]  # page 1 has its own footer


def long_draft() -> Draft:
    """Thirty long preambular paragraphs, each citing its own footnote, and operative
    paragraphs citing some again: the footnotes spread over several pages."""
    sentence = (
        "the importance of cooperation between the United Nations and regional organizations "
        "in the maintenance of international peace and security, in accordance with Chapter VIII "
        "of the Charter, and the contribution of such cooperation to conflict prevention and "
        "peacebuilding in the regions concerned"
    )
    footnotes, preamble, operative = [], [], []
    for i in range(1, 31):
        note = Footnote.of(f"See document A/{70 + i % 9}/{100 + i}, para. {i}.", id=f"f{i}")
        footnotes.append(note)
        preamble.append(Paragraph([Text(f"Recalling {i}", italic=True), Text(f" {sentence} (item {i}),"), FootnoteRef(note.id)]))
    for i in range(1, 11):
        operative.append(Paragraph([Text("Stresses", italic=True), Text(f" {sentence};"), FootnoteRef(f"f{3 * i}")]))
    meta = Metadata(session=71, agenda=[AgendaItem("126 (v)", ["Cooperation"])], symbol="A/71/L.99", date="2016-11-14",
                    job_number="16-99999", title="Long draft")
    return Draft("en", meta, ["Armenia"], preamble, operative, footnotes)


def test_csto_footnotes_sit_on_the_page_of_their_first_citation(tmp_path):
    draft = read_draft(EXAMPLE_EN)
    draft.meta.symbol, draft.meta.date, draft.meta.job_number = "A/71/L.23", "2016-11-14", "16-20163"
    path = tmp_path / "csto-en.docx"
    export_docx(draft, path)
    pdf = to_pdf(path, tmp_path)
    assert page_count(pdf) == 3
    check_layout(draft, pdf)


def test_many_footnotes_over_many_pages(tmp_path):
    draft = long_draft()
    path = tmp_path / "long.docx"
    export_docx(draft, path)
    pdf = to_pdf(path, tmp_path)
    assert page_count(pdf) >= 5
    check_layout(draft, pdf)
    # the repeated citations show the number of the first: the NOTEREF fields were computed
    text = pages_of(pdf)
    assert sum(p.count("Stresses") for p in text) == 10


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_paper_sizes_reach_the_pdf(tmp_path, paper):
    draft = read_draft(EXAMPLE_EN)
    path = tmp_path / f"csto-{paper}.docx"
    export_docx(draft, path, paper=paper)
    pdf = to_pdf(path, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    expected = {"letter": (612, 792), "a4": (595, 842)}[paper]
    assert abs(width - expected[0]) < 2 and abs(height - expected[1]) < 2


def test_sponsors_note_keeps_its_asterisk_and_numbers_stay(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from docx_export_samples import sample_draft

    draft = sample_draft("en")
    draft.meta.sponsors_note = True
    path = tmp_path / "note.docx"
    export_docx(draft, path)
    pdf = to_pdf(path, tmp_path)
    text = " ".join(pages_of(pdf)[0].split())
    assert "Armenia and Belarus:* draft resolution" in text
    assert "Any changes to the list of sponsors" in text
    # the asterisk note takes no number: the body's notes are still 1 and 2
    assert "2004,1" in squeeze(text) and squeeze("Secretary-General;2") in squeeze(text)
    check_layout(draft, pdf)


@pytest.mark.parametrize("fixture, pages", [("csto-draft-zh.md", 3), ("A_80_L.9_en.md", 5)])
def test_real_drafts_lay_out_with_their_footnotes(tmp_path, fixture, pages):
    """The Chinese CSTO draft (as given: placeholders in the masthead) and A/80/L.9
    (sixty sponsors, the sponsors note, ten footnotes)."""
    draft = read_draft(Path(__file__).resolve().parents[2] / "fixtures" / fixture)
    path = tmp_path / (Path(fixture).stem + ".docx")
    export_docx(draft, path)
    pdf = to_pdf(path, tmp_path)
    assert page_count(pdf) == pages
    check_layout(draft, pdf)
