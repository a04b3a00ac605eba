"""Every edit command does what it says and its undo restores the draft exactly."""

import copy

import pytest

from draftapp.model import (
    AddFootnote,
    CiteFootnote,
    CommandError,
    Composite,
    CrossRef,
    DeleteParagraph,
    Draft,
    EditText,
    Footnote,
    FootnoteRef,
    History,
    Indent,
    InsertCrossRef,
    InsertParagraph,
    Metadata,
    MoveParagraph,
    Outdent,
    Paragraph,
    RemoveFootnote,
    SetHeading,
    SetLanguage,
    SetMeta,
    SetSponsors,
    Text,
    canonical,
    footnote_numbers,
    labels,
    split_runs,
)


def sample() -> Draft:
    return Draft(
        meta=Metadata(title="T"),
        sponsors=["Armenia"],
        preamble=[Paragraph.of("Recalling one,"), Paragraph.of("Noting two,")],
        operative=[
            Paragraph.of("Decides one;"),
            Paragraph.of("Requests two:", Paragraph.of("first;"), Paragraph.of("second;"), Paragraph.of("third;")),
            Paragraph.of("Invites three."),
        ],
    )


def texts(paragraphs):
    return [p.text for p in paragraphs]


def roundtrip(draft: Draft, command) -> None:
    """Apply, undo, redo, undo: the draft ends exactly where it began."""
    before = copy.deepcopy(canonical(draft))
    h = History(draft)
    h.do(command)
    after = copy.deepcopy(canonical(draft))
    assert after != before
    h.undo()
    assert canonical(draft) == before
    h.redo()
    assert canonical(draft) == after
    h.undo()
    assert canonical(draft) == before


def test_insert_paragraph():
    d = sample()
    InsertParagraph("operative", 1, Paragraph.of("Urges new;")).apply(d)
    assert texts(d.operative)[1] == "Urges new;"
    assert labels(d)[d.operative[2].id] == "3."
    roundtrip(sample(), InsertParagraph("preamble", 0, Paragraph.of("Bearing in mind,")))


def test_insert_subparagraph_under_a_parent():
    d = sample()
    parent = d.operative[1]
    InsertParagraph("operative", 3, Paragraph.of("fourth."), parent_id=parent.id).apply(d)
    assert labels(d)[parent.children[3].id] == "(d)"


def test_delete_paragraph_renumbers():
    d = sample()
    DeleteParagraph(d.operative[0].id).apply(d)
    assert labels(d)[d.operative[0].id] == "1."
    d = sample()
    roundtrip(d, DeleteParagraph(d.operative[1].children[1].id))


def test_move_paragraph_and_move_by():
    d = sample()
    last = d.operative[2]
    MoveParagraph.by(d, last.id, -1).apply(d)
    assert texts(d.operative) == ["Decides one;", "Invites three.", "Requests two:"]
    assert labels(d)[last.id] == "2."
    with pytest.raises(CommandError, match="already the first"):
        MoveParagraph.by(d, d.operative[0].id, -1)
    with pytest.raises(CommandError, match="already the last"):
        MoveParagraph.by(d, d.operative[-1].id, +1)
    d = sample()
    roundtrip(d, MoveParagraph(d.operative[0].id, "operative", 2))


def test_move_into_itself_is_refused_and_changes_nothing():
    d = sample()
    before = canonical(d)
    parent = d.operative[1]
    with pytest.raises(CommandError):
        MoveParagraph(parent.id, "operative", 0, parent_id=parent.children[0].id).apply(d)
    assert canonical(d) == before


def test_indent_and_outdent():
    d = sample()
    third = d.operative[2]
    Indent(third.id).apply(d)
    assert third in d.operative[1].children and labels(d)[third.id] == "(d)"
    with pytest.raises(CommandError):
        Indent(d.operative[0].id).apply(d)
    d = sample()
    roundtrip(d, Indent(d.operative[2].id))


def test_outdent_keeps_the_words_in_order():
    d = sample()
    second = d.operative[1].children[1]
    Outdent(second.id).apply(d)
    assert texts(d.operative) == ["Decides one;", "Requests two:", "second;", "Invites three."]
    assert texts(d.operative[2].children) == ["third;"]  # the follower came along
    assert labels(d)[second.id] == "3."
    with pytest.raises(CommandError):
        Outdent(d.operative[0].id).apply(d)
    d = sample()
    roundtrip(d, Outdent(d.operative[1].children[1].id))


def test_edit_text_of_paragraph_and_footnote():
    d = sample()
    p = d.preamble[0]
    EditText(p.id, [Text("Recalling", italic=True), Text(" all,")]).apply(d)
    assert p.text == "Recalling all," and p.runs[0].italic
    note = Footnote.of("A/1.")
    d = sample()
    d.footnotes.append(note)
    roundtrip(d, EditText(note.id, [Text("A/2.")]))


