"""An annex typed in the Annexes pane is in the file saved with Ctrl+S, and closing asks
about it, Apply clicked or not (on a real X display it was left out of the saved file and
the window closed without a question)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from draftapp.io.formats import read_draft
from tests.gui.conftest import press, type_text
from tests.gui.test_files import answer_with


def _type_annex(window) -> None:
    window.docks["annexes"].raise_()
    pane = window.docks["annexes"].widget()
    pane.editor.setFocus()
    type_text(pane.editor, "# Annex")
    press(pane.editor, Qt.Key.Key_Return)
    type_text(pane.editor, "1. First annex paragraph.")
    assert "First annex paragraph." in pane.editor.toPlainText()


def test_ctrl_s_saves_the_annex_typed_without_apply(make_window, english_draft, tmp_path):
    path = tmp_path / "d.draft"
    window = make_window(english_draft, path)
    _type_annex(window)
    pane = window.docks["annexes"].widget()
    press(pane.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = read_draft(path)
    assert [p.text for p in saved.annexes[0].paragraphs] == ["First annex paragraph."]
    assert pane.status.text() == "1 annex(es)" and pane.editor.toPlainText().startswith("# Annex")
    # one undoable edit, like Apply
    window.session.stack.undo()
    assert window.session.draft.annexes == []


def test_closing_with_an_annex_typed_asks_and_cancel_keeps_it(make_window, english_draft, tmp_path, monkeypatch):
    window = make_window(english_draft, tmp_path / "d.draft")
    _type_annex(window)
    asked = answer_with(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert len(asked) == 1 and "not saved" in asked[0]
    assert window.isVisible()
    assert "First annex paragraph." in window.docks["annexes"].widget().editor.toPlainText()


def test_the_hints_form_typed_one_a_line_is_kept_by_apply(make_window, english_draft):
    """Typed as the pane's hint shows it, one block a line with no blank line between:
    Apply kept only "# Annex" and the rest vanished from the pane."""
    from PySide6.QtTest import QTest

    window = make_window(english_draft)
    window.docks["annexes"].raise_()
    pane = window.docks["annexes"].widget()
    pane.editor.setFocus()
    for i, line in enumerate(["# Annex", "### Its title", "1. A numbered paragraph", "\\An unnumbered paragraph",
                              "#### A heading", "2. Another one", "(a) With a subparagraph"]):
        if i:
            press(pane.editor, Qt.Key.Key_Return)
        type_text(pane.editor, line)
    QTest.mouseClick(pane.apply_button, Qt.MouseButton.LeftButton)
    annex = window.session.draft.annexes[0]
    assert annex.title == "Its title"
    assert [p.text for p in annex.paragraphs] == ["A numbered paragraph", "An unnumbered paragraph", "A heading",
                                                  "Another one"]
    assert [c.text for c in annex.paragraphs[-1].children] == ["With a subparagraph"]
    shown = pane.editor.toPlainText()
    for words in ("Its title", "A numbered paragraph", "An unnumbered paragraph", "A heading", "With a subparagraph"):
        assert words in shown
