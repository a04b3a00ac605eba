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
    InsertParagraph,
    MoveParagraph,
    Paragraph,
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
    DeleteParagraph(op[2].id).apply(draft)  # cites footnote 4 (A/80/342) … and only it? see the test
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
