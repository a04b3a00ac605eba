"""An empty footnote selected says to type its text, not to select a footnote (on a real
X display, after Ctrl+Z emptied a new footnote the editor said "Select a footnote" while
footnote 1 was selected)."""

from PySide6.QtCore import Qt

from tests.gui.conftest import block_text, press


def test_the_editor_of_an_empty_footnote_asks_for_its_text(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    editor = window.footnotes.editor
    assert editor.placeholderText().startswith("Select a footnote")
    pane = window.operative
    first = pane.ids[0]
    pane.place_cursor(first, len(block_text(pane, first)) - 1)
    pane.setFocus()
    press(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    assert editor.toPlainText() == "" and editor.isEnabled()
    assert editor.placeholderText() == "Type the text of this footnote"
