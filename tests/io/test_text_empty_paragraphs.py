"""Paragraphs with no words yet (a delegate adds one and saves before typing it) keep
their place through the text dialect, in the resolution and in its annexes, at every
level and in every language: found by the text fuzzer (stop 22), where an empty
preambular paragraph holding subparagraphs, an empty heading and empty annex paragraphs
came back moved, merged or gone."""

import pytest

from draftapp.io.text import read_text, write_text
from draftapp.model import Draft, Metadata, Paragraph
from draftapp.model.annex import Annex

P = Paragraph.of
LANGUAGES = ["ar", "en", "es", "fr", "ru", "zh"]
SHAPES = {
    "empty paragraph": lambda: [P("One"), Paragraph(), P("Two")],
    "empty last paragraph": lambda: [P("One"), Paragraph()],
    "empty heading": lambda: [P("One"), Paragraph(heading=True), P("Two")],
    "empty subparagraph": lambda: [P("One", P(""), P("b"))],
    "empty last subparagraph": lambda: [P("One", P("a"), P(""))],
    "empty paragraph holding subparagraphs": lambda: [P("One"), P("", P("a"), P("b"))],
    "empty third level": lambda: [P("One", P("a", P(""), P("ii")))],
}
PLACES = ["preamble", "operative", "annex", "unnumbered annex"]
#: every shape in every place, but a heading in the preamble (headings are operative)
CASES = [(place, shape) for place in PLACES for shape in sorted(SHAPES) if (place, shape) != ("preamble", "empty heading")]


def draft_with(language: str, place: str, paragraphs: list[Paragraph]) -> Draft:
    draft = Draft(language=language, meta=Metadata(kind="draft-resolution"))
    draft.preamble, draft.operative = [P("Recalling")], [P("Decides")]
    if place == "preamble":
        draft.preamble = paragraphs
    elif place == "operative":
        draft.operative = paragraphs
    else:
        annex = Annex(title="Declaration", paragraphs=paragraphs)
        if place == "unnumbered annex":
            annex.unnumbered = {p.id for p in paragraphs if not p.heading}
        draft.annexes = [annex]
    return draft


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("place", "shape"), CASES)
def test_a_paragraph_with_no_words_keeps_its_place(language, place, shape):
    draft = draft_with(language, place, SHAPES[shape]())
    written = write_text(draft)
    again = read_text(written)
    assert again == draft
    assert write_text(again) == written


@pytest.mark.parametrize("language", LANGUAGES)
def test_annex_subparagraphs_five_levels_deep_read_back(language):
    """The annexes' reader knew only "(a)" and "(i)" labels: the third level ("a.", Arabic
    "أ -") and deeper were read as unnumbered paragraphs; Arabic's second level ’1‘ too."""
    deep = P("One", P("a", P("i", P("x", P("deep"), P("deeper")), P("y")), P("ii")), P("b"))
    many = P("Two", *[P(f"item {i}") for i in range(12)])  # (i) after (h) is a letter
    draft = draft_with(language, "annex", [deep, many])
    again = read_text(write_text(draft))
    assert again == draft
    assert len(again.annexes[0].paragraphs[1].children) == 12
