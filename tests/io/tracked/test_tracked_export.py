"""Export with Word tracked changes against the base: real revisions, and LibreOffice's
Accept all / Reject all give exactly the new draft's and the base's texts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.io.tracked import libreoffice
from tests.io.tracked.drafts import FIXTURES, edited_carry_over, repeated_citations
from draftapp.cli import main
from draftapp.io import native
from draftapp.io.docx import export_docx
from draftapp.io.docx.tracked import export_tracked_docx
from draftapp.io.formats import read_draft
from draftapp.lang import get_language

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REVISIONS = ("ins", "del", "moveFrom", "moveTo")


def xml(path: Path, part: str = "word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def csto_pair():
    return read_draft(FIXTURES / "csto-draft-zh.md"), read_draft(FIXTURES / "compare" / "csto-edited-zh.md")


def body(paragraphs: list[str], draft) -> list[str]:
    """The paragraphs from the organ line to the end, without the meeting lines of an
    adopted text: the masthead and the adoption lines are the document's own (the new
    draft's), not tracked."""
    organ = get_language(draft.language).organ_line(draft.meta.organ).replace("*", "")
    start = next(i for i, t in enumerate(paragraphs) if t.strip() == organ)
    meeting = set(draft.meta.adoption.meeting_line.splitlines()) if draft.meta.adoption else set()
    return [t for t in paragraphs[start:] if t.strip() not in meeting]


def numbered_notes(notes: list[str]) -> list[str]:
    return [n for n in notes if not n.lstrip().startswith("*")]  # the masthead's "*" notes are the new draft's


# --- the OOXML ---------------------------------------------------------------------------
def test_revisions_carry_author_date_and_unique_ids(tmp_path):
    base, new = csto_pair()
    out = tmp_path / "t.docx"
    export_tracked_docx(new, base, out, date="2026-03-01T10:00:00Z")
    root = xml(out)
    marks = [el for tag in REVISIONS for el in root.iter(W + tag)]
    assert {etree.QName(el).localname for el in marks} == set(REVISIONS)
    for el in marks:
        assert el.get(W + "author") == new.sponsors[0] == "亚美尼亚"  # the first sponsor's delegation
        assert el.get(W + "date") == "2026-03-01T10:00:00Z"
    ids = [el.get(W + "id") for el in marks] + [el.get(W + "id") for el in root.iter(W + "moveFromRangeStart", W + "moveToRangeStart")]
    assert len(ids) == len(set(ids))
    # no deleted text left as w:t, no inserted text as delText
    for d in root.iter(W + "del"):
        assert not list(d.iter(W + "t"))
    for i in root.iter(W + "ins"):
        assert not list(i.iter(W + "delText"))


def test_paragraph_marks_moves_and_numbers_are_revised(tmp_path):
    base, new = csto_pair()
    out = tmp_path / "t.docx"
    export_tracked_docx(new, base, out, author="Armenia")
    root = xml(out)
    paragraphs = list(root.iter(W + "p"))

    def mark(p):
        rpr = p.find(f"{W}pPr/{W}rPr")
        return None if rpr is None else next((etree.QName(c).localname for c in rpr if etree.QName(c).localname in REVISIONS), None)

    def text(p):
        return "".join(t.text or "" for t in p.iter(W + "t", W + "delText"))

    inserted = [text(p) for p in paragraphs if mark(p) == "ins"]
    deleted = [text(p) for p in paragraphs if mark(p) == "del"]
    assert inserted == ["强调区域组织在预防冲突和建设和平方面的作用，"]
    assert len(deleted) == 1 and deleted[0].startswith("9.决定将题为")
    move_from = [p for p in paragraphs if mark(p) == "moveFrom"]
    move_to = [p for p in paragraphs if mark(p) == "moveTo"]
    assert len(move_from) == len(move_to) == 1
    assert text(move_from[0]) == "6.邀请联合国系统各专门机构和方案同集体安全条约组织加强合作和协调，并在双方共同感兴趣的领域建立直接接触；"
    assert text(move_to[0]) == "4." + text(move_from[0])[2:]
    name_from = move_from[0].find(W + "moveFromRangeStart").get(W + "name")
    assert name_from == move_to[0].find(W + "moveToRangeStart").get(W + "name")
    # the old number 4 became 5: "4." deleted, "5." inserted, in the same paragraph
    renumbered = next(p for p in paragraphs if text(p).startswith("4.5.邀请联合国秘书长"))
    assert [d.findtext(f"{W}r/{W}delText") for d in renumbered.iter(W + "del")] == ["4."]
    assert [i.findtext(f"{W}r/{W}t") for i in renumbered.iter(W + "ins")] == ["5."]
    assert all(el.get(W + "author") == "Armenia" for el in root.iter(W + "ins"))
    # the footnote whose text changed has its words revised in footnotes.xml
    notes = xml(out, "word/footnotes.xml")
    assert [i.findtext(f"{W}r/{W}t") for i in notes.iter(W + "ins")] == ["；另见 S/PRST/2014/5"]


def test_the_export_carries_the_new_draft_with_the_base_as_its_base(tmp_path):
    base, new = csto_pair()
    out = tmp_path / "t.docx"
    export_tracked_docx(new, base, out, base_source="csto-draft-zh.md")
    again = read_draft(out)
    assert again == new and again.base.draft == base and again.base.source == "csto-draft-zh.md"
    assert new.base is None  # the draft given is left as it was


