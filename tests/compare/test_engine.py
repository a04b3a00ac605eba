"""The compare engine: units of a difference, alignment by identity and by similarity,
moves, and the merged rows a tracked-changes document is written from."""

from __future__ import annotations

import copy
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import large_draft  # noqa: E402

from draftapp.compare import changes, compare, tokens  # noqa: E402
from draftapp.compare.engine import DELETED, INSERTED, MOVE_FROM, MOVE_TO  # noqa: E402
from draftapp.compare.words import atoms, diff  # noqa: E402
from draftapp.model import (  # noqa: E402
    CrossRef,
    DeleteParagraph,
    Draft,
    EditText,
    InsertParagraph,
    MoveParagraph,
    Paragraph,
    Text,
    snapshot,
)


def words(a: str, b: str):
    key = atoms([Text(a)], str, str), atoms([Text(b)], str, str)
    return [(p.op, p.text()) for p in diff(*key)]


def test_units_are_words_spaces_and_punctuation():
    assert tokens("Also requests the Secretary-General, ") == ["Also", " ", "requests", " ", "the", " ", "Secretary-General", ",", " "]


def test_chinese_is_compared_by_character():
    assert tokens("促请两组织，") == ["促", "请", "两", "组", "织", "，"]
    assert words("鼓励两组织", "促请两组织") == [("delete", "鼓励"), ("insert", "促请"), ("equal", "两组织")]


def test_arabic_combining_marks_stay_with_their_letter():
    vowelled = "قَرَّرَ أن"
    units = tokens(vowelled)
    assert units[0] == "قَرَّرَ" and "".join(units) == vowelled
    for unit in units:  # no unit starts with a combining mark
        assert unicodedata.category(unit[0])[0] != "M"
    # a changed vowel mark changes the whole word, never a mark alone
    assert words("قَرَّرَ أن", "قَرَّرُ أن")[:2] == [("delete", "قَرَّرَ"), ("insert", "قَرَّرُ")]


def test_a_replaced_opening_is_one_change():
    assert words("Requests the Secretary-General", "Also requests the Secretary-General") == [
        ("delete", "Requests"), ("insert", "Also requests"), ("equal", " the Secretary-General")]
    # changes separated only by a space are one replacement
    assert words("calls upon States", "urges all States") == [
        ("delete", "calls upon"), ("insert", "urges all"), ("equal", " States")]


def _draft(*texts: str) -> Draft:
    return Draft(operative=[Paragraph.of(t) for t in texts])


def test_identity_pairs_a_paragraph_whatever_its_words():
    old = _draft("Decides to remain seized of the matter;", "Requests a report;")
    new = snapshot(old)
    EditText(new.operative[0].id, [Text("Resolves to stay actively involved in everything;")]).apply(new)
    kinds = [c.kind for c in changes(compare(old, new))]
    assert kinds == ["edit"]  # not a deletion and an insertion: the id says it is the same


def test_a_moved_paragraph_is_a_move_with_ids_and_without():
    old = _draft(*(f"Paragraph number {n} says something of its own;" for n in range(1, 10)))
    new = snapshot(old)
    MoveParagraph(new.operative[6].id, "operative", 3).apply(new)
    found = changes(compare(old, new))
    assert [c.describe() for c in found] == ["OP7 moved before OP4"]
    # the same texts without lineage (fresh ids, as after an import)
    for p in new.paragraphs():
        p.id = p.id + "x"
    assert [c.describe() for c in changes(compare(old, new))] == ["OP7 moved before OP4"]


def test_a_moved_and_edited_paragraph_is_still_a_move():
    old = _draft("Alpha paragraph about oceans and seas;", "Beta paragraph about forests;",
                 "Gamma paragraph about deserts and drylands everywhere;")
    new = _draft("Gamma paragraph about deserts and drylands almost everywhere;",
                 "Alpha paragraph about oceans and seas;", "Beta paragraph about forests;")
    (change,) = changes(compare(old, new))
    assert change.kind == "move" and change.describe() == "OP3 moved before OP1, and changed: “almost” inserted"


