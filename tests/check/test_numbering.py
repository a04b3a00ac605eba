"""Numbering rules: typed numbers that skip, repeat or run out of order; depth."""

from draftapp.check import check_draft
from draftapp.model import Paragraph

from .helpers import CLEAN_EN, apply_fix, en, found


def test_correct_typed_numbers_give_nothing():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n2. *Requests* a report;\n\n3. *Invites* all.\n")
    assert not found(draft, "numbering.typed")


def test_skipped_number_is_reported_and_accepted_by_the_fix():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n3. *Requests* a report;\n\n4. *Invites* all.\n")
    diagnostics = found(draft, "numbering.typed")
    assert len(diagnostics) == 2
    assert "skips 2" in diagnostics[0].message and "\u201c2.\u201d here" in diagnostics[0].message
    for d in diagnostics:
        d.fix.make(draft).apply(draft)
    assert not found(draft, "numbering.typed")


def test_repeated_and_out_of_order_numbers():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n2. *Requests* a report;\n\n2. *Invites* all;\n\n3. *Urges* all.\n")
    messages = [d.message for d in found(draft, "numbering.typed")]
    assert "repeats the number before it" in messages[0]
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n3. *Requests* a report;\n\n2. *Invites* all.\n")
    messages = [d.message for d in found(draft, "numbering.typed")]
    assert "skips 2" in messages[0] and "out of order" in messages[1]


def test_typed_subparagraph_letter_that_skips():
    draft = en("*Recalling* it,\n\n1. *Decides*:\n(a) To act;\n(d) To report.\n")
    [d] = found(draft, "numbering.typed")
    assert "\u201c(d)\u201d" in d.message and "\u201c(b)\u201d" in d.message


def test_fifth_level_is_an_error():
    draft = en(CLEAN_EN)
    node = draft.operative[0]
    for _ in range(5):
        child = Paragraph.of("Deeper;")
        node.children.append(child)
        node = child
    depth_errors = found(draft, "numbering.depth")
    assert len(depth_errors) == 1 and depth_errors[0].severity == "error"
    assert depth_errors[0].paragraph_id == node.id
    node.children.append(Paragraph.of("x"))
    assert len(found(draft, "numbering.depth")) == 2
    four = en("*Recalling* it,\n\n1. *Decides*:\n(a) One:\n(i) Two:\na. Three:\ni. Four.\n")
    assert not found(four, "numbering.depth")
