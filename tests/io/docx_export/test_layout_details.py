"""Layout details beyond the English geometry: Word's current mode, the page-1 footer's
job date, and the Chinese page (every comma on the page, "Distr." on the organ's
baseline, titles in a bold face)."""

import shutil
import sys
from pathlib import Path

import pdfplumber
import pytest
from docx.oxml.ns import qn

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft
from draftapp.io.pdftext import read_pdf_text

sys.path.insert(0, str(Path(__file__).parent))
from docx_export_reading import open_docx, part_xml  # noqa: E402
from layout_facts import text_lines  # noqa: E402
from test_layout_fidelity import render  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


def test_document_opens_in_words_current_mode(tmp_path):
    path = tmp_path / "out.docx"
    export_docx(read_draft(FIXTURES / "A_80_L.9_en.md"), path)
    settings = part_xml(path, "word/settings.xml")
    modes = [s.get(qn("w:val")) for s in settings.iter(qn("w:compatSetting")) if s.get(qn("w:name")) == "compatibilityMode"]
    assert modes == ["15"]


def test_page_one_footer_prints_the_job_date(tmp_path):
    """The issued footer prints the day the job was processed ("021118"), not the issue
    date (31 October 2018)."""
    path = tmp_path / "out.docx"
    export_docx(read_draft(FIXTURES / "A_RES_73_7-partial-en.md"), path)
    footer = open_docx(path).sections[0].first_page_footer.paragraphs[0].text
    assert footer.split() == ["18-18142", "(E)", "021118"]


def test_job_date_comes_back_from_a_pdf_copy():
    text = (FIXTURES / "texts" / "A_80_L.9_en.txt").read_text(encoding="utf-8")
    draft = read_pdf_text(text)
    footer_line = next(line for line in text.splitlines() if "(E)" in line and line.strip()[:2].isdigit())
    ddmmyy = footer_line.split()[-1]
    assert draft.meta.job_date == f"20{ddmmyy[4:]}-{ddmmyy[2:4]}-{ddmmyy[:2]}"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice renders the export")
def test_chinese_page(tmp_path):
    path = tmp_path / "zh.docx"
    export_docx(read_draft(ROOT / "examples" / "csto-zh.draft"), path)
    with pdfplumber.open(render(path, tmp_path)) as pdf:
        lines = [line for page in pdf.pages for line in text_lines(page)]
        first = text_lines(pdf.pages[0])
    # every full-width comma of the text is on the page (none dropped at a line's end)
    text = "".join(line.text for line in lines)
    draft = read_draft(ROOT / "examples" / "csto-zh.draft")
    expected = sum(p.text.count("，") for p in draft.paragraphs()) + sum(f.text.count("，") for f in draft.footnotes)
    assert text.count("，") >= expected
    organ = next(line for line in first if line.size == 20)
    distr = next(line for line in first if line.text.startswith("Distr"))
    assert abs(organ.baseline - distr.baseline) < 1.0
    title = next(line for line in first if line.size == 12)
    assert "Sans" in title.font  # SimHei, or its stand-in here, not SimSun made bold


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice renders the export")
def test_libreoffice_bound_export_draws_a_footnote_rule(tmp_path):
    """LibreOffice draws no separator for the UN's underscores; the PDF route asks for
    the renderer's own line, which it draws above the footnotes."""
    draft = read_draft(FIXTURES / "A_RES_73_7-partial-en.md")
    drawn = {}
    for separator in ("un", "line"):
        path = tmp_path / f"{separator}.docx"
        export_docx(draft, path, separator=separator)
        with pdfplumber.open(render(path, tmp_path)) as pdf:
            page = pdf.pages[0]
            drawn[separator] = [r for r in list(page.rects) + list(page.lines) if r["top"] > 600 and r["x1"] - r["x0"] > 40]
    assert drawn["un"] == [] and len(drawn["line"]) == 1
