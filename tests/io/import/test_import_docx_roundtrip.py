"""Property: any draft exported to the official DOCX imports back equal; with the embedded
draft stripped out, it still imports with the same structure (read from the document's
paragraphs, numbers, italics and Word footnotes)."""

from __future__ import annotations

import re
import string
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft
from draftapp.model import footnote_repeats
from draftapp.model import (
    AgendaItem,
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Text,
    footnote_numbers,
    merge_runs,
)

WORD = st.text(alphabet=string.ascii_lowercase + "éü’", min_size=1, max_size=8).filter(lambda w: w[0].isalpha())
WORDS = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
OPENINGS = {"preamble": ["Recalling", "Noting", "Recognizing", "Welcoming"],
            "operative": ["Decides", "Requests", "Invites", "Urges"]}


@st.composite
def runs(draw, notes, opening=None, end=";"):
    out = [Text(opening, italic=True), Text(" ")] if opening else []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["text", "text", "italic", "note"] if notes else ["text", "italic"]))
        if kind == "note":
            # a citation follows a word directly, as in every issued text
            if out and out[-1] == Text(" "):
                out.pop()
            if not out or isinstance(out[-1], FootnoteRef):
                out += [Text(" ")] if out else []
                out.append(Text(draw(WORDS)))
            out += [FootnoteRef(draw(st.sampled_from(notes)).id), Text(" ")]
        else:
            out += [Text(draw(WORDS), italic=kind == "italic"), Text(" ")]
    out.append(Text(draw(WORDS) + end))
    return out


@st.composite
def subparagraphs(draw, notes, depth):
    p = Paragraph(runs=draw(runs(notes)))
    if depth < 3:
        p.children = draw(st.lists(subparagraphs(notes, depth + 1), max_size=2))
    return p


@st.composite
def operative(draw, notes):
    items = []
    for i in range(draw(st.integers(1, 4))):
        if i and draw(st.integers(0, 5)) == 0:
            items.append(Paragraph.of(["I", "II", "III", "IV"][i - 1], heading=True))
        items.append(Paragraph(runs=draw(runs(notes, draw(st.sampled_from(OPENINGS["operative"])))),
                               children=draw(st.lists(subparagraphs(notes, 1), max_size=2))))
    return items


@st.composite
def drafts(draw, cross_references=True):
    notes = [Footnote(runs=[Text(draw(WORDS) + ".")]) for _ in range(draw(st.integers(0, 3)))]
    draft = Draft(
        language="en",
        meta=Metadata(
            session=draw(st.integers(60, 90)),
            agenda=[AgendaItem(str(draw(st.integers(1, 180))), [draw(WORDS).capitalize()])],
            symbol=f"A/80/L.{draw(st.integers(1, 99))}",
            date="2025-11-05",
            original_language="en",
            job_number="25-17846",
            title=draw(WORDS).capitalize(),
            sponsors_note=draw(st.booleans()),
        ),
        sponsors=draw(st.lists(st.sampled_from(["Armenia", "Belarus", "Bosnia and Herzegovina", "Zambia"]),
                               unique=True, min_size=1, max_size=3)),
        preamble=[Paragraph(runs=draw(runs(notes, draw(st.sampled_from(OPENINGS["preamble"])), ",")))
                  for _ in range(draw(st.integers(1, 3)))],
        operative=draw(operative(notes)),
        footnotes=notes,
    )
    for note in notes:  # every footnote cited, so the numbering is defined by the text
        draft.preamble[0].runs[-1:-1] = [Text(draw(WORDS)), FootnoteRef(note.id), Text(" ")]
    numbered = [p for p in draft.operative if not p.heading]
    numbered[-1].runs[-1].text = numbered[-1].runs[-1].text[:-1] + "."
    if cross_references and draw(st.booleans()):
        draft.operative[-1].runs[1:1] = [Text("recalling paragraph "), CrossRef(draw(st.sampled_from(numbered)).id), Text(" ")]
    return draft


