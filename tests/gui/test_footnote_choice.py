"""Ctrl+Alt+F offers "New footnote" (Enter) or "Cite footnote N again"."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from draftapp.io.text import read_text
from draftapp.model import FootnoteRef
from tests.gui.conftest import press, type_text
from tests.gui.test_clipboard import DRAFT

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def rows(window):
    return [window.footnotes.list.item(i).text() for i in range(window.footnotes.list.count())]


def open_choice(window, qtbot):
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[3], len("Requests"))
    press(pane, Qt.Key.Key_F, CTRL_ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def test_ctrl_alt_f_offers_new_or_cite_again_and_enter_takes_new(make_window, qtbot):
    window = make_window(read_text(DRAFT))
    menu = open_choice(window, qtbot)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&New footnote", "Cite footnote &1 again — See A/79/1."]
    assert menu.activeAction().text() == "&New footnote"
    press(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert len(rows(window)) == 2 and rows(window)[1].startswith("2")
    assert window.footnotes.editor.hasFocus()  # type the new footnote's text
    type_text(window.footnotes.editor, "See A/80/1.")
    assert rows(window)[1] == "2\tSee A/80/1."


def test_down_enter_cites_footnote_1_again(make_window, qtbot):
    draft = read_text(DRAFT)
    draft.meta.footnote_repeats = "same"  # this draft cites a note again by its number (the 71st-session style)
    window = make_window(draft)
    menu = open_choice(window, qtbot)
    press(menu, Qt.Key.Key_Down)
    press(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    fid = window.session.draft.footnotes[0].id
    pane = window.operative
    assert len(rows(window)) == 1 and rows(window)[0].startswith("1")
    assert FootnoteRef(fid) in window.session.draft.find(pane.ids[3]).runs
    assert pane.document().findBlockByNumber(3).text().startswith("Requests\ufffc")
    assert pane.hasFocus()


def test_escape_inserts_nothing_and_a_draft_without_footnotes_gets_a_new_one_at_once(make_window, english_draft,
                                                                                       qtbot):
    window = make_window(read_text(DRAFT))
    menu = open_choice(window, qtbot)
    press(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert len(rows(window)) == 1 and window.session.stack.count() == 0
    plain = make_window(english_draft)
    pane = plain.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 7)
    press(pane, Qt.Key.Key_F, CTRL_ALT)
    assert QApplication.activePopupWidget() is None
    assert len(rows(plain)) == 1 and plain.footnotes.editor.hasFocus()