def test_edit_text_roundtrip():
    d = sample()
    roundtrip(d, EditText(d.preamble[0].id, [Text("changed,")]))


def test_add_footnote_at_offset_and_cite_again():
    d = sample()
    d.meta.footnote_repeats = "same"  # the style that cites the first number again
    first, later = d.preamble[0], d.operative[0]
    note = Footnote.of("A/71/160.")
    AddFootnote(first.id, len("Recalling one,"), note).apply(d)
    assert first.runs[-1] == FootnoteRef(note.id)
    CiteFootnote(later.id, len("Decides one"), note.id).apply(d)
    assert later.flat_text() == "Decides one\ufffc;"
    assert footnote_numbers(d)[note.id] == 1
    with pytest.raises(KeyError):
        CiteFootnote(later.id, 0, "no-such-footnote").apply(d)


def test_add_and_cite_footnote_roundtrip():
    d = sample()
    roundtrip(d, AddFootnote(d.preamble[1].id, 5, Footnote.of("See A/80/1.")))
    note = Footnote.of("x.")
    d.footnotes.append(note)
    roundtrip(d, CiteFootnote(d.operative[0].id, 3, note.id))


def test_remove_footnote_removes_every_citation_and_undo_restores_them():
    d = sample()
    d.meta.footnote_repeats = "same"
    note = Footnote.of("A/1.")
    h = History(d)
    h.do(AddFootnote(d.preamble[0].id, 3, note))
    h.do(CiteFootnote(d.operative[0].id, 2, note.id))
    before = canonical(d)
    h.do(RemoveFootnote(note.id))
    assert not d.footnotes
    assert all(not isinstance(r, FootnoteRef) for p in d.paragraphs() for r in p.runs)
    assert d.preamble[0].text == "Recalling one,"  # text around the marker is joined again
    h.undo()
    assert canonical(d) == before


def test_cite_again_in_the_new_footnote_style_makes_a_twin_and_undo_removes_it():
    d = sample()
    assert d.meta.footnote_repeats == "new"  # the default: current practice
    note = Footnote.of("A/71/160.")
    h = History(d)
    h.do(AddFootnote(d.preamble[0].id, len("Recalling one,"), note))
    before = canonical(d)
    h.do(CiteFootnote(d.operative[0].id, len("Decides one"), note.id))
    assert len(d.footnotes) == 2 and d.footnotes[1].text == "A/71/160." and d.footnotes[1].id != note.id
    assert footnote_numbers(d) == {note.id: 1, d.footnotes[1].id: 2}
    h.undo()
    assert canonical(d) == before
    h.redo()
    assert len(d.footnotes) == 2


def test_offsets_past_the_end_are_refused():
    d = sample()
    with pytest.raises(CommandError):
        AddFootnote(d.preamble[0].id, 999, Footnote.of("x")).apply(d)
    assert not d.footnotes
    with pytest.raises(CommandError):
        split_runs([Text("ab")], -1)


def test_cross_reference_insert_and_undo():
    d = sample()
    target = d.operative[2]
    roundtrip(d, InsertCrossRef(d.operative[0].id, 8, target.id))
    InsertCrossRef(d.operative[0].id, 8, target.id).apply(d)
    assert isinstance(d.operative[0].runs[1], CrossRef)


def test_metadata_sponsors_language_heading():
    d = sample()
    roundtrip(d, SetMeta(title="New title", session=80))
    roundtrip(d, SetSponsors(["Belarus", "Armenia"]))
    roundtrip(d, SetLanguage("fr"))
    roundtrip(d, SetHeading(d.operative[0].id, True))
    with pytest.raises(CommandError):
        SetMeta(nonsense=1)
    with pytest.raises(CommandError):
        SetHeading(d.operative[1].id, True).apply(d)  # it has subparagraphs


def test_composite_is_one_undo_step_and_all_or_nothing():
    d = sample()
    roundtrip(d, Composite([InsertParagraph("operative", 0, Paragraph.of("a;")), DeleteParagraph(d.operative[2].id)]))
    before = canonical(d)
    with pytest.raises(CommandError):
        Composite([InsertParagraph("operative", 0, Paragraph.of("a;")), Indent(d.preamble[0].id)]).apply(d)
    assert canonical(d) == before


def test_history_undoes_everything_back_to_the_start():
    d = sample()
    start = copy.deepcopy(canonical(d))
    h = History(d)
    h.do(InsertParagraph("operative", 3, Paragraph.of("Decides further.")))
    h.do(MoveParagraph.by(d, d.operative[3].id, -1))
    h.do(Indent(d.operative[2].id))
    h.do(AddFootnote(d.operative[0].id, 2, Footnote.of("x.")))
    h.do(SetSponsors([]))
    while h.undo():
        pass
    assert canonical(d) == start
    assert h.redo()  # and forward again
    assert d.operative[3].text == "Decides further."
