"""Diagnostics while typing: a problem appears in the list and as an underline, clicking
it jumps to it, and applying its fix makes it go away (and is undoable)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from tests.gui.conftest import block_text, press, type_text


def rules(window):
    return [d.rule for d in window.session.diagnostics]


def test_a_diagnostic_appears_while_typing_and_goes_after_its_fix(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    assert rules(window) == []
    pane = window.preamble
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Welcoming the progress made")
    assert "punctuation.preamble-end" in rules(window)
    # the list shows it (it follows typing a moment later) with the counts
    qtbot.waitUntil(lambda: window.diagnostics.tree.topLevelItemCount() == 1, timeout=2000)
    assert window.diagnostics.counts.text().startswith("1 error")
    # an underline in the text, where the problem is
    new_id = pane.current_id()
    block = pane.document().findBlockByNumber(pane.ids.index(new_id))
    formats = block.layout().formats()
    assert any(f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline for f in formats)
    # click it: the cursor jumps to the paragraph
    window.operative.setFocus()
    item = window.diagnostics.tree.topLevelItem(0)
    window.diagnostics.tree.setCurrentItem(item)
    window.diagnostics._clicked(item)
    assert window.current_pane() is pane and pane.current_id() == new_id
    # apply its fix
    assert window.diagnostics.fix_button.isEnabled()
    window.diagnostics.fix_button.click()
    assert window.session.draft.preamble[-1].text == "Welcoming the progress made,"
    assert "punctuation.preamble-end" not in rules(window)
    qtbot.waitUntil(lambda: window.diagnostics.tree.topLevelItemCount() == 0, timeout=2000)
    assert block_text(pane, new_id) == "Welcoming the progress made,"
    window.session.stack.undo()
    assert "punctuation.preamble-end" in rules(window)


def test_problems_in_the_opened_draft_are_underlined_at_once(make_window):
    from draftapp.io.text import read_text
    from tests.gui.conftest import ENGLISH_DRAFT

    window = make_window(read_text(ENGLISH_DRAFT.replace("the report of the Secretary-General,", "the report")))
    assert "punctuation.preamble-end" in rules(window)
    pane = window.preamble
    block = pane.document().findBlockByNumber(1)
    wavy = [f for f in block.layout().formats() if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert wavy and block.text()[wavy[0].start:wavy[0].start + wavy[0].length] == "report"


def test_a_sponsor_problem_jumps_to_the_sponsor(make_window, english_draft):
    english_draft.sponsors = ["Germany", "France"]  # not in the order of the Member States
    window = make_window(english_draft)
    sponsor_problems = [d for d in window.session.diagnostics if d.part == "sponsors"]
    assert sponsor_problems
    window.jump_to_diagnostic(sponsor_problems[0])
    assert window.document_pane.sponsors.currentRow() == sponsor_problems[0].span[0]
