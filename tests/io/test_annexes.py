"""Annexes: numbered in their own sequence, footnotes numbered through them, kept in
.draft (optional "annexes" key), in the text dialect ("# Annex" sections) and exported
in the official DOCX form."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from draftapp.io import native
from draftapp.io.docx.writer import export_docx
from draftapp.io.formats import read_draft
from draftapp.io.text import read_text, write_text
from draftapp.model import Annex, Draft, Footnote, FootnoteRef, Paragraph, Text, annex_numbers, footnote_numbers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def sample() -> Draft:
    n1, n2, n3 = Footnote.of("Resolution 70/1."), Footnote.of("Resolution 69/313, annex."), Footnote.of("A/80/1.")
    intro = Paragraph(runs=[Text("We, Heads of State and Government, have gathered in Doha."), FootnoteRef(n2.id)])
    first = Paragraph(runs=[Text("We reaffirm the Copenhagen Declaration;"), FootnoteRef(n3.id)])
    heading = Paragraph.of("A call to action", heading=True)
    second = Paragraph.of("We commit to:", Paragraph.of("Taking effective measures;"),
                          Paragraph.of("Reinforcing cooperation", Paragraph.of("at all levels;")))
    annex = Annex("Annex", "Doha Political Declaration", [intro, first, heading, second], {intro.id})
    return Draft(
        language="en",
        preamble=[Paragraph(runs=[Text("Recalling", True), Text(" the 2030 Agenda,"), FootnoteRef(n1.id)])],
        operative=[Paragraph(runs=[Text("Adopts", True), Text(" the Declaration annexed to the present resolution.")])],
        footnotes=[n1, n2, n3],
        annexes=[annex],
    )


def test_annex_numbers_its_own_paragraphs_and_footnotes_run_through_it():
    draft = sample()
    annex = draft.annexes[0]
    assert list(annex_numbers(annex).values()) == [1, 2]  # the intro and the heading take none
    numbers = footnote_numbers(draft)
    assert [numbers[f.id] for f in draft.footnotes] == [1, 2, 3]


def test_draft_file_keeps_annexes_and_old_files_still_load(tmp_path):
    draft = sample()
    native.save(draft, tmp_path / "a.draft")
    data = json.loads((tmp_path / "a.draft").read_text(encoding="utf-8"))
    assert data["draft"]["annexes"][0]["title"] == "Doha Political Declaration"
    again = native.load(tmp_path / "a.draft")
    assert again == draft and again.annexes[0].unnumbered == {again.annexes[0].paragraphs[0].id}
    del data["draft"]["annexes"]
    (tmp_path / "old.draft").write_text(json.dumps(data), encoding="utf-8")
    assert native.load(tmp_path / "old.draft").annexes == []
    # a draft without annexes writes no key: files of other drafts are unchanged
    assert "annexes" not in native.draft_to_json(Draft())["draft"]


def test_text_dialect_round_trip_with_annex():
    draft = sample()
    text = write_text(draft)
    assert "# Annex\n\n### Doha Political Declaration\n\n\\We, Heads of State" in text
    assert "1. We reaffirm the Copenhagen Declaration;<sup>3</sup>" in text
    assert "#### A call to action\n\n2. We commit to:\n\n(a) Taking effective measures;\n\n(b) Reinforcing cooperation\n\n(i) at all levels;" in text
    assert read_text(text) == draft


def test_docx_export_writes_the_annex_after_the_meeting_lines(tmp_path):
    draft = sample()
    assert not [w for w in export_docx(draft, tmp_path / "a.docx") if "footnote" in w]  # all cited, through the annex
    texts = [p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs]
    at = texts.index("Annex")
    assert texts[at + 1] == "Doha Political Declaration"
    assert texts[at + 2].startswith("We, Heads of State")
    assert texts[at + 3].startswith("1.\tWe reaffirm")
    assert texts[at + 4] == "A call to action"
    assert texts[at + 6].startswith("(a)\tTaking") and texts[at + 8].startswith("(i)\tat all levels")
    assert texts.index("Annex") > max(i for i, t in enumerate(texts) if "Adopts" in t)
    assert read_draft(tmp_path / "a.docx") == draft  # the embedded draft carries the annex


def test_imported_annex_survives_draft_text_and_docx(tmp_path):
    from draftapp.io.pdftext import read_pdf_text

    draft = read_pdf_text((FIXTURES / "texts" / "adopted-80" / "A_RES_80_5_en.txt").read_text(encoding="utf-8"))
    assert read_text(write_text(draft)) == draft
    native.save(draft, tmp_path / "r.draft")
    assert native.load(tmp_path / "r.draft") == draft
    export_docx(draft, tmp_path / "r.docx")
    assert read_draft(tmp_path / "r.docx") == draft


def test_show_and_check_know_the_annex():
    from draftapp.check import check_draft
    from draftapp.io.outline import outline_text
    from draftapp.io.pdftext import read_pdf_text

    draft = read_pdf_text((FIXTURES / "texts" / "adopted-80" / "A_RES_80_5_en.txt").read_text(encoding="utf-8"))
    text = outline_text(draft)
    assert "Annex: Doha Political Declaration" in text and "(44 numbered of 46 paragraphs)" in text
    assert "(cited in AN1.1)" in text  # footnote 1, cited in the annex's first paragraph
    # footnotes cited only in the annex are cited: no "cited nowhere" warning
    assert not [d for d in check_draft(draft) if d.rule == "footnotes.uncited"]
    numbers = footnote_numbers(draft)
    assert sorted(numbers.values()) == list(range(1, 16))
