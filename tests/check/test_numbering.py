"""Numbering rules: typed numbers that skip, repeat or run out of order; depth."""

from draftapp.model import Paragraph

from .helpers import CLEAN_EN, apply_fix, en, found


def test_correct_typed_numbers_give_nothing():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n2. *Requests* a report;\n\n3. *Invites* all.\n")
    assert not found(draft, "numbering.typed")


def test_skipped_number_is_reported_and_accepted_by_the_fix():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n3. *Requests* a report;\n\n4. *Invites* all.\n")
    [d] = found(draft, "numbering.typed")
    assert "\u201c3.\u201d, which skips one" in d.message and "\u201c2.\u201d here" in d.message
    apply_fix(draft, d)
    assert all(p.typed_label is None for p in draft.operative)
    assert not found(draft, "numbering.typed")


def test_repeated_and_out_of_order_numbers():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n2. *Requests* a report;\n\n2. *Invites* all;\n\n3. *Urges* all.\n")
    [message] = [d.message for d in found(draft, "numbering.typed")]
    assert "repeats the label before it" in message
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n3. *Requests* a report;\n\n2. *Invites* all.\n")
    messages = [d.message for d in found(draft, "numbering.typed")]
    assert "skips one" in messages[0] and "out of order" in messages[1]
    # a repeat that lands on the right number is still a repeat
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n3. *Requests* a report;\n\n3. *Invites* all.\n")
    messages = [d.message for d in found(draft, "numbering.typed")]
    assert len(messages) == 2 and "repeats" in messages[1]


def test_a_decision_lettered_in_its_own_scheme_passes():
    # As the PDF-text importer reads A/80/L.1: operative paragraphs typed (a), (b).
    draft = en("*Recalling* it:\n\n1. *Expresses* its gratitude;\n\n2. *Endorses* the Declaration.\n")
    draft.operative[0].typed_label, draft.operative[1].typed_label = "(a)", "(b)"
    assert not found(draft, "numbering.typed")
    draft.operative[1].typed_label = "(c)"
    [d] = found(draft, "numbering.typed")
    assert "skips one" in d.message


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


def test_french_and_arabic_letters_are_read_in_their_own_labels():
    from draftapp.io.text import read_text

    from .helpers import FR_HEAD

    ok = read_text(FR_HEAD + "*Rappelant* sa résolution,\n\n1. *Décide* :\na) De continuer;\nb) De rendre compte.\n")
    assert not found(ok, "numbering.typed")
    bad = read_text(FR_HEAD + "*Rappelant* sa résolution,\n\n1. *Décide* :\na) De continuer;\nd) De rendre compte.\n")
    [d] = found(bad, "numbering.typed")
    assert "\u201cd)\u201d" in d.message and "\u201cb)\u201d" in d.message
    head = "<!-- draftapp\nlanguage: ar\n-->\nإن الجمعية العامة،\n\n"
    ok = read_text(head + "إذ تشير إلى قراراتها،\n\n1 - تقرر ما يلي:\n(أ) أن تواصل؛\n(ب) أن تقدم تقريرا.\n")
    assert not found(ok, "numbering.typed")
    bad = read_text(head + "إذ تشير إلى قراراتها،\n\n1 - تقرر ما يلي:\n(أ) أن تواصل؛\n(ج) أن تقدم تقريرا.\n")
    assert found(bad, "numbering.typed")
