"""Editor test set-up: every window keeps its settings and autosaves under tmp_path, and
text is typed as a user would (per character for non-ASCII, see tech-notes.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from draftapp.gui import app
from draftapp.gui.main_window import MainWindow
from draftapp.io.text import read_text

#: The keys that change the clause structure, for the random editing sessions.
STRUCTURE_KEYS = [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
]

ENGLISH_DRAFT = """## Eightieth session

Agenda item 12

France and Germany: draft resolution

### Cooperation between the United Nations and regional organizations

*The General Assembly*,

*Recalling* its resolution 79/1,

*Noting* the report of the Secretary-General,

1. *Decides* to continue its cooperation;

2. *Requests* the Secretary-General to report;

3. *Decides* to remain seized of the matter.
"""


@pytest.fixture
def english_draft():
    return read_text(ENGLISH_DRAFT)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A message box nobody answers would hang the run: each one is answered at once
    (Cancel / No / Ok) and recorded; a test that expects one patches its own answer."""
    asked = []

    def answer(default):
        def box(*args, **kwargs):
            asked.append(args[2] if len(args) > 2 else "")
            return default
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "critical", answer(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", answer(QMessageBox.StandardButton.Ok))
    return asked


@pytest.fixture
def make_window(qtbot, tmp_path):
    made = []

    def make(draft=None, path=None, autosave_dir=None, spelling=False):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(draft, path, settings=settings, autosave_dir=autosave_dir or tmp_path / "autosave",
                            spelling=spelling)
        window.show()
        window.activateWindow()  # shortcuts need an active window
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.session.stack.setClean()  # work thrown away on purpose: no prompt
        window.close()
        window.deleteLater()


def type_text(widget, text: str) -> None:
    """Type like a keyboard: ASCII with keyClicks, anything else one key event a character."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def block_text(pane, pid: str) -> str:
    return pane.document().findBlockByNumber(pane.ids.index(pid)).text()


def open_like_draftapp_file(qtbot, tmp_path, path):
    """The window `draftapp FILE` shows (draftapp.gui.app.open_window), shown and exposed,
    with its settings and autosaves under tmp_path."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.open_window(path, settings=settings, autosave_dir=tmp_path / "autosave", spelling=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