# --- LibreOffice: accept all, reject all ----------------------------------------------------
def _accept_reject(tmp_path, profile, new, base):
    tracked, clean_new, clean_base = tmp_path / "tracked.docx", tmp_path / "new.docx", tmp_path / "base.docx"
    export_tracked_docx(new, base, tracked)
    export_docx(new, clean_new)
    export_docx(base, clean_base)
    run = lambda src, mode: libreoffice.texts(libreoffice.revisions(profile, src, tmp_path / f"{src.stem}-{mode}.docx", mode))  # noqa: E731
    accepted, rejected = run(tracked, "accept"), run(tracked, "reject")
    expected_new, expected_base = run(clean_new, "none"), run(clean_base, "none")
    shown = run(tracked, "none")
    return accepted, rejected, expected_new, expected_base, shown


@pytest.mark.parametrize("case", ["csto", "carry-over", "L.9-vs-A_RES_80_6", "levels", "repeated-citations"])
def test_accept_all_gives_the_new_draft_and_reject_all_the_base(tmp_path, lo_profile, case):
    if case == "csto":
        base, new = csto_pair()
    elif case == "carry-over":
        new = edited_carry_over()
        base = new.base.draft
    elif case == "repeated-citations":
        base, new = repeated_citations()
    elif case == "levels":  # subparagraphs made and unmade, a paragraph moved into the preamble
        from draftapp.model import Indent, MoveParagraph, snapshot

        base = read_draft(FIXTURES / "csto-draft-zh.md")
        new = snapshot(base)
        Indent(new.operative[3].id).apply(new)
        Indent(new.operative[3].id).apply(new)
        MoveParagraph(new.operative[0].id, "preamble", len(new.preamble)).apply(new)
    else:
        base = read_draft(FIXTURES / "texts" / "A_80_L.9_en.txt")
        new = read_draft(FIXTURES / "texts" / "A_RES_80_6_en.txt")
    accepted, rejected, expected_new, expected_base, shown = _accept_reject(tmp_path, lo_profile, new, base)
    assert body(accepted[0], new) == body(expected_new[0], new)
    assert body(rejected[0], new) == body(expected_base[0], base)
    assert body(accepted[0], new) != body(rejected[0], new)
    assert numbered_notes(accepted[1]) == numbered_notes(expected_new[1])
    assert numbered_notes(rejected[1]) == numbered_notes(expected_base[1])
    # and before either, LibreOffice keeps the changes as changes
    assert any("<del>" in t for t in shown[0])


def test_the_carried_over_case_has_every_kind_of_change(tmp_path):
    """The edits of `edited_carry_over` are what the export shows: inserted and deleted
    paragraphs and footnotes, a move, changed words, a changed footnote, new numbers."""
    from draftapp.compare import changes, compare

    new = edited_carry_over()
    kinds = {(c.kind, c.action) for c in changes(compare(new.base.draft, new))}
    assert {("insert", ""), ("delete", ""), ("move", ""), ("edit", ""), ("footnote", "insert"), ("footnote", "edit"),
            ("footnote", "delete")} <= kinds


# --- the command ------------------------------------------------------------------------------
def test_cli_export_with_changes_against_a_file_and_the_drafts_own_base(tmp_path, capsys):
    base_path = FIXTURES / "csto-draft-zh.md"
    new_path = FIXTURES / "compare" / "csto-edited-zh.md"
    out = tmp_path / "a.docx"
    assert main(["export", str(new_path), "-o", str(out), "--changes-against", str(base_path), "--author", "Kazakhstan"]) == 0
    root = xml(out)
    assert {el.get(W + "author") for el in root.iter(W + "ins")} == {"Kazakhstan"}
    # a draft with its own base: --changes-against base
    draft = edited_carry_over()
    path = tmp_path / "d.draft"
    native.save(draft, path)
    out2 = tmp_path / "b.docx"
    assert main(["export", str(path), "-o", str(out2), "--changes-against", "base"]) == 0
    root = xml(out2)
    assert len(list(root.iter(W + "moveTo"))) >= 1 and len(list(root.iter(W + "del"))) >= 1
    # no base: a clear message
    assert main(["export", str(new_path), "-o", str(tmp_path / "c.docx"), "--changes-against", "base"]) == 2
    assert "has no base" in capsys.readouterr().err


def test_a_paragraph_that_changed_level_keeps_its_old_layout_as_a_change(tmp_path):
    from draftapp.model import Indent, snapshot
    from openxml_audit import OpenXmlValidator

    base = read_draft(FIXTURES / "csto-draft-zh.md")
    new = snapshot(base)
    Indent(new.operative[3].id).apply(new)  # OP4 becomes OP3 (a)
    out = tmp_path / "t.docx"
    export_tracked_docx(new, base, out)
    root = xml(out)
    changed = [p for p in root.iter(W + "p") if p.find(f"{W}pPr/{W}pPrChange") is not None]
    assert len(changed) == 1
    old_ind = changed[0].find(f"{W}pPr/{W}pPrChange/{W}pPr/{W}ind")
    new_ind = changed[0].find(f"{W}pPr/{W}ind")
    assert old_ind is not None and old_ind.get(W + "firstLine") != new_ind.get(W + "firstLine")
    # the number: "4." deleted, "(a)" inserted
    assert [d.findtext(f"{W}r/{W}delText") for d in changed[0].iter(W + "del")] == ["4."]
    assert OpenXmlValidator().validate(str(out)).is_valid
