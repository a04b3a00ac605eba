"""No key combination changes the draft unless it means to (issue 10: Ctrl+C deleted a
selection across clauses, and so did Ctrl+F or any Ctrl+key that was not a menu action).

Every Ctrl / Alt / Ctrl+Shift + letter or digit goes to a clause pane holding a selection
across clauses, through the window's shortcuts as a real key would (QTest sends the
shortcut-override first), with the text X11 gives such keys ("\\x03" for Ctrl+C, "c"
for Alt+C). Run offscreen and on xcb: the platforms bind different keys (Qt binds Ctrl+K
and Ctrl+U to deleting a line on X11, which the panes refuse: a Word user means underline
or a link; Ctrl+Y is Redo on the Windows scheme offscreen uses).
"""

from __future__ import annotations

import copy
import string

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

Mod = Qt.KeyboardModifier
CTRL, ALT, CTRL_SHIFT = Mod.ControlModifier, Mod.AltModifier, Mod.ControlModifier | Mod.ShiftModifier

#: The combinations that are editing commands and so may change the draft, and why.
EDITING = {
    (CTRL, "X"): "Cut",
    (CTRL, "V"): "Paste",
    (CTRL, "Z"): "Undo",
    (CTRL, "Y"): "Redo (Windows key scheme; Edit menu)",
    (CTRL_SHIFT, "Z"): "Redo",
    (CTRL, "I"): "Italic on the selection",
    (CTRL, "B"): "Bold on the selection",
    (CTRL_SHIFT, "H"): "Section heading on/off (operative clause)",
}


def x11_text(mods, ch: str) -> str:
    """The text an X11 key event carries: a control character with Ctrl on a letter."""
    if mods & Mod.ControlModifier and ch.isalpha():
        return chr(ord(ch.upper()) - 64)
    return ch.lower() if not mods & Mod.ShiftModifier else ch.upper()


@pytest.fixture
def dialogs_closed(monkeypatch):
    """File dialogs answer "cancelled"; any other modal window or popup is closed."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))

    def close_modal():
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is not None:
            widget.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(50)
    yield close_modal
    timer.stop()


def select_across(pane, first: int, last: int) -> None:
    doc = pane.document()
    cursor = pane.textCursor()
    cursor.setPosition(doc.findBlockByNumber(first).position() + 3)
    cursor.setPosition(doc.findBlockByNumber(last).position() + 5, cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def combinations():
    for mods in (CTRL, ALT, CTRL_SHIFT):
        for ch in string.ascii_uppercase + string.digits:
            yield mods, ch


def test_no_combination_changes_the_draft_unless_it_is_an_editing_command(make_window, english_draft, qtbot,
                                                                           dialogs_closed):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    # unsaved work, so that New, Open, Quit … ask first (answered Cancel) and keep the draft
    pane.place_cursor(pane.ids[2], 0)
    QTest.keyClicks(pane, "x")
    base = copy.deepcopy(window.session.draft)
    base_index = window.session.stack.index()
    # other programs get the words with the clause's number (the clipboard's plain text)
    selected = "Decides to continue its cooperation;"[3:] + "\n2. " + "Requests the Secretary-General to report;"[:5]

    changed_by = []
    for mods, ch in combinations():
        window.activateWindow()  # after a popup (the phrase completer) was closed
        select_across(pane, 0, 1)
        pane.setFocus()
        QApplication.clipboard().clear()
        key = getattr(Qt.Key, f"Key_{ch}")
        QTest.sendKeyEvent(QTest.KeyAction.Click, pane, key, x11_text(mods, ch), mods)
        dialogs_closed()
        qtbot.wait(1)
        if window.session.draft != base:
            changed_by.append((mods, ch))
            assert (mods, ch) in EDITING, f"{mods} + {ch} changed the draft"
        if (mods, ch) == (CTRL, "C"):
            assert QApplication.clipboard().text() == selected
        # back to the same state for the next key, as the user would with Undo/Redo
        stack = window.session.stack
        while stack.index() > base_index:
            stack.undo()
        while stack.index() < base_index and stack.canRedo():
            stack.redo()
        assert window.session.draft == base
        assert window.isVisible()
    # the editing commands did their work (those this platform binds)
    assert {(CTRL, "X"), (CTRL, "I"), (CTRL, "B"), (CTRL, "Z"), (CTRL_SHIFT, "H")} <= set(changed_by)


def test_ctrl_a_then_ctrl_c_copies_everything_and_keeps_it(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    pane = window.preamble
    pane.setFocus()
    before = copy.deepcopy(window.session.draft)
    QTest.keyClick(pane, Qt.Key.Key_A, CTRL)
    QTest.sendKeyEvent(QTest.KeyAction.Click, pane, Qt.Key.Key_C, "\x03", CTRL)
    assert window.session.draft == before
    assert QApplication.clipboard().text() == "Recalling its resolution 79/1,\nNoting the report of the Secretary-General,"
    assert pane.document().blockCount() == 2
    assert pane.document().findBlockByNumber(0).text().startswith("Recalling")


def test_ctrl_x_across_clauses_cuts_to_the_clipboard(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    select_across(pane, 0, 1)
    QTest.sendKeyEvent(QTest.KeyAction.Click, pane, Qt.Key.Key_X, "\x18", CTRL)
    assert QApplication.clipboard().text() == "ides to continue its cooperation;\n2. Reque"
    assert len(window.session.draft.operative) == 2
    assert pane.document().findBlockByNumber(0).text() == "Decsts the Secretary-General to report;"


COPY_THEN_EXIT = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from draftapp.gui.main_window import MainWindow
from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT
window = MainWindow(read_text(ENGLISH_DRAFT), settings=QSettings(sys.argv[1], QSettings.Format.IniFormat),
                    autosave_dir=sys.argv[2], spelling=False)
window.show()
pane = window.operative
cursor = pane.textCursor()
cursor.setPosition(3)
cursor.setPosition(pane.document().findBlockByNumber(1).position() + 5, cursor.MoveMode.KeepAnchor)
pane.setTextCursor(cursor)
pane.copy()
print(QApplication.clipboard().text().replace(chr(10), "|"))
window.session.stack.setClean()
window.close()
"""


def test_copy_then_quit_does_not_crash(tmp_path):
    """The copied clauses stay on the clipboard past the end of the program without a
    crash (the mime data was deleted twice at exit: a segmentation fault)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run([sys.executable, "-c", COPY_THEN_EXIT, str(tmp_path / "s.ini"), str(tmp_path / "a")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ides to continue its cooperation;|2. Reque"


@pytest.mark.parametrize("ch", ["U", "K"])
def test_ctrl_u_and_ctrl_k_delete_nothing_in_a_clause(make_window, english_draft, qtbot, ch):
    """Qt binds them to deleting a line on X11 (the xcb run checks that binding; offscreen
    has none): Ctrl+A then Ctrl+U once emptied a whole part on a real X display."""
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    before = copy.deepcopy(window.session.draft)
    pane.place_cursor(pane.ids[0], 4)
    QTest.sendKeyEvent(QTest.KeyAction.Click, pane, getattr(Qt.Key, f"Key_{ch}"), x11_text(CTRL, ch), CTRL)
    QTest.keyClick(pane, Qt.Key.Key_A, CTRL)
    QTest.sendKeyEvent(QTest.KeyAction.Click, pane, getattr(Qt.Key, f"Key_{ch}"), x11_text(CTRL, ch), CTRL)
    assert window.session.draft == before
    assert pane.document().findBlockByNumber(0).text() == "Decides to continue its cooperation;"
