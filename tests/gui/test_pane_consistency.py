"""The blocks of a pane always match the model: after a long random run of structural
edits, undos and redos (applied incrementally by ClausePane.sync), every block has its
paragraph's text, depth and place, exactly as a full redraw would give."""

import random

import pytest


from draftapp.gui.edits import flatten
from draftapp.gui.inline import block_runs
from draftapp.model import Text
from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT, STRUCTURE_KEYS, press, type_text

def assert_pane_matches_model(pane):
    blocks = flatten(pane.session.draft.part(pane.part))
    doc = pane.document()
    assert pane.ids == [p.id for p, _ in blocks]
    assert pane.depths == [d for _, d in blocks]
    assert doc.blockCount() == max(1, len(blocks))
    for number, (paragraph, depth) in enumerate(blocks):
        block = doc.findBlockByNumber(number)
        assert block.text() == paragraph.flat_text(), number
        # citations and references in place (italics of an opening are normalized as
        # the user types, so formatting is compared where the user set it: see below)
        shown = [r for r in block_runs(block) if not isinstance(r, Text)]
        assert shown == [r for r in paragraph.runs if not isinstance(r, Text)], number
        opening = pane._opening(paragraph.id, block.text(), depth)
        bold = [r.bold for r in block_runs(block, opening) if isinstance(r, Text) for _ in r.text]
        assert bold == [r.bold for r in paragraph.runs if isinstance(r, Text) for _ in r.text], number
        assert block.blockFormat().leftMargin() == pane._block_format(paragraph, depth).leftMargin(), number


@pytest.mark.parametrize("seed", [6, 11, 23, 40])
def test_random_structural_edits_keep_the_pane_true_to_the_model(make_window, english_draft, seed):
    window = make_window(english_draft)
    pane = window.operative if seed % 2 == 0 else window.preamble
    session = window.session
    rng = random.Random(seed)
    pane.setFocus()
    for step in range(250):
        choice = rng.random()
        if choice < 0.12 and session.stack.canUndo():
            session.stack.undo()
        elif choice < 0.18 and session.stack.canRedo():
            session.stack.redo()
        elif choice < 0.3:
            if pane.ids:
                pid = rng.choice(pane.ids)
                pane.place_cursor(pid, rng.randint(0, len(pane.paragraph(pid).flat_text())))
            type_text(pane, rng.choice(["Decides ", "x", "Requests the report;", " (a)"]))
        elif choice < 0.36 and pane.ids:
            pane.place_cursor(rng.choice(pane.ids), 0)
            window.insert_footnote("Note.")
            pane.setFocus()
        else:
            if pane.ids:
                pid = rng.choice(pane.ids)
                text = pane.paragraph(pid).flat_text()
                pane.place_cursor(pid, rng.choice([0, len(text), rng.randint(0, len(text))]))
            key, mods = rng.choice(STRUCTURE_KEYS)
            press(pane, key, mods)
        assert_pane_matches_model(window.operative)
        assert_pane_matches_model(window.preamble)
    # and everything undoes back to the start
    while session.stack.canUndo():
        session.stack.undo()
    assert_pane_matches_model(pane)
    assert session.draft == read_text(ENGLISH_DRAFT)
