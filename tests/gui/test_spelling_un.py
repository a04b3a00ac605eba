"""Spelling that knows UN English (and the UN words of the other languages): the issued
texts show no misspelling but the true ones; -ize, otherwise British; Add to dictionary
and Ignore all on the right-click menu; misspellings in the Diagnostics pane; F7."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from draftapp.gui import spelling as spelling_module
from draftapp.gui.spelling import Speller
from draftapp.gui.spelling_words import user_dictionary_path, word_lists
from draftapp.io.formats import read_draft
from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT, block_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = FIXTURES / "texts"


@pytest.fixture(autouse=True)
def private_dictionaries(tmp_path, monkeypatch):
    """User dictionaries in a temporary config folder; no speller kept between tests."""
    monkeypatch.setenv("DRAFTAPP_CONFIG_DIR", str(tmp_path / "config"))
    spelling_module.speller.cache_clear()
    word_lists.cache_clear()
    yield
    spelling_module.speller.cache_clear()
    word_lists.cache_clear()


def misspelt_words(path: Path, language: str) -> list[str]:
    draft = read_draft(path)
    s = Speller(language)
    assert s.available
    texts = [draft.meta.title or ""] + [p.text for p in draft.paragraphs()] + [f.text for f in draft.footnotes]
    return sorted({t[a:a + n] for t in texts for a, n in s.misspelt(t)})


ENGLISH_TEXTS = sorted(TEXTS.glob("*_en.txt")) + sorted((TEXTS / "multilingual").glob("*_en.txt")) + [
    FIXTURES / "A_RES_73_7-partial-en.md", FIXTURES / "A_80_L.9_en.md", Path(__file__).resolve().parents[2] / "examples" / "csto-en.md"]


@pytest.mark.parametrize("path", ENGLISH_TEXTS, ids=lambda p: p.name)
def test_issued_english_texts_show_no_misspelling(path):
    assert misspelt_words(path, "en") == []


#: The true misspellings in the other languages' copies (each checked in the file).
TRUE_ONES = {
    "A_RES_55_282_fr.txt": ["Etats"],  # États without its accent, as copied
    "A_RES_2758_XXVI_es.txt": ["immediatamente"],  # inmediatamente
    "A_RES_ES-10_24_es.txt": ["consultiv"],  # "consultiva" cut short by the copy
    "A_RES_52_31_ar.txt": ["العا"],  # العام cut short by the copy
}


@pytest.mark.parametrize("path", sorted(p for p in (TEXTS / "multilingual").glob("*.txt")
                                        if p.stem.rsplit("_", 1)[1] in ("fr", "es", "ru", "ar")), ids=lambda p: p.name)
def test_other_languages_show_only_the_true_misspellings(path):
    assert misspelt_words(path, path.stem.rsplit("_", 1)[1]) == TRUE_ONES.get(path.name, [])


def test_un_english_is_oxford_spelling():
    s = Speller("en")
    flagged = lambda text: [text[a:a + n] for a, n in s.misspelt(text)]  # noqa: E731
    assert flagged("organisation Organisations recognised realise programs labor color") == [
        "organisation", "Organisations", "recognised", "realise", "programs", "labor", "color"]
    assert s.suggest("organisation")[0] == "organization"
    assert s.suggest("Organisations")[0] == "Organizations"
    assert s.suggest("program")[0] == "programme"
    assert "labour" in s.suggest("labor")
    assert flagged("organization recognize programme labour centre analyse advertise exercise comprise revise "
                   "surprise enterprise otherwise the Secretary-General capacity-building eighty-second session "
                   "Plurinational Türkiye Tlatelolco peacebuilding inter alia the 69th meeting "
                   "https://milex-reporting.unoda.org/en") == []


def test_add_to_dictionary_writes_the_users_file():
    s = Speller("en")
    assert s.misspelt("Draftappia") == [(0, 10)]
    s.add_word("Draftappia")
    assert s.misspelt("Draftappia") == []
    path = user_dictionary_path("en")
    assert path.read_text(encoding="utf-8") == "Draftappia\n"
    word_lists.cache_clear()
    assert Speller("en").misspelt("Draftappia") == []  # the next session knows it too
    assert Speller("fr").misspelt("Draftappia") != []  # per language


# --- in the editor -------------------------------------------------------------------------
TYPO_DRAFT = ENGLISH_DRAFT.replace("*Recalling* its resolution 79/1,", "*Recalling* its organisation of the wrok,").replace(
    "2. *Requests* the Secretary-General to report;", "2. *Requests* the Secretary-General to report on the wrok;")


def underlined(pane, pid: str, word: str) -> bool:
    block = pane.document().findBlockByNumber(pane.ids.index(pid))
    at = block.text().index(word)
    return any(r.start <= at < r.start + r.length and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
               for r in block.layout().formats())


def right_click(pane, pid: str, word: str, choose: str) -> list[str]:
    """Right-click the word, click `choose` in the menu that opens; returns the menu's items."""
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, pick)
            return
        seen.extend(a.text() for a in menu.actions())
        for action in menu.actions():
            if action.text() == choose:
                QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
                break
        else:
            menu.close()  # never leave a test waiting on a menu

    pane.place_cursor(pid, block_text(pane, pid).index(word) + 1)
    rect = pane.cursorRect()
    QTimer.singleShot(0, pick)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), pane.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(pane.viewport(), event)
    assert choose in seen, seen
    return seen


