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
