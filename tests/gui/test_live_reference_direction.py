"""A live "paragraph N below" whose target is moved above it reads "above" at once, as
its number follows (issue 10); undo brings both back."""

from PySide6.QtCore import Qt

from tests.gui.conftest import block_text, press, type_text


def test_a_live_reference_follows_moves_with_its_direction_word(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    first, _second, third = pane.ids
    pane.place_cursor(first, len(block_text(pane, first)) - 1)
    pane.setFocus()
    type_text(pane, " as set out in ")
    window.insert_cross_reference(third)
    assert block_text(pane, first).endswith("as set out in paragraph \ufffc below;")
    pane.place_cursor(third, 0)
    for _ in range(2):
        press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert pane.ids[0] == third
    # what the user sees: the word turned with the number, and nothing to complain about
    assert block_text(pane, first).endswith("as set out in paragraph \ufffc above;")
    assert window.session.reference(third) == "1"
    assert not [d for d in window.session.diagnostics if d.rule == "references.direction"]
    # one Ctrl+Z undoes the move and the word together
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.ids.index(third) == 1
    assert block_text(pane, first).endswith("as set out in paragraph \ufffc below;")
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.ids == [first, _second, third]
    assert block_text(pane, first).endswith("as set out in paragraph \ufffc below;")


def test_a_typed_wrong_direction_is_fixed_from_the_diagnostics_pane(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    pane = window.operative
    last = pane.ids[2]
    pane.place_cursor(last, len(block_text(pane, last)) - 1)
    pane.setFocus()
    type_text(pane, " under paragraph 1 below")
    qtbot.waitUntil(lambda: any("not below" in window.diagnostics.tree.topLevelItem(i).text(2)
                                for i in range(window.diagnostics.tree.topLevelItemCount())), timeout=2000)
    tree = window.diagnostics.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if "not below" in tree.topLevelItem(i).text(2))
    tree.setCurrentItem(item)
    assert window.diagnostics.fix_button.text() == "Fix: Write \u201cabove\u201d"
    qtbot.mouseClick(window.diagnostics.fix_button, Qt.MouseButton.LeftButton)
    assert block_text(pane, last).endswith("under paragraph 1 above.")
