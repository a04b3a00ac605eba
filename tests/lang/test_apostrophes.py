"""UN French writes the typographic apostrophe ("L’Assemblée générale", "Point 74 de
l’ordre du jour"); Draftapp writes it so, and still reads the straight one that keyboards,
web copies and files written before give."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from draftapp.io.docx import export_docx
from draftapp.io.pdftext import read_pdf_text
from draftapp.io.text import read_text, write_text
from draftapp.lang import apostrophes, get_language
from draftapp.model import AgendaItem
from draftapp.templating import NewDraftRequest, new_draft

STRAIGHT = """<!-- draftapp
language: fr
-->
## Quatre-vingtième session

Point 74 de l'ordre du jour

France : projet de résolution

### Coopération entre l'Organisation des Nations Unies et les organisations régionales

*L'Assemblée générale*,

*Rappelant* sa résolution 79/12,

1. *Décide* de poursuivre l'examen de la question à sa quatre-vingt-unième session.
"""


def test_french_organ_and_agenda_lines_are_typographic():
    fr = get_language("fr")
    assert fr.organ_line("ga") == "*L’Assemblée générale*,"
    assert fr.agenda_line(["74"]) == "Point 74 de l’ordre du jour"
    assert "'" not in fr.organ_line("hrc")


def test_a_new_french_draft_exports_with_the_typographic_apostrophe(tmp_path):
    draft = new_draft(NewDraftRequest(organ="ga", language="fr", session=80, agenda=[AgendaItem("74", ["Culture de paix"])],
                                      title="Culture de paix", sponsors=["France"]))
    out = tmp_path / "fr.docx"
    export_docx(draft, out)
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "L’Assemblée générale," in body
    assert "d’inscrire à l’ordre du jour" in body
    assert "L'Assemblée" not in body and "l'ordre" not in body


def test_straight_apostrophes_still_read_as_the_masthead():
    draft = read_text(STRAIGHT)
    assert draft.meta.organ == "ga"
    assert [a.number for a in draft.meta.agenda] == ["74"]
    assert draft.meta.organ_line == ""  # the organ's own line, so the export writes it right
    assert draft.sponsors == ["France"]
    written = write_text(draft)
    assert "*L’Assemblée générale*," in written and "Point 74 de l’ordre du jour" in written
    assert read_text(written).meta == draft.meta


def test_a_pdf_copy_with_straight_apostrophes_finds_its_agenda_and_organ():
    copy = STRAIGHT.split("-->\n", 1)[1].replace("*", "").replace("## ", "").replace("### ", "")
    draft = read_pdf_text(copy)
    assert [a.number for a in draft.meta.agenda] == ["74"]
    assert len(draft.preamble) == 1 and len(draft.operative) == 1


def test_pattern_matches_either_apostrophe():
    rx = re.compile(apostrophes.pattern("de l’ordre du jour"))
    assert rx.fullmatch("de l'ordre du jour") and rx.fullmatch("de l’ordre du jour")
    assert apostrophes.fold("L’Assemblée") == "L'Assemblée"
