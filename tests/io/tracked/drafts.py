"""Drafts and their bases for the tracked-changes tests."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from draftapp.io.carryover import carry_over
from draftapp.io.formats import read_draft
from draftapp.model import (
    AddFootnote,
    DeleteParagraph,
    EditText,
    Footnote,
    FootnoteRef,
    InsertParagraph,
    MoveParagraph,
    Paragraph,
    RemoveFootnote,
    Text,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def edited_carry_over():
    """Next year's draft from A/RES/80/6 (the resolution is its base), edited the way a
    delegation edits: words changed, a paragraph inserted with a new footnote, one
    deleted (with the footnote only it cites), one moved, and a footnote's text changed."""
    draft = carry_over(read_draft(FIXTURES / "texts" / "A_RES_80_6_en.txt"), source="A_RES_80_6_en.txt")
    op = draft.operative
    EditText(op[1].id, [Text("Further welcomes" + op[1].text[len("Also welcomes"):])]).apply(draft)
    inserted = Paragraph.of("Stresses the importance of the universality of the Rome Statute,")
    InsertParagraph("preamble", 4, inserted).apply(draft)
    AddFootnote(inserted.id, len(inserted.text) - 1, Footnote.of("A/80/999.")).apply(draft)
    # OP3 goes, and with it the footnote only it cites (the Agreement on Privileges and Immunities)
    only_here = [r.footnote_id for r in op[2].runs if isinstance(r, FootnoteRef)]
    DeleteParagraph(op[2].id).apply(draft)
    for fid in only_here:
        if not any(isinstance(r, FootnoteRef) and r.footnote_id == fid for p in draft.paragraphs() for r in p.runs):
            RemoveFootnote(fid).apply(draft)
    MoveParagraph(op[8].id, "operative", 4).apply(draft)
    note = draft.footnotes[0]
    EditText(note.id, [Text(note.text.replace("vol. 2187", "vol. 2187 and vol. 2200"))]).apply(draft)
    return draft


def without_embedded_draft(src: Path, dst: Path) -> Path:
    """The document as another program would have it: no embedded draft to fall back on."""
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for item in a.infolist():
            if item.filename.startswith("customXml/"):
                continue
            data = a.read(item.filename)
            if item.filename.endswith(".rels") or item.filename == "[Content_Types].xml":
                data = re.sub(rb"<(Relationship|Override) [^>]*customXml[^>]*/>", b"", data)
            b.writestr(item, data)
    return dst


def repeated_citations():
    """Footnotes cited more than once, whose first citation goes or comes: PP1 (the first
    of footnote 1's two citations) deleted; a new first paragraph citing footnote 5 ahead
    of its two old citations."""
    from draftapp.model import CiteFootnote, DeleteParagraph, InsertParagraph, Paragraph, citations, snapshot

    base = read_draft(FIXTURES / "csto-draft-zh.md")
    new = snapshot(base)
    cited = citations(new)
    fn1 = next(fid for fid, where in cited.items() if where and where[0] == new.preamble[0].id)
    fn5 = next(fid for fid, where in cited.items() if len(where) == 2 and where[0] != new.preamble[0].id)
    assert len(cited[fn1]) == 2
    DeleteParagraph(new.preamble[0].id).apply(new)
    first = Paragraph.of("铭记该战略，")
    InsertParagraph("preamble", 0, first).apply(new)
    CiteFootnote(first.id, len(first.text) - 1, fn5).apply(new)
    return base, new
