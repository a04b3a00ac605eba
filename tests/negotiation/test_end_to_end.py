"""A negotiation from start to tabling, as a facilitator runs it: A/RES/80/6 as the base
of a new draft; three delegations send Word files (two with tracked changes, one
edited without); the files are merged into a compilation with each proposal
attributed; statuses are set; Rev.1 goes out with tracked changes against the issued
draft; a delegation's amendment to two paragraphs is written. Each step is checked."""

import copy
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from draftapp.io.carryover import carry_over
from draftapp.io.docx import export_docx
from draftapp.io.docx.tracked import export_tracked_docx
from draftapp.io.formats import read_draft, write_draft
from draftapp.model import Paragraph, Text
from draftapp.model.negotiation import AGREED, AD_REF, DELETION, EDIT, NEW, SetStatus, AddComment, Comment, accept, counts
from draftapp.model.versions import Base, snapshot
from draftapp.negotiation.compilation import compilation_text
from draftapp.negotiation.labels import proposal_labels

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "draftapp.cli"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cli(*args):
    done = subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def reword(p: Paragraph, old: str, new: str) -> None:
    p.runs = [Text(r.text.replace(old, new), r.italic, r.bold) if isinstance(r, Text) else r for r in p.runs]


@pytest.fixture
def issued(tmp_path):
    """The zero draft, made from last year's resolution and issued as A/81/L.9."""
    resolution = read_draft(ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt")
    draft = carry_over(resolution, "A/RES/80/6")
    assert draft.base is not None and draft.base.source.endswith("A/RES/80/6")
    draft.meta.symbol = "A/81/L.9"
    draft.base = Base(snapshot(draft), source="A/81/L.9")  # the issued draft is what Rev.1 answers
    path = tmp_path / "L9.draft"
    write_draft(draft, path)
    return path


def test_from_zero_draft_to_rev1_and_an_amendment(issued, tmp_path):
    draft = read_draft(issued)
    op5 = draft.operative[4]
    # Spain: OP5 reworded, with Word tracked changes
    spain = copy.deepcopy(draft)
    reword(spain.operative[4], "Underlines", "Strongly underlines")
    export_tracked_docx(spain, draft, tmp_path / "spain.docx", author="Spain")
    # Mexico: the same change to OP5, and a new paragraph after OP2, tracked
    mexico = copy.deepcopy(spain)
    mexico.operative.insert(2, Paragraph.of("Calls upon all States to cooperate fully with the Court;"))
    export_tracked_docx(mexico, draft, tmp_path / "mexico.docx", author="Mexico")
    # Egypt, for the Group of Arab States: OP9 deleted, edited without tracking
    egypt = copy.deepcopy(draft)
    gone = egypt.operative.pop(8)
    export_docx(egypt, tmp_path / "egypt.docx")

    out = cli("merge", issued, tmp_path / "spain.docx", tmp_path / "mexico.docx", "-o", tmp_path / "compilation.draft")
    assert "spain.docx: 1 proposal(s) by Spain" in out and "mexico.docx: 2 proposal(s) by Mexico" in out
    # a file without tracked changes: whose proposals are they? the user says
    failed = subprocess.run(CLI + ["merge", str(tmp_path / "compilation.draft"), str(tmp_path / "egypt.docx"),
                                   "-o", str(tmp_path / "x.draft")], capture_output=True, text=True)
    assert failed.returncode == 2 and "--as" in failed.stderr
    cli("merge", tmp_path / "compilation.draft", tmp_path / "egypt.docx", "--as", "Egypt",
        "--on-behalf-of", "the Group of Arab States", "-o", tmp_path / "compilation.draft")

    compilation = read_draft(tmp_path / "compilation.draft")
    n = compilation.negotiation
    by_kind = {(q.kind, compilation.find(q.target).text[:30] if q.target else None): q for q in n.proposals}
    edit = next(q for q in n.proposals if q.kind == EDIT)
    assert edit.target == op5.id and edit.delegations == ["Spain", "Mexico"]  # one proposal, two names
    new = next(q for q in n.proposals if q.kind == NEW)
    assert new.delegations == ["Mexico"] and new.target == draft.operative[1].id
    deletion = next(q for q in n.proposals if q.kind == DELETION)
    assert deletion.delegations == ["Egypt"] and deletion.on_behalf_of == "the Group of Arab States"
    assert compilation.find(deletion.target).text == gone.text
    assert len(by_kind) == 3
    labels = proposal_labels(compilation)
    assert labels[new.id] == "OP2 bis" and labels[edit.id] == "OP5 (amended)" and labels[deletion.id] == "OP9 (deletion)"

    # statuses and a comment; the counts a facilitator sees
    for p in compilation.operative[:4]:
        SetStatus(p.id, AGREED, "Facilitator", "2026-11-20").apply(compilation)
    SetStatus(compilation.operative[4].id, AD_REF, "Facilitator", "2026-11-20").apply(compilation)
    AddComment(compilation.operative[8].id, Comment("Facilitator", "Egypt to consult the Group", "2026-11-20")).apply(compilation)
    assert counts(compilation, "operative")["agreed"] == 4 and counts(compilation, "operative")["agreed-ad-ref"] == 1
    write_draft(compilation, tmp_path / "compilation.draft")

    # the compilation text: proposals under their paragraphs, proposers, bold additions
    cli("export", tmp_path / "compilation.draft", "--compilation", "-o", tmp_path / "compilation.md")
    text = (tmp_path / "compilation.md").read_text(encoding="utf-8")
    assert "> **OP5 (amended)** (Spain, Mexico): **Strongly underlines**~~Underlines~~" in text.replace("~~Underlines~~**Strongly underlines**", "**Strongly underlines**~~Underlines~~")
    assert "> **OP9 (deletion)** (Egypt on behalf of the Group of Arab States): ~~" in text
    assert "**OP1** [agreed]" in text and "**OP5** [agreed ad ref]" in text
    cli("export", tmp_path / "compilation.draft", "--compilation", "-o", tmp_path / "compilation.docx")
    word = docx.Document(str(tmp_path / "compilation.docx"))
    struck = [r.text for p in word.paragraphs for r in p.runs if r.font.strike]
    bold_added = [r.text for p in word.paragraphs if p.text.startswith("OP5 (amended)") for r in p.runs if r.bold]
    assert struck and "Strongly" in " ".join(bold_added)
    with zipfile.ZipFile(tmp_path / "compilation.docx") as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
    assert [c.get(f"{W}author") for c in comments.iter(f"{W}comment")] == ["Facilitator"]

    # the facilitator accepts Spain and Mexico's OP5 and Mexico's new paragraph: Rev.1
    compilation = read_draft(tmp_path / "compilation.draft")
    for q in [q for q in compilation.negotiation.proposals if q.kind in (EDIT, NEW)]:
        accept(compilation, q.id).apply(compilation)
    write_draft(compilation, tmp_path / "compilation.draft")
    cli("export", tmp_path / "compilation.draft", "--revision", "1", "-o", tmp_path / "rev1.docx", "--author", "Facilitator")
    with zipfile.ZipFile(tmp_path / "rev1.docx") as z:
        body = etree.fromstring(z.read("word/document.xml"))
        headers = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/header"))
    inserted = "".join(t.text for ins in body.iter(f"{W}ins") for t in ins.iter(f"{W}t"))
    assert "Strongly" in inserted and "Calls upon all States" in inserted
    assert {i.get(f"{W}author") for i in body.iter(f"{W}ins")} == {"Facilitator"}
    assert b"A/81/L.9/Rev.1" in headers

    # a delegation's amendment to the tabled Rev.1: two paragraphs
    tabled = read_draft(tmp_path / "compilation.draft")
    tabled.negotiation = None
    proposed = copy.deepcopy(tabled)
    reword(proposed.operative[0], "Welcomes", "Takes note of")
    del proposed.operative[6]
    write_draft(tabled, tmp_path / "tabled.draft")
    write_draft(proposed, tmp_path / "proposed.draft")
    cli("amendment", tmp_path / "tabled.draft", tmp_path / "proposed.draft", "-o", tmp_path / "amendment.md", "--sponsor", "Belarus")
    amendment = (tmp_path / "amendment.md").read_text(encoding="utf-8")
    assert amendment.startswith("Belarus: amendment to draft resolution A/81/L.9\n")
    assert "In operative paragraph 1, replace the words “Welcomes” with the words “Takes note of”;" in amendment
    assert "Delete operative paragraph 7." in amendment
