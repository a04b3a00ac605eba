"""Moving through the draft by keyboard: Down from the end of the preamble into the
operative part and Up back, Ctrl+Home / Ctrl+End to the ends of the draft, F6 / Shift+F6
round the panes."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import block_text, press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_down_at_the_end_of_the_preamble_enters_the_operative_part_and_up_comes_back(make_window, english_draft):
    window = make_window(english_draft)
    pre, op = window.preamble, window.operative
    pre.setFocus()
    pre.place_cursor(pre.ids[0], 3)
    press(pre, Qt.Key.Key_Down)  # an ordinary line down inside the preamble
    assert pre.hasFocus() and pre.current_id() == pre.ids[1]
    press(pre, Qt.Key.Key_Down)
    assert op.hasFocus() and op.current_position() == (op.ids[0], 0)
    press(op, Qt.Key.Key_Down)
    assert op.current_id() == op.ids[1]
    press(op, Qt.Key.Key_Up)
    press(op, Qt.Key.Key_Up)
    assert pre.hasFocus()
    last = pre.ids[-1]
    assert pre.current_position() == (last, len(block_text(pre, last)))
    assert window.session.stack.count() == 0  # moving changed nothing


def test_ctrl_home_and_ctrl_end_reach_the_ends_of_the_draft(make_window, english_draft):
    window = make_window(english_draft)
    pre, op = window.preamble, window.operative
    pre.setFocus()
    pre.place_cursor(pre.ids[0], 5)
    press(pre, Qt.Key.Key_End, CTRL)
    last = op.ids[-1]
    assert op.hasFocus() and op.current_position() == (last, len(block_text(op, last)))
    press(op, Qt.Key.Key_Home, CTRL)
    assert pre.hasFocus() and pre.current_position() == (pre.ids[0], 0)


def test_f6_cycles_the_panes_and_shift_f6_goes_back(make_window, english_draft):
    window = make_window(english_draft)
    window.preamble.setFocus()
    seen = []
    for _ in range(5):
        press(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[0] is window.operative
    assert window.footnotes.isAncestorOf(seen[1])
    assert window.diagnostics.isAncestorOf(seen[2])
    assert window.document_pane.isAncestorOf(seen[3])
    assert seen[4] is window.preamble
    press(window.preamble, Qt.Key.Key_F6, SHIFT)
    assert window.document_pane.isAncestorOf(QApplication.focusWidget())
    # a hidden dock is skipped
    window.docks["footnotes"].hide()
    window.operative.setFocus()
    press(window.operative, Qt.Key.Key_F6)
    assert window.diagnostics.isAncestorOf(QApplication.focusWidget())
