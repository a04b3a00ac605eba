"""A blank File > New shows where to type: each empty clause pane shows a hint with the
language's first opening phrase; typing there starts the first clause and the hint goes."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from draftapp.model import Draft
from tests.gui.conftest import press, type_text


def ink(widget) -> int:
    """How many pixels of the widget's viewport are not the background: drawn text."""
    image = widget.viewport().grab().toImage()
    background = QColor(image.pixel(2, image.height() - 2)).rgb()
    step = 2
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixel(x, y) != background)


def file_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in menu.actions() if a.text() == text)


def test_file_new_shows_where_to_type_and_typing_starts_the_first_clause(make_window, english_draft):
    window = make_window(english_draft)
    window.session.stack.setClean()
    file_action(window, "&New").trigger()
    pre, op = window.preamble, window.operative
    assert pre.ids == [] and op.ids == []
    assert "preambular" in pre.placeholderText() and "Recalling" in pre.placeholderText()
    assert "operative" in op.placeholderText() and "Decides" in op.placeholderText()
    assert ink(op) > 50  # the hint is drawn in the empty pane
    hint = op.placeholderText()
    op.setPlaceholderText("")
    assert ink(op) == 0  # ... and it was the hint that was drawn
    op.setPlaceholderText(hint)
    op.setFocus()
    type_text(op, "Decides to act.")
    assert [p.text for p in window.session.draft.operative] == ["Decides to act."]
    assert op.document().toPlainText() == "Decides to act."  # the hint is gone, the clause is there
    press(op, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing
    press(op, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the first clause
    assert op.ids == [] and ink(op) > 50


def test_the_hint_speaks_the_drafts_language(make_window):
    window = make_window(Draft(language="zh"))
    assert "回顾" in window.preamble.placeholderText() and "决定" in window.operative.placeholderText()
