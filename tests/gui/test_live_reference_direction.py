"""A live "paragraph N below" whose target is moved above it is reported while editing."""

from PySide6.QtCore import Qt

from tests.gui.conftest import block_text, press, type_text


def test_a_live_reference_turned_wrong_by_moves_is_flagged(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    first, _second, third = pane.ids
    pane.place_cursor(first, len(block_text(pane, first)) - 1)
    pane.setFocus()
    type_text(pane, " as set out in ")
    window.insert_cross_reference(third)
    assert not [d for d in window.session.diagnostics if d.rule == "references.direction"]
    pane.place_cursor(third, 0)
    for _ in range(2):
        press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert pane.ids[0] == third
    wrong = [d for d in window.session.diagnostics if d.rule == "references.direction"]
    assert wrong and wrong[0].paragraph_id == first