def test_subparagraphs_go_with_their_parent():
    parent = Paragraph.of("Calls upon States:", Paragraph.of("to do this;"), Paragraph.of("to do that;"))
    old = Draft(operative=[Paragraph.of(w + ";") for w in ("First", "Second", "Third", "Fourth", "Fifth")] + [parent])
    new = snapshot(old)
    MoveParagraph(parent.id, "operative", 0).apply(new)
    DeleteParagraph(new.operative[1].id).apply(new)
    assert [c.describe() for c in changes(compare(old, new))] == ["OP1 deleted", "OP6 moved before OP2"]
    # a paragraph moved after one with subparagraphs is placed after the subparagraphs
    new = snapshot(old)
    MoveParagraph(old.operative[1].id, "operative", 5).apply(new)
    assert [c.describe() for c in changes(compare(old, new))] == ["OP2 moved after OP6"]


def test_a_cross_reference_whose_number_changed_is_an_edit():
    target = Paragraph.of("Target;")
    old = Draft(operative=[target, Paragraph.of("Refers to ", ), Paragraph.of("Last;")])
    old.operative[1].runs.append(CrossRef(target.id))
    new = snapshot(old)
    InsertParagraph("operative", 0, Paragraph.of("A new first paragraph;")).apply(new)
    found = [c.describe() for c in changes(compare(old, new))]
    assert found == ["new OP inserted before OP1", "OP2: “1” → “2”"]


def _edited(draft: Draft, seed: int = 7) -> Draft:
    """The benchmark's edits: a tenth of the paragraphs edited, 20 moved, 10 inserted, 10 deleted."""
    rnd = random.Random(seed)
    new = snapshot(draft)
    tops = lambda: [p for p in new.operative if not p.heading]  # noqa: E731
    for p in rnd.sample(list(new.paragraphs()), len(list(new.paragraphs())) // 10):
        if p.runs and isinstance(p.runs[0], Text):
            p.runs[0] = Text("Also " + p.runs[0].text, p.runs[0].italic, p.runs[0].bold)
    for _ in range(20):
        p = rnd.choice(tops())
        MoveParagraph(p.id, "operative", rnd.randrange(len(new.operative))).apply(new)
    for k in range(10):
        InsertParagraph("operative", rnd.randrange(len(new.operative)), Paragraph.of(f"Inserted paragraph {k};")).apply(new)
    for _ in range(10):
        DeleteParagraph(rnd.choice(tops()).id).apply(new)
    return new


def test_merged_rows_read_as_either_draft():
    old = large_draft("en")
    new = _edited(old)
    comparison = compare(old, new)
    as_old = [r.old.paragraph.id for r in comparison.rows if r.old is not None and r.kind != MOVE_TO]
    as_new = [r.new.paragraph.id for r in comparison.rows if r.new is not None]
    assert as_old == [p.id for p in old.paragraphs()]
    assert as_new == [p.id for p in new.paragraphs()]
    kinds = [r.kind for r in comparison.rows]
    assert kinds.count(INSERTED) == 10 and kinds.count(DELETED) >= 10
    assert kinds.count(MOVE_FROM) == kinds.count(MOVE_TO) > 0
    moves = {r.move for r in comparison.rows if r.kind == MOVE_FROM}
    assert moves == {r.move for r in comparison.rows if r.kind == MOVE_TO}


def test_compare_does_not_change_either_draft():
    old = large_draft("zh")
    new = _edited(old)
    before = copy.deepcopy(old), copy.deepcopy(new)
    compare(old, new)
    assert (old, new) == before


def test_what_a_cross_reference_shows_is_the_models_reference_text():
    from draftapp.compare.engine import items
    from draftapp.lang import get_language
    from draftapp.model import reference_text

    for language in ("en", "zh"):
        draft = large_draft(language)
        scheme = get_language(language).labels
        for item in items(draft):
            assert item.reference == reference_text(draft, item.paragraph.id, scheme)
