"""Edit > Cut, Copy, Paste, Paste as plain text, Select all: the clipboard keeps the
draft's structure inside Draftapp (levels, footnotes with their bodies, cross-references)
and text from Word, a PDF or a web page becomes clauses by the importer's rules."""

import json

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from draftapp.gui.edits import flatten
from draftapp.io.fragment import FRAGMENT_MIME
from draftapp.io.text import read_text
from tests.gui.conftest import block_text, press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

DRAFT = """## Eightieth session

Agenda item 12

France: draft resolution

### Cooperation

*The General Assembly*,

*Recalling* its resolution 79/1,<sup>1</sup>

1. *Decides* to continue its cooperation:

(a) By meeting each year;

(b) By reporting, as set out in paragraph [1](#op-1) above;

2. *Requests* the Secretary-General to report;

3. *Decides* to remain seized of the matter.

<sup>1</sup> See A/79/1.
"""


@pytest.fixture
def draft():
    return read_text(DRAFT)


def shown(window):
    """(label in the gutter, words of the block) of every operative clause as the pane shows it."""
    pane = window.operative
    return [(window.session.labels.get(pid, ""), block_text(pane, pid).replace("\ufffc", "#")) for pid in pane.ids]


def footnote_rows(window):
    return [window.footnotes.list.item(i).text() for i in range(window.footnotes.list.count())]


def select_clauses(pane, first: int, count: int) -> None:
    """From the start of clause `first`, Shift+Down to the clause `count - 1` below, Shift+End."""
    pane.setFocus()
    pane.place_cursor(pane.ids[first], 0)
    for _ in range(count - 1):
        press(pane, Qt.Key.Key_Down, SHIFT)
    press(pane, Qt.Key.Key_End, SHIFT)


def new_clause_at_the_end(pane) -> None:
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    press(pane, Qt.Key.Key_Return)


def test_ctrl_c_copies_clauses_with_numbers_and_changes_nothing(make_window, draft):
    window = make_window(draft)
    before = shown(window)
    select_clauses(window.operative, 0, 3)
    press(window.operative, Qt.Key.Key_C, CTRL)
    assert shown(window) == before
    assert QApplication.clipboard().text() == (
        "1. Decides to continue its cooperation:\n(a) By meeting each year;\n"
        "(b) By reporting, as set out in paragraph 1 above;")
    assert QApplication.clipboard().mimeData().hasFormat(FRAGMENT_MIME)


def test_copied_subparagraphs_paste_as_subparagraphs_in_one_undo_step(make_window, draft, qtbot):
    window = make_window(draft)
    pane = window.operative
    select_clauses(pane, 0, 3)
    press(pane, Qt.Key.Key_C, CTRL)
    new_clause_at_the_end(pane)
    before = shown(window)
    steps = window.session.stack.index()
    press(pane, Qt.Key.Key_V, CTRL)
    assert shown(window)[-3:] == [
        ("4.", "Decides to continue its cooperation:"),
        ("(a)", "By meeting each year;"),
        ("(b)", "By reporting, as set out in paragraph # above;"),
    ]
    # the cross-reference still points at paragraph 1 and reads so in the preview
    qtbot.waitUntil(lambda: window.preview.page.toPlainText().count("paragraph 1 above") == 2)
    assert pane.current_position() == (pane.ids[-1], len(block_text(pane, pane.ids[-1])))
    assert window.session.stack.index() == steps + 1
    press(pane, Qt.Key.Key_Z, CTRL)
    assert shown(window) == before


def test_pasting_in_the_middle_of_a_clause_carries_its_end_to_the_last_pasted_clause(make_window, draft):
    window = make_window(draft)
    pane = window.operative
    select_clauses(pane, 1, 2)  # (a) and (b)
    press(pane, Qt.Key.Key_C, CTRL)
    third = pane.ids[4]
    pane.place_cursor(third, len("Decides to remain seized"))
    press(pane, Qt.Key.Key_V, CTRL)
    assert shown(window)[4:] == [
        ("3.", "Decides to remain seizedBy meeting each year;"),
        ("4.", "By reporting, as set out in paragraph # above; of the matter."),
    ]


def test_cut_and_paste_keeps_the_footnote_citation(make_window, draft):
    window = make_window(draft)
    pane = window.preamble
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    press(pane, Qt.Key.Key_A, CTRL)
    press(pane, Qt.Key.Key_X, CTRL)
    assert block_text(pane, pane.ids[0]) == ""
    press(pane, Qt.Key.Key_V, CTRL)
    assert block_text(pane, pane.ids[0]) == "Recalling its resolution 79/1,\ufffc"
    assert footnote_rows(window)[0].startswith("1")
    assert len(window.session.draft.footnotes) == 1  # cited again, not copied
    press(pane, Qt.Key.Key_Z, CTRL)
    assert block_text(pane, pane.ids[0]) == ""
    press(pane, Qt.Key.Key_Z, CTRL)
    assert block_text(pane, pane.ids[0]) == "Recalling its resolution 79/1,\ufffc"


