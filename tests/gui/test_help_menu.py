"""The Help menu: the keys (read from the actions, so a new or changed key shows), the
rules the checks apply, About with the version."""

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from draftapp.check import check_draft
from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT

ROOT = Path(__file__).resolve().parents[2]


def help_action(window, text: str) -> QAction:
    for top in window.menuBar().actions():
        if top.text() == "&Help":
            for action in top.menu().actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {text!r} in the Help menu")


def test_f1_shows_the_keys_of_the_menus(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_F1)
    dialog = window.help_menu.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    rows = dialog.rows()
    for row in [("File", "Save", "Ctrl+S"), ("File", "Print", "Ctrl+P"), ("File", "Export DOCX", "Ctrl+E"),
                ("Clause", "Move up", "Alt+Up"), ("Clause", "New clause below", "Enter"),
                ("Insert", "Footnote", "Ctrl+Alt+F"), ("Tools", "Next misspelling", "F7"),
                ("Help", "Keyboard shortcuts", "F1")]:
        assert row in rows, row
    assert any(r[1] == "Redo" and "Ctrl+Shift+Z" in r[2] for r in rows)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_list_follows_the_actions(make_window, english_draft):
    window = make_window(english_draft)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    save = next(a for a in file_menu.actions() if a.text() == "&Save")
    save.setShortcut(QKeySequence("Ctrl+Alt+S"))
    extra = QAction("&Compare versions", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+K"))
    file_menu.addAction(extra)
    help_action(window, "&Keyboard shortcuts").trigger()
    rows = window.help_menu.dialog.rows()
    assert ("File", "Save", "Ctrl+Alt+S") in rows and ("File", "Save", "Ctrl+S") not in rows
    assert ("File", "Compare versions", "Ctrl+Shift+K") in rows


def test_editorial_rules_cover_what_the_checks_report(make_window, qtbot):
    bad = ENGLISH_DRAFT.replace("*Noting* the report of the Secretary-General,", "*Noting* the report of 31 June 2010;") \
        .replace("France and Germany", "France, France") + "\n4. Decides to do more\n"
    draft = read_text(bad)
    window = make_window(draft)
    help_action(window, "Editorial &rules").trigger()
    dialog = window.help_menu.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    rows = dialog.rows()
    listed = {r[0] for r in rows}
    reported = {d.rule for d in check_draft(draft)}
    assert len(reported) >= 4
    assert reported <= listed | {r for rule in listed for r in rule.split(", ")}, reported - listed
    preamble_end = next(r for r in rows if r[0] == "punctuation.preamble-end")
    assert preamble_end[1] == "error" and "preambular paragraph ends" in preamble_end[2]


def test_about_shows_the_version(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    help_action(window, "&About Draftapp").trigger()
    dialog = window.help_menu.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    from draftapp import __version__ as version  # pyproject.toml takes it from there (dynamic)
    text = dialog.findChild(QLabel, "about-text").text()
    assert f"Draftapp {version}" in text and "Qt " in text
