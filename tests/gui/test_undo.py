"""Undo and redo cover every edit: typing, new clauses, levels, moves, footnotes,
cross-references, fixes, sponsors and document details, all back to the start."""

from PySide6.QtCore import Qt

from draftapp.io.native import dumps, loads
from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT, block_text, press, type_text


def test_undo_everything_back_to_the_start_and_redo_it_all(make_window, english_draft):
    original = read_text(ENGLISH_DRAFT)
    window = make_window(english_draft)
    session = window.session
    pane = window.operative
    # typing and a new clause
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Requests a report")
    # a subparagraph, a move, a footnote, a cross-reference
    press(pane, Qt.Key.Key_Tab)
    pane.place_cursor(pane.ids[0], 3)
    press(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    window.insert_footnote("See A/80/1.")
    type_text(window.footnotes.editor, " Annex.")
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    window.insert_cross_reference(pane.ids[-1])
    # preamble: join two clauses
    window.preamble.place_cursor(window.preamble.ids[1], 0)
    window.preamble.setFocus()
    press(window.preamble, Qt.Key.Key_Backspace)
    # document details and sponsors
    window.document_pane.symbol.setText("A/80/L.12")
    window.document_pane.symbol.editingFinished.emit()
    window.document_pane.sponsor_input.setText("Chile")
    window.document_pane.add_sponsor()
    edited = loads(dumps(session.draft))  # a copy of the edited draft
    assert session.draft != original
    assert session.draft.meta.symbol == "A/80/L.12" and session.draft.sponsors[-1] == "Chile"

    steps = 0
    while session.stack.canUndo():
        session.stack.undo()
        steps += 1
    assert steps >= 10
    assert session.draft == original
    assert [p.text for p in original.operative] == [block_text(pane, pid) for pid in pane.ids]
    assert window.isWindowModified() is False

    while session.stack.canRedo():
        session.stack.redo()
    assert session.draft == edited
    assert window.isWindowModified()


def test_ctrl_z_in_a_pane_undoes_the_model_edit(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[1], 0)
    pane.setFocus()
    press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = pane.ids[0]
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.ids[1] == moved
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pane.ids[0] == moved