def test_clauses_copied_into_another_draft_bring_their_footnote_and_the_reference_number(make_window, draft,
                                                                                          english_draft, qtbot):
    source = make_window(draft)
    pane = source.preamble
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    press(pane, Qt.Key.Key_End, SHIFT)
    press(pane, Qt.Key.Key_C, CTRL)
    target = make_window(english_draft)
    assert footnote_rows(target) == []
    tpane = target.preamble
    tpane.setFocus()
    new_clause_at_the_end(tpane)
    press(tpane, Qt.Key.Key_V, CTRL)
    assert block_text(tpane, tpane.ids[-1]) == "Recalling its resolution 79/1,\ufffc"
    assert len(footnote_rows(target)) == 1 and footnote_rows(target)[0].startswith("1")
    assert "See A/79/1." in footnote_rows(target)[0]
    qtbot.waitUntil(lambda: "See A/79/1." in target.preview.page.toPlainText())
    # a cross-reference to a paragraph the other draft lacks becomes the number it showed
    spane = source.operative
    spane.setFocus()
    spane.place_cursor(spane.ids[2], 0)
    press(spane, Qt.Key.Key_End, SHIFT)
    press(spane, Qt.Key.Key_C, CTRL)
    opane = target.operative
    opane.setFocus()
    new_clause_at_the_end(opane)
    press(opane, Qt.Key.Key_V, CTRL)
    assert block_text(opane, opane.ids[-1]) == "By reporting, as set out in paragraph 1 above;"


