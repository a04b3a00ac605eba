"""Numbers are derived from position: operative numbers, labels, footnotes, references."""

from draftapp.lang import get_language
from draftapp.model import (
    CrossRef,
    DeleteParagraph,
    Draft,
    Footnote,
    FootnoteRef,
    History,
    MoveParagraph,
    Paragraph,
    Text,
    footnote_numbers,
    labels,
    reference_text,
)
from draftapp.model.numbering import alpha, roman


def test_roman_and_alpha_counters():
    assert [roman(n) for n in (1, 2, 3, 4, 9, 14, 40)] == ["i", "ii", "iii", "iv", "ix", "xiv", "xl"]
    assert [alpha(n) for n in (1, 2, 26, 27, 28)] == ["a", "b", "z", "aa", "bb"]


def _nested() -> Draft:
    deep = Paragraph.of("deep", Paragraph.of("deeper", Paragraph.of("deepest")))
    return Draft(operative=[Paragraph.of("one"), Paragraph.of("two", Paragraph.of("a"), Paragraph.of("b", deep))])


def test_labels_per_level_in_english():
    d = _nested()
    got = [labels(d)[p.id] for p in d.paragraphs()]
    assert got == ["1.", "2.", "(a)", "(b)", "(i)", "a.", "i."]


def test_french_and_spanish_labels_have_no_opening_bracket():
    d = _nested()
    for code in ("fr", "es"):
        got = [labels(d, get_language(code).labels)[p.id] for p in d.paragraphs()]
        assert got == ["1.", "2.", "a)", "b)", "i)", "a.", "i."]


def test_arabic_labels():
    d = _nested()
    got = [labels(d, get_language("ar").labels)[p.id] for p in d.paragraphs()]
    assert got[:4] == ["1 -", "2 -", "(أ)", "(ب)"]


def test_headings_take_no_number():
    d = Draft(operative=[Paragraph.of("I", heading=True), Paragraph.of("x"), Paragraph.of("II", heading=True), Paragraph.of("y")])
    lab = labels(d)
    assert [lab.get(p.id) for p in d.operative] == [None, "1.", None, "2."]


def _with_footnotes() -> tuple[Draft, list[Footnote]]:
    f1, f2, f3 = Footnote.of("first"), Footnote.of("second"), Footnote.of("third")
    d = Draft(
        preamble=[
            Paragraph(runs=[Text("a"), FootnoteRef(f2.id)]),
            Paragraph(runs=[Text("b"), FootnoteRef(f1.id)]),
        ],
        operative=[Paragraph(runs=[Text("c"), FootnoteRef(f2.id)])],
        footnotes=[f1, f2, f3],
    )
    return d, [f1, f2, f3]


def test_footnotes_numbered_by_first_citation_and_repeats_reuse_the_number():
    d, (f1, f2, f3) = _with_footnotes()
    n = footnote_numbers(d)
    assert n[f2.id] == 1 and n[f1.id] == 2
    assert n[f3.id] == 3  # never cited: numbered after the cited ones


def test_footnote_numbers_follow_a_move_and_a_deletion():
    d, (f1, f2, _f3) = _with_footnotes()
    h = History(d)
    h.do(MoveParagraph(d.preamble[1].id, "preamble", 0))
    assert footnote_numbers(d)[f1.id] == 1 and footnote_numbers(d)[f2.id] == 2
    h.do(DeleteParagraph(d.preamble[0].id))
    assert footnote_numbers(d)[f2.id] == 1
    h.undo()
    h.undo()
    assert footnote_numbers(d)[f2.id] == 1 and footnote_numbers(d)[f1.id] == 2


def test_cross_reference_shows_the_current_number():
    target = Paragraph.of("target", Paragraph.of("sub"))
    ref = Paragraph(runs=[Text("see paragraph "), CrossRef(target.id), Text(" above")])
    d = Draft(operative=[Paragraph.of("x"), target, ref])
    assert reference_text(d, target.id) == "2"
    assert reference_text(d, target.children[0].id) == "2 (a)"
    MoveParagraph(target.id, "operative", 0).apply(d)
    assert reference_text(d, target.id) == "1"
    DeleteParagraph(target.id).apply(d)
    assert reference_text(d, target.id) == "?"
