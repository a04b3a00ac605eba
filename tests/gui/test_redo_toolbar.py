"""Redo on Ctrl+Y as well as Ctrl+Shift+Z (on X11 Qt binds only the latter), and a
toolbar whose buttons say what they do."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from tests.gui.conftest import block_text, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("redo_key", [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)])
def test_redo_keys_in_a_clause_pane(make_window, english_draft, redo_key):
    window = make_window(english_draft)
    pane = window.operative
    first = pane.ids[0]
    pane.setFocus()
    pane.place_cursor(first, len("Decides"))
    type_text(pane, " again")
    press(pane, Qt.Key.Key_Z, CTRL)
    assert block_text(pane, first) == "Decides to continue its cooperation;"
    press(pane, *redo_key)
    assert block_text(pane, first) == "Decides again to continue its cooperation;"


def test_ctrl_y_redoes_from_the_document_pane_too(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    press(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    press(pane, Qt.Key.Key_Z, CTRL)
    assert window.session.labels[pane.ids[0]] == "1."
    moved = window.session.draft.operative[0].id
    window.footnotes.list.setFocus()
    press(window.footnotes.list, Qt.Key.Key_Y, CTRL)
    assert window.session.labels[moved] == "2."


def toolbar_buttons(window):
    bar = window.findChild(QToolBar, "main-toolbar")
    out = {}
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if action.isSeparator() or button is None or not button.isVisible():
            continue
        out[button.text()] = button
    return out


def test_toolbar_buttons_have_words_and_tooltips(make_window, english_draft):
    window = make_window(english_draft)
    buttons = toolbar_buttons(window)
    assert {"New", "Open", "Save", "Undo", "Redo", "Up", "Down", "Footnote", "Export DOCX"} <= set(buttons)
    for text, button in buttons.items():
        # words on every button (an icon-only style hides them unless there is no icon)
        assert text and (button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly or button.icon().isNull())
        assert button.toolTip(), text
    assert "Ctrl+Z" in buttons["Undo"].toolTip()
    assert "Ctrl+Y" in buttons["Redo"].toolTip()
    assert "Alt+Up" in buttons["Up"].toolTip()
    assert not buttons["Undo"].isEnabled()
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    type_text(pane, "Also ")
    assert buttons["Undo"].isEnabled() and "Typing" in buttons["Undo"].toolTip()
    assert buttons["Undo"].text() == "Undo"  # the bar does not jump
    QTest.mouseClick(buttons["Undo"], Qt.MouseButton.LeftButton)
    assert block_text(pane, pane.ids[0]) == "Decides to continue its cooperation;"
    QTest.mouseClick(buttons["Redo"], Qt.MouseButton.LeftButton)
    assert block_text(pane, pane.ids[0]) == "Also Decides to continue its cooperation;"
