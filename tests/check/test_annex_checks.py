"""The checks beside annexes (model/annex.py): footnotes cited in an annex are cited, and
the last paragraph may introduce a text that follows it directly with a colon."""

from draftapp.model import Footnote, FootnoteRef, Paragraph, Text
from draftapp.model.annex import Annex

from .helpers import en, found, rules_of

ADOPTS = "*Recalling* it,\n\n1. *Adopts* the following political declaration:\n"


def test_a_colon_ends_the_last_paragraph_before_a_text_that_follows_directly():
    draft = en(ADOPTS)
    assert "punctuation.final-end" in rules_of(draft)  # nothing follows: a full stop
    draft.annexes = [Annex(label="", title="Political declaration", paragraphs=[Paragraph([Text("We reaffirm our commitment.")])])]
    assert "punctuation.final-end" not in rules_of(draft)
    draft.annexes[0].label = "Annex"  # "… as contained in the annex": the paragraph ends with a full stop
    assert "punctuation.final-end" in rules_of(draft)


def test_footnotes_cited_in_an_annex_are_cited():
    draft = en("*Recalling* it,\n\n1. *Adopts* the declaration contained in the annex.\n")
    note = Footnote.of("A/73/1.")
    draft.footnotes.append(note)
    assert found(draft, "footnotes.uncited")
    draft.annexes = [Annex(label="Annex", title="Declaration", paragraphs=[Paragraph([Text("We recall it."), FootnoteRef(note.id)])])]
    assert not found(draft, "footnotes.uncited")
