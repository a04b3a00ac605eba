"""Typing clauses: Enter starts the next clause with the next number, Tab makes a
subparagraph, Backspace joins, Alt+Up/Down and drag and drop move, numbers follow."""

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from draftapp.gui.clause_pane import PARAGRAPH_MIME
from draftapp.model import Text
from tests.gui.conftest import block_text, press, type_text


def test_type_a_clause_press_enter_and_see_the_next_number(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    assert len(window.session.draft.operative) == 4
    new_id = pane.current_id()
    assert new_id != last and window.session.labels[new_id] == "4."
    type_text(pane, "Invites Member States to cooperate")
    assert window.session.draft.operative[3].text == "Invites Member States to cooperate"
    # a clause of the same kind: the preview numbers it as an operative paragraph
    assert "4.&nbsp;&nbsp;" in window.preview.html()


def test_enter_in_the_middle_splits_the_clause(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    first = pane.ids[0]
    pane.place_cursor(first, len("Decides to continue"))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    ops = window.session.draft.operative
    assert [p.text for p in ops[:2]] == ["Decides to continue", " its cooperation;"]
    assert [window.session.labels[p.id] for p in ops] == ["1.", "2.", "3.", "4."]


def test_tab_makes_a_subparagraph_and_shift_tab_raises_it(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    second = pane.ids[1]
    pane.place_cursor(second, 0)
    pane.setFocus()
    press(pane, Qt.Key.Key_Tab)
    ops = window.session.draft.operative
    assert len(ops) == 2 and ops[0].children[0].id == second
    assert window.session.labels[second] == "(a)"
    assert window.session.labels[ops[1].id] == "2."  # the last paragraph moved up a number
    assert pane.depths[pane.ids.index(second)] == 1
    press(pane, Qt.Key.Key_Backtab)
    assert window.session.labels[second] == "2."


def test_backspace_at_a_clause_start_joins_it_to_the_one_above(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[1], 0)
    pane.setFocus()
    press(pane, Qt.Key.Key_Backspace)
    ops = window.session.draft.operative
    assert len(ops) == 2
    assert ops[0].text == "Decides to continue its cooperation;Requests the Secretary-General to report;"
    assert pane.current_position() == (ops[0].id, len("Decides to continue its cooperation;"))


def test_alt_up_moves_a_paragraph_and_the_numbers_follow(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    third = pane.ids[2]
    pane.place_cursor(third, 3)
    pane.setFocus()
    press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.session.labels[third] == "2."
    assert pane.ids[1] == third and pane.current_position() == (third, 3)
    press(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.session.labels[third] == "3."


def test_moving_a_paragraph_renumbers_a_cross_reference_to_it(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    first, _second, third = pane.ids
    text = block_text(pane, third)
    pane.place_cursor(third, len(text) - 1)  # before the final full stop
    pane.setFocus()
    type_text(pane, " as decided in ")
    window.insert_cross_reference(first)
    assert "as decided in paragraph 1 above." in window.preview.html()
    # drag paragraph 1 below paragraph 2 by its number
    mime = QMimeData()
    mime.setData(PARAGRAPH_MIME, first.encode())
    second_block = pane.document().findBlockByNumber(1)
    rect = pane.document().documentLayout().blockBoundingRect(second_block)
    drop_at = QPointF(100, rect.bottom() - 2 - pane.verticalScrollBar().value())
    event = QDropEvent(drop_at, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    pane.dropEvent(event)
    assert pane.ids[1] == first
    assert window.session.labels[first] == "2."
    assert window.session.reference(first) == "2"
    assert "as decided in paragraph 2 above." in window.preview.html()


def test_typing_is_one_undo_step_per_burst(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.preamble
    pid = pane.ids[0]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    pane.setFocus()
    before = window.session.stack.count()
    type_text(pane, " and 79/2")
    assert window.session.stack.count() == before + 1
    window.session.stack.undo()
    assert window.session.draft.preamble[0].text == "Recalling its resolution 79/1,"
    assert block_text(pane, pid) == "Recalling its resolution 79/1,"


def test_an_opening_phrase_is_italic_and_text_after_it_is_not(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.preamble
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Welcoming the progress made,")
    runs = window.session.draft.preamble[-1].runs
    assert runs == [Text("Welcoming", italic=True), Text(" the progress made,")]


def test_opening_phrases_complete_from_the_phrase_bank(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Encour")
    popup = pane.completer.popup()
    assert popup.isVisible()
    assert pane.completer.completionModel().index(0, 0).data().startswith("Encourage")
    press(popup, Qt.Key.Key_Return)
    assert window.session.draft.operative[-1].text.startswith("Encourage")
    assert window.session.draft.operative[-1].runs[0].italic


def test_a_selection_across_clauses_is_deleted_as_one_edit(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    cursor = pane.textCursor()
    first_block = pane.document().findBlockByNumber(0)
    third_block = pane.document().findBlockByNumber(2)
    cursor.setPosition(first_block.position() + len("Decides"))
    cursor.setPosition(third_block.position() + len("Decides"), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    press(pane, Qt.Key.Key_Delete)
    ops = window.session.draft.operative
    assert [p.text for p in ops] == ["Decides to remain seized of the matter."]
    window.session.stack.undo()
    assert len(window.session.draft.operative) == 3


def test_typing_into_an_empty_pane_starts_the_first_clause(make_window):
    window = make_window()
    pane = window.preamble
    assert pane.ids == []
    pane.setFocus()
    type_text(pane, "Recalling")
    assert [p.text for p in window.session.draft.preamble] == ["Recalling"]
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Noting")
    assert [p.text for p in window.session.draft.preamble] == ["Recalling", "Noting"]


def test_pasting_lines_makes_one_clause_each(make_window, english_draft):
    from PySide6.QtWidgets import QApplication

    window = make_window(english_draft)
    pane = window.operative
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    QApplication.clipboard().setText(" Also:\nEncourages dialogue;\nRequests a report.")
    press(pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ops = window.session.draft.operative
    assert [p.text for p in ops[2:]] == ["Decides to remain seized of the matter.Also:", "Encourages dialogue;", "Requests a report."]
    assert [window.session.labels[p.id] for p in ops] == ["1.", "2.", "3.", "4.", "5."]
    window.session.stack.undo()
    assert len(window.session.draft.operative) == 3


def test_delete_clause_from_the_menu_renumbers(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    first = pane.ids[0]
    pane.place_cursor(first, 0)
    pane.setFocus()
    press(pane, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert first not in pane.ids
    assert [window.session.labels[pid] for pid in pane.ids] == ["1.", "2."]


def test_arrow_keys_in_an_empty_pane_add_nothing(make_window):
    window = make_window()
    pane = window.operative
    pane.setFocus()
    press(pane, Qt.Key.Key_Down)
    press(pane, Qt.Key.Key_Shift)
    assert window.session.draft.operative == [] and not window.session.stack.canUndo()


def test_a_section_heading_takes_no_number(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.place_cursor(pane.ids[1], 0)
    pane.setFocus()
    press(pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    ops = window.session.draft.operative
    assert ops[1].heading
    assert [window.session.labels.get(p.id) for p in ops] == ["1.", None, "2."]
    block = pane.document().findBlockByNumber(1)
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    assert "<b>" in window.preview.html()