def strip_embedded(src: Path, dst: Path) -> None:
    """Our DOCX without the embedded draft: the custom XML parts and their relationship."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename.startswith("customXml/"):
                continue
            data = zin.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = re.sub(rb"<Relationship [^>]*customXml[^>]*/>", b"", data)
            zout.writestr(info, data)


def structure(draft: Draft):
    """What "the same structure" means: the masthead facts, every paragraph's part, depth,
    heading flag, words, italics and citations (by footnote number), and the footnotes."""
    numbers = footnote_numbers(draft)

    def runs_of(p):
        return [(r.text, r.italic, r.bold) if isinstance(r, Text) else ("note", numbers.get(r.footnote_id))
                for r in merge_runs(p.runs)]

    def walk(items, part, depth):
        for p in items:
            yield part, depth, p.heading, runs_of(p)
            yield from walk(p.children, part, depth + 1)

    notes = sorted(((numbers.get(f.id), f.text) for f in draft.footnotes), key=lambda t: t[0] or 0)
    meta = draft.meta
    return (draft.language, draft.sponsors, meta.symbol, meta.session, meta.title, [a.number for a in meta.agenda],
            list(walk(draft.preamble, "preamble", 0)) + list(walk(draft.operative, "operative", 0)), notes)


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(drafts())
def test_exported_docx_imports_back_equal(draft):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.docx"
        export_docx(draft, path)
        assert read_draft(path) == draft


@SETTINGS
@given(drafts(cross_references=False))
def test_exported_docx_without_the_embedded_draft_keeps_its_structure(draft):
    with tempfile.TemporaryDirectory() as folder:
        path, stripped = Path(folder) / "draft.docx", Path(folder) / "stripped.docx"
        export_docx(draft, path)
        strip_embedded(path, stripped)
        with zipfile.ZipFile(stripped) as z:
            assert not any(name.startswith("customXml/") for name in z.namelist())
        # in the new-footnote style (the default) a footnote cited again prints as a new one
        assert structure(read_draft(stripped)) == structure(footnote_repeats.printed(draft))


def test_the_csto_draft_through_docx_with_and_without_the_embedded_draft(tmp_path):
    """The first example the app must handle: reference/csto-draft-zh.md (Chinese)."""
    csto = read_draft(Path(__file__).resolve().parents[2] / "fixtures" / "csto-draft-zh.md")
    path, stripped = tmp_path / "csto.docx", tmp_path / "stripped.docx"
    export_docx(csto, path)
    assert read_draft(path) == csto
    strip_embedded(path, stripped)
    again = read_draft(stripped)
    assert structure(again) == structure(csto)
    assert again.meta.agenda == csto.meta.agenda  # both title lines of item 126(v)
    assert len(again.sponsors) == 6 and again.sponsors[-1] == "塔吉克斯坦"


def test_an_adopted_resolution_comes_back_from_its_stripped_export(tmp_path):
    """The adoption line, bracket line, number and two-line meeting close are read back
    from the page itself (A/RES/80/6 as copied from the web)."""
    resolution = read_draft(Path(__file__).parents[2] / "fixtures" / "texts" / "A_RES_80_6_en.txt")
    assert resolution.meta.adoption is not None and "\n" in resolution.meta.adoption.meeting_line
    export_docx(resolution, tmp_path / "r.docx")
    strip_embedded(tmp_path / "r.docx", tmp_path / "stripped.docx")
    assert read_draft(tmp_path / "stripped.docx") == resolution


def test_a_chinese_adopted_resolution_keeps_its_date_first_meeting_close(tmp_path):
    """Chinese puts the date above the meeting ("1997年10月28日" / "第37次全体会议"): the
    date line was read as words of the last operative paragraph."""
    resolution = read_draft(Path(__file__).parents[2] / "fixtures" / "restored" / "A_RES_52_7_zh.txt")
    assert resolution.meta.adoption.meeting_line == "1997年10月28日\n第37次全体会议"
    export_docx(resolution, tmp_path / "r.docx")
    strip_embedded(tmp_path / "r.docx", tmp_path / "stripped.docx")
    again = read_draft(tmp_path / "stripped.docx")
    assert again.meta.adoption.meeting_line == resolution.meta.adoption.meeting_line
    assert again.operative[-1].flat_text() == resolution.operative[-1].flat_text()
