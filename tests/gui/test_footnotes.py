"""Footnotes: inserted at the cursor, numbered in the text and the pane by first citation,
cited again with the same number, and deleted only after asking when the text cites them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from draftapp.gui.inline import block_runs
from draftapp.model import FootnoteRef
from tests.gui.conftest import block_text, press, type_text


def footnote_rows(window):
    return [window.footnotes.list.item(i).text() for i in range(window.footnotes.list.count())]


def test_insert_a_footnote_and_see_its_number_in_the_text_and_the_pane(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    second = pane.ids[1]
    pane.place_cursor(second, len(block_text(pane, second)))
    pane.setFocus()
    press(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert len(window.session.draft.footnotes) == 1
    fid = window.session.draft.footnotes[0].id
    # the citation sits in the text block, numbered 1
    runs = block_runs(pane.document().findBlockByNumber(1))
    assert runs[-1] == FootnoteRef(fid)
    assert window.session.footnote_numbers[fid] == 1
    # the footnote editor has the focus: type its text
    assert window.footnotes.editor.footnote_id == fid
    type_text(window.footnotes.editor, "See A/80/348.")
    assert window.session.draft.footnote(fid).text == "See A/80/348."
    assert footnote_rows(window) == ["1\tSee A/80/348."]

    # a footnote inserted earlier in the text takes number 1; the first becomes 2
    first = pane.ids[0]
    pane.place_cursor(first, 7)
    pane.setFocus()
    window.insert_footnote()
    type_text(window.footnotes.editor, "Resolution 49/57, annex.")
    assert window.session.footnote_numbers[fid] == 2
    assert footnote_rows(window) == ["1\tResolution 49/57, annex.", "2\tSee A/80/348."]
    assert "<sup>1</sup>" in window.preview.html() and "<sup>2</sup>" in window.preview.html()


def test_cite_a_footnote_again_keeps_its_number(make_window, english_draft):
    english_draft.meta.footnote_repeats = "same"  # the style that cites the first number again
    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[0], 7)
    pane.setFocus()
    fid = window.insert_footnote()
    pane.place_cursor(pane.ids[2], 7)
    pane.setFocus()
    window._fill_cite_menu()
    window.cite_menu.actions()[0].trigger()
    third = window.session.draft.operative[2]
    assert FootnoteRef(fid) in third.runs
    assert len(window.session.draft.footnotes) == 1
    assert window.session.footnote_numbers == {fid: 1}
    assert window.footnotes.cited.text() == "Cited 2 time(s)" or "2" in window.footnotes.cited.text()


def test_cite_again_in_the_new_footnote_style_makes_a_new_footnote_with_the_same_text(make_window, english_draft):
    english_draft.meta.footnote_repeats = "new"  # current practice
    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[0], 7)
    pane.setFocus()
    fid = window.insert_footnote("A/80/1.")
    pane.place_cursor(pane.ids[2], 7)
    pane.setFocus()
    window._fill_cite_menu()
    window.cite_menu.actions()[0].trigger()
    notes = window.session.draft.footnotes
    assert len(notes) == 2 and notes[1].text == notes[0].text == "A/80/1." and notes[1].id != fid
    assert FootnoteRef(notes[1].id) in window.session.draft.operative[2].runs
    assert window.session.footnote_numbers == {fid: 1, notes[1].id: 2}


def test_deleting_a_cited_footnote_asks_first(make_window, english_draft, monkeypatch):
    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[0], 7)
    pane.setFocus()
    fid = window.insert_footnote("A/71/160.")
    asked = []

    def answer(button):
        def question(*args, **kwargs):
            asked.append(args[2])
            return button
        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.footnotes.select(fid)
    window.footnotes.delete_button.click()
    assert asked and "cited 1 time" in asked[0]
    assert [f.id for f in window.session.draft.footnotes] == [fid]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.footnotes.delete_button.click()
    assert window.session.draft.footnotes == []
    assert not any(isinstance(r, FootnoteRef) for r in window.session.draft.operative[0].runs)
    assert window.footnotes.list.count() == 0
    window.session.stack.undo()  # and it comes back, citation included
    assert FootnoteRef(fid) in window.session.draft.operative[0].runs
    assert footnote_rows(window) == ["1\tA/71/160."]


def test_italics_in_a_footnote_with_ctrl_i(make_window, english_draft):
    from PySide6.QtGui import QTextCursor

    from draftapp.model import Text

    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[0], 7)
    pane.setFocus()
    fid = window.insert_footnote()
    editor = window.footnotes.editor
    type_text(editor, "United Nations, Treaty Series, vol. 2187.")
    cursor = editor.textCursor()
    cursor.setPosition(len("United Nations, "))
    cursor.setPosition(len("United Nations, Treaty Series"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()
    press(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.session.draft.footnote(fid).runs == [
        Text("United Nations, "), Text("Treaty Series", italic=True), Text(", vol. 2187."),
    ]
    window.session.stack.undo()
    assert not any(r.italic for r in window.session.draft.footnote(fid).runs)


def test_double_clicking_a_footnote_jumps_to_its_citation(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    third = pane.ids[2]
    pane.place_cursor(third, 3)
    pane.setFocus()
    window.insert_footnote("A/80/1.")
    window.preamble.setFocus()
    item = window.footnotes.list.item(0)
    window.footnotes.list.itemDoubleClicked.emit(item)
    assert window.current_pane() is pane and pane.current_id() == third
