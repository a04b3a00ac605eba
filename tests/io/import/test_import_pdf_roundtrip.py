"""Export to DOCX, lay out with LibreOffice as PDF, import the PDF: the same draft comes
back -- paragraphs, levels, text, footnotes and where they are cited, italics (and
cross-references) -- for the CSTO example in English and Chinese and for the large
benchmark draft (benchmarks/generate.py: 120 preambular and 380 operative paragraphs,
three levels of subparagraphs, 150 footnotes)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft
from draftapp.model import canonical
from draftapp.io.pdf_export import docx_to_pdf

ROOT = Path(__file__).resolve().parents[3]


def to_pdf(docx_path: Path, tmp_path: Path) -> Path:
    """LibreOffice as the PDF export runs it (its own profile, so parallel runs do not collide)."""
    return docx_to_pdf(docx_path, tmp_path / (docx_path.stem + ".pdf"), timeout=300)


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


# --- Arabic: right to left, lam-alef ligatures, kashidas, mixed-direction lines -----------
def arabic_draft():
    """A draft in Arabic as UN Arabic texts are written (the citation after the comma,
    "”…“" quotation marks, "1 -" and "(أ)" labels), with what a right-to-left page makes
    hard: lam-alef ligatures (الأمم، تلاحظ), words stretched by justification, Latin
    symbols and numbers inside Arabic lines and notes ("A/52/855", "(A/75/49 (Vol. I))"),
    brackets nested in Arabic and around Latin text, and
    enough paragraphs for three pages (running heads and page numbers)."""
    from draftapp.model import AgendaItem, Draft, Footnote, FootnoteRef, Metadata, Paragraph, Text

    def para(*runs, children=()):
        return Paragraph(runs=[Text(r) if isinstance(r, str) else r for r in runs], children=list(children))

    n1 = Footnote(runs=[Text("انظر الوثيقة A/52/855.")])
    n2 = Footnote(runs=[Text("الوثائق الرسمية للجمعية العامة، الدورة الخامسة والسبعون، الملحق رقم 49 (A/75/49 (Vol. I)).")])
    return Draft(
        language="ar",
        meta=Metadata(session=80, symbol="A/80/L.5", date="2025-11-03", job_number="25-17846",
                      agenda=[AgendaItem("73", ["تعزيز تنسيق المساعدة الإنسانية والمساعدة الغوثية في حالات الكوارث التي تقدمها الأمم المتحدة"])],
                      title="التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي"),
        sponsors=["الاتحاد الروسي", "أرمينيا", "بيلاروس"],
        preamble=[
            para("إذ تشير إلى قراراتها 40/152 المؤرخ 16 كانون الأول/ديسمبر 1985 و 41/86 المؤرخ 4 كانون الأول/ديسمبر 1986،", FootnoteRef(n1.id)),
            para("وإذ تلاحظ مع الارتياح الأعمال (التي قامت بها الأمم المتحدة (انظر A/52/855 (الفقرة 3))) في هذا المجال منذ عام 2015،"),
            para("وإذ تؤكد من جديد أهمية التعاون الدولي لتحقيق الأهداف المشتركة للدول الأعضاء،", FootnoteRef(n2.id)),
        ],
        operative=[
            para(f"يطلب إلى الدول الأعضاء أن تواصل دعم المنظمة في الفترة {2015 + i}–{2020 + i} وفقا للوثيقة A/{70 + i}/L.{i + 1} "
                 f"(الفقرة {i + 2})، وأن تكفل لها الإمكانيات اللازمة للاضطلاع بولايتها؛")
            for i in range(14)
        ] + [
            para("تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند المعنون ”التعاون بين الأمم المتحدة والمنظمات الإقليمية“؛"),
            para("تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار إلى الجمعية العامة في دورتها الحادية والثمانين:",
                 children=[para("عن التقدم المحرز في تنفيذ الاتفاق؛"), para("وعن الأنشطة التي تضطلع بها المنظمة لإحلال السلام.")]),
        ],
        footnotes=[n1, n2],
    )


def test_arabic_draft_comes_back_from_its_pdf(tmp_path):
    draft = arabic_draft()
    back = round_trip(draft, tmp_path)
    assert len(back.operative) == 16 and len(back.operative[-1].children) == 2
    assert body(back) == body(draft)
    assert back.unplaced == []
    meta = back.meta
    assert (meta.symbol, meta.session, meta.title, meta.agenda, meta.date, meta.job_number) == (
        "A/80/L.5", 80, draft.meta.title, draft.meta.agenda, "2025-11-03", "25-17846")
    assert back.sponsors == draft.sponsors


@pytest.mark.parametrize("language", ["ar", "ru", "zh"])
def test_generated_drafts_come_back_from_their_pdf(language):
    """Short generated drafts (test_import_pdf_like.local_drafts: one-line paragraphs,
    footnotes, subparagraphs): a short Arabic draft's masthead outweighs its body, and
    each of its one-line paragraphs opens without a capital."""
    import tempfile

    from hypothesis import HealthCheck, given, settings

    from test_import_pdf_like import local_drafts

    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(local_drafts(language))
    def check(draft):
        with tempfile.TemporaryDirectory() as folder:
            back = round_trip(with_masthead(draft), Path(folder))
        assert body(back) == body(draft)

    check()


def test_arabic_resolution_keeps_its_adoption_lines(tmp_path):
    """An adopted resolution in Arabic: the adoption line, the bracket line with a Latin
    symbol inside, the number and the closing meeting lines come back."""
    from draftapp.model import Adoption

    draft = arabic_draft()
    draft.meta.kind, draft.meta.distribution, draft.meta.symbol = "resolution", "General", "A/RES/80/2"
    draft.meta.adoption = Adoption("قرار اتخذته الجمعية العامة في 14 تشرين الأول/أكتوبر 2025",
                                   "[دون إحالة إلى لجنة رئيسية (A/80/L.5)]", "80/2",
                                   "الجلسة العامة 18\n14 تشرين الأول/أكتوبر 2025")
    back = round_trip(draft, tmp_path)
    assert body(back) == body(draft)
    assert back.meta.adoption == draft.meta.adoption
    assert (back.meta.kind, back.meta.symbol) == ("resolution", "A/RES/80/2")