def rows(window) -> list[tuple[str, str, str]]:
    tree = window.diagnostics.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def spelling_rows(window):
    return [r for r in rows(window) if r[0] == "Spelling"]


def test_misspellings_are_listed_with_a_un_fix(make_window, qtbot):
    window = make_window(read_text(TYPO_DRAFT), spelling=True)
    qtbot.waitUntil(lambda: len(spelling_rows(window)) == 3, timeout=3000)
    assert spelling_rows(window) == [
        ("Spelling", "Preamble 1", "“organisation”: the UN spells it “organization”  ✎"),
        ("Spelling", "Preamble 1", "“wrok” is not in the English dictionary"),
        ("Spelling", "Operative 2", "“wrok” is not in the English dictionary"),
    ]
    assert "3 misspelt" in window.diagnostics.counts.text()
    tree = window.diagnostics.tree
    item = tree.topLevelItem([r[2] for r in rows(window)].index("“organisation”: the UN spells it “organization”  ✎"))
    tree.setCurrentItem(item)
    QTest.mouseClick(window.diagnostics.fix_button, Qt.MouseButton.LeftButton)
    pid = window.preamble.ids[0]
    assert "its organization of the wrok" in block_text(window.preamble, pid)
    qtbot.waitUntil(lambda: len(spelling_rows(window)) == 2, timeout=3000)


def test_add_to_dictionary_from_the_right_click_menu(make_window, qtbot):
    window = make_window(read_text(TYPO_DRAFT), spelling=True)
    pane, pid = window.preamble, window.preamble.ids[0]
    assert underlined(pane, pid, "wrok")
    texts = right_click(pane, pid, "wrok", "Add “wrok” to dictionary")
    assert "work" in texts and "Ignore all" in texts
    assert not underlined(pane, pid, "wrok")
    assert not underlined(window.operative, window.operative.ids[1], "wrok")  # the other pane too
    assert underlined(pane, pid, "organisation")
    assert [r[2] for r in spelling_rows(window)] == ["“organisation”: the UN spells it “organization”  ✎"]
    assert "wrok" in user_dictionary_path("en").read_text(encoding="utf-8").split()


def test_ignore_all_is_for_this_session_only(make_window, qtbot):
    window = make_window(read_text(TYPO_DRAFT), spelling=True)
    pane, pid = window.operative, window.operative.ids[1]
    right_click(pane, pid, "wrok", "Ignore all")
    assert not underlined(pane, pid, "wrok")
    assert not underlined(window.preamble, window.preamble.ids[0], "wrok")
    assert len(spelling_rows(window)) == 1
    assert not user_dictionary_path("en").exists()


def test_choosing_a_suggestion_replaces_the_word(make_window, qtbot):
    window = make_window(read_text(TYPO_DRAFT), spelling=True)
    pane, pid = window.operative, window.operative.ids[1]
    right_click(pane, pid, "wrok", "work")
    assert block_text(pane, pid).endswith("report on the work;")
    qtbot.waitUntil(lambda: len(spelling_rows(window)) == 2, timeout=3000)


def test_f7_steps_through_the_misspellings(make_window, qtbot):
    window = make_window(read_text(TYPO_DRAFT), spelling=True)
    window.preamble.place_cursor(window.preamble.ids[0], 0)
    window.preamble.setFocus()
    seen = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
        pane = QApplication.focusWidget()
        seen.append((pane is window.preamble, pane.textCursor().selectedText(), window.statusBar().currentMessage()))
    assert seen[0][:2] == (True, "organisation") and "(1 of 3)" in seen[0][2]
    assert seen[1][:2] == (True, "wrok") and "(2 of 3)" in seen[1][2]
    assert seen[2][:2] == (False, "wrok") and "(3 of 3)" in seen[2][2]  # on into the operative part
    assert seen[3][:2] == (True, "organisation")  # and round again
    current = window.diagnostics.tree.currentItem()
    assert current is not None and current.text(2).startswith("“organisation”")


def test_no_misspellings_says_so(make_window, english_draft):
    window = make_window(english_draft, spelling=True)
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_F7)
    assert window.statusBar().currentMessage() == "No misspellings"
    assert spelling_rows(window) == []