def test_text_from_word_becomes_clauses_at_their_levels(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    new_clause_at_the_end(pane)
    before = shown(window)
    mime = QMimeData()
    # the shape of Word's clipboard HTML: list numbers as text inside conditional markup
    item = ("<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level{level} lfo1'><![if !supportLists]>"
            "<span>{label}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
            "<![endif]>{words}<o:p></o:p></p>")
    mime.setHtml("<html xmlns:o='urn:schemas-microsoft-com:office:office'><body lang=EN-US><!--StartFragment-->"
                 + item.format(level=1, label="4.", words="<i>Invites</i> Member States to act:")
                 + item.format(level=2, label="(a)", words="By meeting;")
                 + item.format(level=2, label="(b)", words="By reporting;")
                 + item.format(level=1, label="5.", words="<i>Requests</i> a report.")
                 + "<!--EndFragment--></body></html>")
    mime.setText("4. Invites Member States to act: (a) By meeting; (b) By reporting; 5. Requests a report.")
    QApplication.clipboard().setMimeData(mime)
    press(pane, Qt.Key.Key_V, CTRL)
    assert shown(window)[3:] == [("4.", "Invites Member States to act:"), ("(a)", "By meeting;"),
                                 ("(b)", "By reporting;"), ("5.", "Requests a report.")]
    press(pane, Qt.Key.Key_Z, CTRL)
    assert shown(window) == before


def test_text_from_a_pdf_joins_wrapped_lines_and_reads_labels(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    new_clause_at_the_end(pane)
    QApplication.clipboard().setText("4. Invites Member States to continue their cooperation with the\n"
                                     "regional organizations;\n5. Requests a report.\n")
    press(pane, Qt.Key.Key_V, CTRL)
    assert shown(window)[3:] == [
        ("4.", "Invites Member States to continue their cooperation with the regional organizations;"),
        ("5.", "Requests a report."),
    ]


def test_paste_as_plain_text_from_the_edit_menu_drops_citations_and_italics(make_window, draft):
    window = make_window(draft)
    pane = window.preamble
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    window.clipboard_actions["select_all"].trigger()
    window.clipboard_actions["copy"].trigger()
    opane = window.operative
    opane.setFocus()
    new_clause_at_the_end(opane)
    window.clipboard_actions["paste_plain"].trigger()
    pid = opane.ids[-1]
    assert block_text(opane, pid) == "Recalling its resolution 79/1,1"
    runs = window.session.draft.find(pid).runs
    assert all(getattr(r, "italic", None) is False for r in runs)
    assert footnote_rows(window) == [footnote_rows(window)[0]] and len(window.session.draft.footnotes) == 1


def test_a_damaged_clipboard_fragment_is_refused_with_a_message(make_window, draft):
    window = make_window(draft)
    pane = window.operative
    pane.setFocus()
    before = shown(window)
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME, json.dumps({"format": "draftapp-fragment", "version": 1,
                                            "blocks": [{"depth": 0, "paragraph": {"runs": 5}}]}).encode())
    QApplication.clipboard().setMimeData(mime)
    press(pane, Qt.Key.Key_V, CTRL)
    assert shown(window) == before
    assert "Nothing pasted" in window.statusBar().currentMessage()


def test_edit_menu_lists_the_clipboard_actions_with_their_keys(make_window):
    window = make_window()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    texts = {a.text().replace("&", ""): a.shortcut().toString() for a in edit.actions() if not a.isSeparator()}
    assert texts["Cut"] == "Ctrl+X" and texts["Copy"] == "Ctrl+C" and texts["Paste"] == "Ctrl+V"
    assert texts["Paste as plain text"] == "Ctrl+Shift+V" and texts["Select all"] == "Ctrl+A"


def test_ctrl_a_over_a_selection_across_clauses_selects_everything_and_changes_nothing(make_window, draft):
    window = make_window(draft)
    pane = window.operative
    before = shown(window)
    select_clauses(pane, 1, 2)
    press(pane, Qt.Key.Key_A, CTRL)
    assert shown(window) == before
    press(pane, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text().splitlines() == [
        "1. Decides to continue its cooperation:", "(a) By meeting each year;",
        "(b) By reporting, as set out in paragraph 1 above;", "2. Requests the Secretary-General to report;",
        "3. Decides to remain seized of the matter."]
    assert shown(window) == before


def test_pasted_lines_store_their_opening_phrases_in_italics_as_typing_does(make_window, english_draft):
    from draftapp.model import Text

    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    new_clause_at_the_end(pane)
    QApplication.clipboard().setText("Welcomes the report;\nInvites States to act.")
    press(pane, Qt.Key.Key_V, CTRL)
    first, second = window.session.draft.operative[-2:]
    assert first.runs == [Text("Welcomes", italic=True), Text(" the report;")]
    assert second.runs == [Text("Invites", italic=True), Text(" States to act.")]
    assert "<i>Invites</i>" in window.preview.html()


def test_a_whole_resolution_copied_from_a_pdf_into_a_blank_draft_fills_both_parts(make_window, fixtures):
    from draftapp.io.formats import read_draft

    text = (fixtures / "texts" / "A_80_L.9_en.txt").read_text(encoding="utf-8")
    imported = read_draft(fixtures / "texts" / "A_80_L.9_en.txt")
    window = make_window()
    pane = window.preamble
    pane.setFocus()
    QApplication.clipboard().setText(text)
    press(pane, Qt.Key.Key_V, CTRL)
    draft = window.session.draft
    assert [p.text for p in draft.preamble] == [p.text for p in imported.preamble]
    assert [p.text for p, _d in flatten(draft.operative)] == [p.text for p, _d in flatten(imported.operative)]
    assert len(window.preamble.ids) == len(imported.preamble)
    assert window.session.labels[window.operative.ids[0]] == "1."
    assert len(draft.footnotes) == len(imported.footnotes)
    press(pane, Qt.Key.Key_Z, CTRL)  # one undo step
    assert window.preamble.ids == [] and window.operative.ids == [] and window.session.draft.footnotes == []


def test_the_right_click_menu_cuts_and_pastes_clauses_through_the_model(make_window, draft):
    window = make_window(draft)
    pane = window.operative
    select_clauses(pane, 1, 2)  # (a) and (b)
    menu = pane.createStandardContextMenu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert [a.objectName() for a in menu.actions()].index("edit-paste-plain") == \
        [a.objectName() for a in menu.actions()].index("edit-paste") + 1
    actions["edit-cut"].trigger()
    assert shown(window) == [("1.", "Decides to continue its cooperation:"), ("(a)", ""),
                             ("2.", "Requests the Secretary-General to report;"),
                             ("3.", "Decides to remain seized of the matter.")]
    assert QApplication.clipboard().text() == "(a) By meeting each year;\n(b) By reporting, as set out in paragraph 1 above;"
    pane.place_cursor(pane.ids[1], 0)
    next(a for a in pane.createStandardContextMenu().actions() if a.objectName() == "edit-paste").trigger()
    assert shown(window)[1:3] == [("(a)", "By meeting each year;"), ("(b)", "By reporting, as set out in paragraph # above;")]
    select_clauses(pane, 0, 2)
    delete = next(a for a in pane.createStandardContextMenu().actions() if a.objectName() == "edit-delete")
    delete.trigger()
    assert shown(window)[0] == ("1.", "")
