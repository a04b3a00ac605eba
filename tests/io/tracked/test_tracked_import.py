"""A DOCX with tracked changes is read as changes: the accepted text is the draft, the
rejected text its base, who and when are kept; nothing a reviewer deleted is dropped."""

from __future__ import annotations

import zipfile

from tests.io.tracked import libreoffice
from tests.io.tracked.drafts import FIXTURES, without_embedded_draft

from draftapp.cli import main
from draftapp.compare import changes, compare
from draftapp.io import native
from draftapp.io.docx import export_docx
from draftapp.io.docx.revisions_in import has_revisions, revisions
from draftapp.io.docx.tracked import export_tracked_docx
from draftapp.io.formats import read_draft


def texts(draft):
    return ([p.text for p in draft.paragraphs()], [f.text for f in draft.footnotes])


def test_our_tracked_export_read_by_structure_gives_both_texts(tmp_path):
    base, new = read_draft(FIXTURES / "csto-draft-zh.md"), read_draft(FIXTURES / "compare" / "csto-edited-zh.md")
    tracked = tmp_path / "t.docx"
    export_tracked_docx(new, base, tracked, author="Kazakhstan", date="2026-03-04T12:00:00Z")
    foreign = without_embedded_draft(tracked, tmp_path / "foreign.docx")
    draft = read_draft(foreign)
    assert texts(draft) == texts(new)
    assert texts(draft.base.draft) == texts(base)  # the deleted paragraph 9 is there, not dropped
    assert draft.base.source == "foreign.docx without its tracked changes (by Kazakhstan)"
    assert draft.base.date == "2026-03-04T12:00:00Z"
    # Compare shows the same changes as between the two source texts
    as_read = [c.describe() for c in changes(compare(draft.base.draft, draft)) if c.kind != "meta"]
    assert as_read == [c.describe() for c in changes(compare(base, new)) if c.kind != "meta"]


def test_who_and_when_of_each_change(tmp_path):
    base, new = read_draft(FIXTURES / "csto-draft-zh.md"), read_draft(FIXTURES / "compare" / "csto-edited-zh.md")
    tracked = tmp_path / "t.docx"
    export_tracked_docx(new, base, tracked, author="Kazakhstan", date="2026-03-04T12:00:00Z")
    with zipfile.ZipFile(tracked) as z:
        from lxml import etree

        root = etree.fromstring(z.read("word/document.xml"))
    found = revisions(root)
    assert has_revisions(root)
    assert {(r.author, r.date) for r in found} == {("Kazakhstan", "2026-03-04T12:00:00Z")}
    assert any(r.kind == "del" and r.text == "鼓励" for r in found)
    assert any(r.kind == "ins" and r.text == "促请" for r in found)
    assert any(r.kind == "paragraph-del" for r in found) and any(r.kind == "moveFrom" for r in found)


def test_a_docx_edited_with_tracking_in_libreoffice(tmp_path, lo_profile):
    """Revisions another program wrote: LibreOffice edits our clean export with change
    tracking on; reading it keeps the deleted words in the base."""
    original = read_draft(FIXTURES / "csto-draft-zh.md")
    clean = tmp_path / "clean.docx"
    export_docx(original, clean)
    edited = libreoffice.edit_tracked(lo_profile, clean, tmp_path / "edited.docx", [
        ("鼓励两组织", "促请两组织"),
        ("，并鼓励双方在信息交流等方面保持合作", ""),
    ])
    draft = read_draft(edited)
    assert draft.base is not None and "edited.docx without its tracked changes" in draft.base.source
    assert texts(draft.base.draft) == texts(original)
    found = [c.describe() for c in changes(compare(draft.base.draft, draft)) if c.kind != "meta"]
    assert found == ["OP3: “，并鼓励双方在信息交流等方面保持合作” deleted", "OP7: “鼓励” → “促请”"]


def test_convert_keeps_the_changes_or_accepts_them(tmp_path):
    base, new = read_draft(FIXTURES / "csto-draft-zh.md"), read_draft(FIXTURES / "compare" / "csto-edited-zh.md")
    tracked = tmp_path / "t.docx"
    export_tracked_docx(new, base, tracked)
    foreign = without_embedded_draft(tracked, tmp_path / "foreign.docx")
    kept, accepted = tmp_path / "kept.draft", tmp_path / "accepted.draft"
    assert main(["convert", str(foreign), str(kept)]) == 0
    assert main(["convert", str(foreign), str(accepted), "--accept-changes"]) == 0
    kept_draft, accepted_draft = native.load(kept), native.load(accepted)
    assert texts(kept_draft.base.draft) == texts(base) and texts(kept_draft) == texts(new)
    assert accepted_draft.base is None and texts(accepted_draft) == texts(new)


def test_nested_revisions_and_formatting_changes():
    """Word nests a deletion inside an insertion when a reviewer deletes words another
    inserted; a formatting change keeps the old properties in w:rPrChange."""
    from lxml import etree

    from draftapp.io.docx.revisions_in import accepted, rejected

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f"""<w:body xmlns:w="{w}">
      <w:p><w:r><w:t xml:space="preserve">Keep </w:t></w:r>
        <w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">added </w:t></w:r>
          <w:del w:id="2" w:author="B" w:date="2026-01-02T00:00:00Z"><w:r><w:delText xml:space="preserve">added-then-gone </w:delText></w:r></w:del></w:ins>
        <w:r><w:rPr><w:i/><w:rPrChange w:id="3" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>words</w:t></w:r></w:p>
      <w:p><w:pPr><w:rPr><w:del w:id="4" w:author="A"/></w:rPr></w:pPr><w:del w:id="5" w:author="A"><w:r><w:delText>Gone paragraph</w:delText></w:r></w:del></w:p>
      <w:p><w:r><w:t>Last</w:t></w:r></w:p>
    </w:body>"""
    root = etree.fromstring(xml)

    def paragraphs(body):
        return ["".join(t.text or "" for t in p.iter(f"{{{w}}}t")) for p in body.iter(f"{{{w}}}p")]

    def italic(body):
        return [r.find(f"{{{w}}}rPr/{{{w}}}i") is not None for r in body.iter(f"{{{w}}}r") if r.findtext(f"{{{w}}}t") == "words"]

    assert paragraphs(accepted(root)) == ["Keep added words", "Last"]
    assert paragraphs(rejected(root)) == ["Keep words", "Gone paragraph", "Last"]
    assert italic(accepted(root)) == [True] and italic(rejected(root)) == [False]
    assert paragraphs(root)[0] == "Keep added words"  # the original is left as it was


def test_diff_of_a_word_document_with_tracked_changes(tmp_path, capsys):
    """`draftapp diff FILE.docx` lists a Word document's tracked changes structurally."""
    base, new = read_draft(FIXTURES / "csto-draft-zh.md"), read_draft(FIXTURES / "compare" / "csto-edited-zh.md")
    tracked = tmp_path / "t.docx"
    export_tracked_docx(new, base, tracked)
    foreign = without_embedded_draft(tracked, tmp_path / "from-word.docx")
    assert main(["diff", str(foreign)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[:3] == ["PP3 bis inserted after PP3", "OP6 moved before OP4", "OP5: “还” inserted"]
    assert "OP9 deleted" in printed
