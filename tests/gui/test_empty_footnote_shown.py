"""A footnote inserted and left empty is listed in the Diagnostics pane (issue 10)."""

from PySide6.QtCore import Qt

from tests.gui.conftest import block_text, press


def test_empty_footnote_is_listed_until_written(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    pane = window.operative
    first = pane.ids[0]
    pane.place_cursor(first, len(block_text(pane, first)) - 1)
    pane.setFocus()
    press(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    tree = window.diagnostics.tree

    def rows():
        return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]

    qtbot.waitUntil(lambda: any("This footnote has no text" in r for r in rows()), timeout=2000)
    editor = window.footnotes.editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "A/80/1.")
    editor.clearFocus()  # leaving the editor commits, as a click elsewhere does
    pane.setFocus()
    qtbot.waitUntil(lambda: not any("This footnote has no text" in r for r in rows()), timeout=3000)
