"""Subparagraph levels in the text dialect (io/text/levels.py): a roman "(i)" under "(h)"
is not the letter after it, in the resolution and in its annexes, in every language.
Found by the text fuzzer (stop 22): "(h)" holding "(i)" read back as "(h)", "(i)"
siblings; "(v)" after "(iv)" under "(u)" as the letter after "(u)"."""

from pathlib import Path

import pytest

from draftapp.io.formats import read_draft
from draftapp.io.text import read_text, write_text
from draftapp.model import Draft, Metadata, Paragraph
from draftapp.model.annex import Annex

P = Paragraph.of
ROBUST = Path(__file__).resolve().parents[1] / "fixtures" / "robust"


def letters_holding_romans(letters: int, romans: int) -> Paragraph:
    """A paragraph of `letters` subparagraphs, the last holding `romans` items, each
    holding a third level of two."""
    last = P(f"letter {letters}", *[P(f"roman {j}", P("third", P("fourth a"), P("fourth b"))) for j in range(romans)])
    return P("Decides", *[P(f"letter {i}") for i in range(1, letters)], last)


@pytest.mark.parametrize("language", ["ar", "en", "es", "fr", "ru", "zh"])
@pytest.mark.parametrize("place", ["preamble", "operative", "annex"])
@pytest.mark.parametrize(("letters", "romans"), [(8, 1), (8, 3), (21, 5), (23, 10), (9, 2), (3, 12)],
                         ids=["h-i", "h-iii", "u-v", "w-x", "i-ii", "c-xii"])
def test_roman_items_under_the_letter_before_them_read_back(language, place, letters, romans):
    draft = Draft(language=language, meta=Metadata(kind="draft-resolution"))
    draft.preamble, draft.operative = [P("Recalling")], [P("Decides")]
    paragraph = letters_holding_romans(letters, romans)
    if place == "preamble":
        draft.preamble = [paragraph, P("Noting")]
    elif place == "operative":
        draft.operative = [paragraph, P("Requests")]
    else:
        draft.annexes = [Annex(title="Declaration", paragraphs=[paragraph, P("Two")])]
    written = write_text(draft)
    again = read_text(written)
    assert again == draft
    assert write_text(again) == written


def test_the_writer_indents_roman_items_only_under_a_letter_whose_next_reads_as_roman():
    draft = Draft(language="en", meta=Metadata(kind="draft-resolution"))
    draft.operative = [letters_holding_romans(8, 2), letters_holding_romans(7, 2)]
    lines = write_text(draft).splitlines()
    assert "(h) letter 8" in lines and "  (i) roman 0" in lines and "  (ii) roman 1" in lines
    assert "(g) letter 7" in lines and "(i) roman 0" in lines and "(ii) roman 1" in lines  # under (g): no need


def test_hand_typed_labels_read_as_a_person_reads_them():
    # every subparagraph indented alike: "(i)" after "(h)" is the ninth letter
    alike = read_text("1. *Decides*:\n\n  (g) g;\n\n  (h) h;\n\n  (i) i;\n\n  (j) j;\n")
    assert [len(p.children) for p in alike.operative] == [4]
    # indented by level: "(i)" deeper than "(h)" is the first roman item under it
    by_level = read_text("1. *Decides*:\n\n  (h) h:\n\n      (i) one;\n\n      (ii) two;\n\n  (j) j;\n")
    h = by_level.operative[0].children[0]
    assert [c.text for c in h.children] == ["one;", "two;"]
    assert [c.text for c in by_level.operative[0].children] == ["h:", "j;"]
    # "(v)" after "(iv)" continues the roman items, even under "(u)"
    text = "1. *Decides*:\n\n(t) t;\n\n(u) u:\n\n(i) 1\n\n(ii) 2\n\n(iii) 3\n\n(iv) 4\n\n(v) 5\n\n(w) w.\n"
    u = read_text(text).operative[0].children[1]
    assert [c.text for c in u.children] == ["1", "2", "3", "4", "5"]


def test_the_fuzzers_input_reads_back():
    draft = read_draft(ROBUST / "fuzz-roman-first-child-of-h.md")
    assert read_text(write_text(draft)) == draft


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
@pytest.mark.parametrize("place", ["operative", "annex"])
def test_doubled_letters_after_roman_items_stay_letters(language, place):
    """Found by the text fuzzer (stop 22): past "(z)", "(cc)" after "(bb)" holding a
    roman "(i)" read as the roman numeral 200, under "(bb)"; so would "(ii)", "(xx)"."""
    paragraph = P("Decides", *[P(f"letter {n}", P("roman one")) for n in range(1, 56)])
    draft = Draft(language=language, meta=Metadata(kind="draft-resolution"))
    if place == "operative":
        draft.operative = [paragraph]
    else:
        draft.operative, draft.annexes = [P("Decides")], [Annex(title="Declaration", paragraphs=[paragraph])]
    written = write_text(draft)
    again = read_text(written)
    assert again == draft
    read = again.operative[0] if place == "operative" else again.annexes[0].paragraphs[0]
    assert len(read.children) == 55


def test_the_doubled_letter_input_reads_back():
    draft = read_draft(ROBUST / "fuzz-doubled-letter-after-roman-items.md")
    assert read_text(write_text(draft)) == draft
