"""`draftapp FILE` paints its window first; the checks, the spelling underlines and the
preview follow once the first frame is drawn (issue 10: a cold start was 3-4 times a
bare Qt window). What the user sees: "Checking…" at first, then the problems, the
misspelt word underlined and the preview, all of the file's draft."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest

from draftapp.gui import app

DRAFT = """## Eightieth session

Agenda item 12

France: draft resolution

### Oceans and the law of the sea

*The General Assembly*,

*Recalling* its resolution 79/1

1. *Decides* to recieve the report of the Secretary-General;
"""


def underlines(pane, number: int) -> set:
    block = pane.document().findBlockByNumber(number)
    return {block.text()[f.start:f.start + f.length] for f in block.layout().formats()
            if f.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline}


def test_window_paints_first_then_checks_spelling_and_preview_follow(qtbot, tmp_path):
    path = tmp_path / "oceans.md"
    path.write_text(DRAFT, encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.open_window(path, settings=settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(window)
    # built, not yet painted: the draft is there, its checks and spelling are not
    assert window.operative.document().findBlockByNumber(0).text().startswith("Decides to recieve")
    assert window.diagnostics.counts.text() == "Checking…"
    assert window.diagnostics.tree.topLevelItemCount() == 0
    assert "recieve" not in underlines(window.operative, 0)
    window.show()
    qtbot.waitExposed(window)
    # a moment after the first frame: the problems (the missing semicolon and comma
    # ending the preamble), the misspelling underlined, the preview of this draft
    qtbot.waitUntil(lambda: window.diagnostics.tree.topLevelItemCount() > 0, timeout=5000)
    assert window.diagnostics.counts.text() != "Checking…"
    qtbot.waitUntil(lambda: "recieve" in underlines(window.operative, 0), timeout=5000)
    assert window.spelling_label.text().startswith("Spelling: ")
    qtbot.waitUntil(lambda: "Oceans and the law of the sea" in window.preview.page.toPlainText(), timeout=5000)
    tree = window.diagnostics.tree
    # the spelling list joins the checks' rows
    qtbot.waitUntil(lambda: any("recieve" in tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())),
                    timeout=5000)
    window.session.stack.setClean()


def test_an_edit_before_the_first_check_is_checked_as_it_is_then(qtbot, tmp_path):
    """Typed before the deferred checks ran, the edit counts: the first check reads the
    draft as it is then (the semicolon ending the last paragraph, typed as a full stop,
    is no longer reported)."""
    path = tmp_path / "oceans.md"
    path.write_text(DRAFT, encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.open_window(path, settings=settings, autosave_dir=tmp_path / "autosave", spelling=False)
    qtbot.addWidget(window)
    pane = window.operative
    pane.place_cursor(pane.ids[0], len(pane.document().findBlockByNumber(0).text()))
    QTest.keyClick(pane, Qt.Key.Key_Backspace)
    QTest.keyClicks(pane, ".")
    assert window.session.check_pending
    window.show()
    qtbot.waitUntil(lambda: not window.session.check_pending and window.diagnostics.is_current(), timeout=5000)
    assert window.session.draft.operative[0].text.endswith("General.")
    rows = [window.diagnostics.tree.topLevelItem(i).text(2) for i in range(window.diagnostics.tree.topLevelItemCount())]
    assert any("preambular paragraph ends with" in row for row in rows)
    assert not any("The last paragraph" in row for row in rows)
    window.session.stack.setClean()
