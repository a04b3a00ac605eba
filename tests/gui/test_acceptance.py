"""Acceptance tests: bugs found by using the editor as a delegate would, each driven by
keys and clicks and failing before its fix."""

import pytest
from PySide6.QtCore import Qt

from draftapp.gui.edits import flatten
from tests.gui.conftest import STRUCTURE_KEYS, block_text, press, type_text
from tests.gui.test_pane_consistency import assert_pane_matches_model


def outline(window):
    return [(depth, p.flat_text()) for p, depth in flatten(window.session.draft.operative)]


def test_enter_at_the_start_of_a_clause_with_subparagraphs_opens_an_empty_clause_above(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    second = pane.ids[1]
    pane.place_cursor(second, len(block_text(pane, second)))
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "in the first place;")
    press(pane, Qt.Key.Key_Tab)
    pane.place_cursor(second, 0)
    press(pane, Qt.Key.Key_Return)
    # the clause keeps its level and its subparagraph; an empty clause 2 is above it
    assert outline(window) == [
        (0, "Decides to continue its cooperation;"),
        (0, ""),
        (0, "Requests the Secretary-General to report;"),
        (1, "in the first place;"),
        (0, "Decides to remain seized of the matter."),
    ]
    assert pane.current_position() == (second, 0)
    assert window.session.labels[second] == "3."
    assert_pane_matches_model(pane)
    window.session.stack.undo()
    assert outline(window)[1] == (0, "Requests the Secretary-General to report;")
    assert_pane_matches_model(pane)


def test_a_cross_reference_follows_its_clause_when_enter_is_pressed_at_its_start(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    first, target = pane.ids[0], pane.ids[2]
    pane.place_cursor(first, len(block_text(pane, first)))
    window.insert_cross_reference(target)
    assert window.session.references[target] == "3"
    pane.place_cursor(target, 0)
    press(pane, Qt.Key.Key_Return)
    # "paragraph 4 below" still names "Decides to remain seized of the matter."
    assert window.session.draft.find(target).flat_text() == "Decides to remain seized of the matter."
    assert window.session.references[target] == "4"
    assert "paragraph 4 below" in window.preview.html()


def test_ctrl_shift_z_redoes_when_the_focus_is_outside_the_clause_panes(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    first = pane.ids[0]
    pane.place_cursor(first, 7)
    type_text(pane, " again")
    tree = window.diagnostics.tree
    tree.setFocus()
    press(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.draft.find(first).flat_text() == "Decides to continue its cooperation;"
    press(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.draft.find(first).flat_text() == "Decides again to continue its cooperation;"
    # in a clause pane the keys still undo and redo one step each
    pane.setFocus()
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.stack.index() == 0
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.stack.index() == 1
    assert block_text(pane, first) == "Decides again to continue its cooperation;"


def paste_text(pane, text):
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    press(pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasting_lines_over_a_selection_is_one_undo_step(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    first = pane.ids[0]
    pane.place_cursor(first, 8, 35)  # "to continue its cooperation" selected
    paste_text(pane, "to welcome the report;\nEncourages Member States to cooperate")
    assert [t for _, t in outline(window)][:2] == ["Decides to welcome the report;", "Encourages Member States to cooperate;"]
    assert_pane_matches_model(pane)
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t for _, t in outline(window)] == [
        "Decides to continue its cooperation;",
        "Requests the Secretary-General to report;",
        "Decides to remain seized of the matter.",
    ]
    assert window.session.stack.index() == 0
    assert_pane_matches_model(pane)


def test_pasting_one_copied_line_adds_no_trailing_space(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    last = pane.ids[2]
    pane.place_cursor(last, len(block_text(pane, last)))
    press(pane, Qt.Key.Key_Return)
    paste_text(pane, "Decides to include the item in the provisional agenda.\n")
    assert window.session.draft.operative[-1].flat_text() == "Decides to include the item in the provisional agenda."
    assert_pane_matches_model(pane)


def test_save_after_importing_text_copied_from_a_pdf_asks_where_and_keeps_the_copy(make_window, fixtures, tmp_path,
                                                                                     monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    copied = tmp_path / "A_80_L.9_en.txt"
    original = (fixtures / "texts" / "A_80_L.9_en.txt").read_bytes()
    copied.write_bytes(original)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copied), "")))
    press(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.draft.meta.symbol == "A/80/L.9"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    type_text(pane, "Also ")
    press(pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked, "Save asks where to save an imported text"
    assert copied.read_bytes() == original


def test_save_keeps_writing_a_draft_opened_in_the_text_dialect(make_window, tmp_path, monkeypatch):
    from tests.gui.conftest import ENGLISH_DRAFT

    path = tmp_path / "draft.md"
    path.write_text(ENGLISH_DRAFT, encoding="utf-8")
    window = make_window()
    assert window.open_path(path)
    assert window.session.path == path
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    type_text(pane, "Also ")
    press(pane, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.session.stack.isClean()
    assert "Also Decides" in path.read_text(encoding="utf-8")


def test_export_docx_to_a_name_typed_without_extension_writes_a_docx(make_window, english_draft, tmp_path,
                                                                     monkeypatch, no_modal_dialogs):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(english_draft)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "resolution"), "")))
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "resolution.docx").is_file()
    assert not no_modal_dialogs, "no error box"


def test_the_diagnostics_list_shows_the_new_number_after_a_clause_moves(make_window, qtbot):
    from draftapp.io.text import read_text

    draft = read_text("*The General Assembly*,\n\n*Recalling* its resolution 79/1,\n\n"
                      "1. *Requests* the Secretary-General to report,\n\n2. *Urges* Member States to cooperate;\n\n"
                      "3. *Decides* to remain seized of the matter.\n")
    window = make_window(draft)
    tree = window.diagnostics.tree

    def rows():
        return [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())]

    qtbot.waitUntil(lambda: bool(rows()))
    assert rows()[0][0] == "Operative 1" and "“,”" in rows()[0][1]
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[1], 0)
    press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # "Urges" goes first: "Requests" is now 2
    qtbot.waitUntil(lambda: rows()[0][0] == "Operative 2", timeout=2000)


def test_the_footnotes_pane_counts_citations_after_one_is_deleted_with_backspace(make_window, english_draft):
    english_draft.meta.footnote_repeats = "same"  # citing again reuses the number (not a new note with its text)
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 7)
    press(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    type_text(window.footnotes.editor, "Resolution 79/1.")
    pane.setFocus()
    pane.place_cursor(pane.ids[2], 7)
    window._fill_cite_menu()
    window.cite_menu.actions()[0].trigger()  # Insert > Cite a footnote again > 1
    assert window.footnotes.cited.text() == "Cited 2 time(s)"
    pane.setFocus()
    pane.place_cursor(pane.ids[2], 8)
    press(pane, Qt.Key.Key_Backspace)  # the second citation goes; the footnote keeps number 1
    assert window.footnotes.cited.text() == "Cited 1 time(s)"
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.footnotes.cited.text() == "Cited 2 time(s)"


def test_bold_across_clauses_is_one_undo_step(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    before = [list(p.runs) for p in window.session.draft.operative]
    pane.place_cursor(pane.ids[0], 10)
    press(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(pane, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert all(any(getattr(r, "bold", False) for r in p.runs) for p in window.session.draft.operative)
    assert_pane_matches_model(pane)
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.runs for p in window.session.draft.operative] == before
    assert_pane_matches_model(pane)
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert all(any(getattr(r, "bold", False) for r in p.runs) for p in window.session.draft.operative)
    assert_pane_matches_model(pane)


def test_pasting_over_a_selection_across_clauses_is_one_undo_step(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    before = [p.flat_text() for p in window.session.draft.operative]
    for text in ("to act at once;", "to act;\nCalls upon States to act;"):
        pane.place_cursor(pane.ids[0], 8)
        press(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        paste_text(pane, text)
        assert window.session.draft.operative[0].flat_text().startswith("Decides to act")
        assert_pane_matches_model(pane)
        press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [p.flat_text() for p in window.session.draft.operative] == before
        assert_pane_matches_model(pane)


def test_draftapp_file_with_text_copied_from_a_pdf_opens_it_as_an_import(fixtures, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    import draftapp.gui.main_window as main_window
    from draftapp.gui import app

    copied = tmp_path / "A_80_L.9_en.txt"
    original = (fixtures / "texts" / "A_80_L.9_en.txt").read_bytes()
    copied.write_bytes(original)
    made = []

    class Window(main_window.MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                             autosave_dir=tmp_path / "autosave", spelling=False)
            made.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Window)
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.run(str(copied)) == 0
    window = made[0]
    qtbot.addWidget(window)
    assert window.session.draft.meta.symbol == "A/80/L.9"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.operative.setFocus()
    type_text(window.operative, "Also ")
    press(window.operative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked and copied.read_bytes() == original
    window.session.stack.setClean()


def test_ctrl_s_while_typing_the_title_saves_the_title(make_window, english_draft, tmp_path):
    from draftapp.io.formats import read_draft

    path = tmp_path / "draft.draft"
    window = make_window(english_draft)
    assert window.save_to(path)
    title = window.document_pane.title
    title.setFocus()
    title.selectAll()
    type_text(title, "Oceans and the law of the sea")
    press(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Return, focus still in the field
    assert read_draft(path).meta.title == "Oceans and the law of the sea"
    assert window.session.draft.meta.title == "Oceans and the law of the sea"
    assert title.hasFocus()


def test_closing_while_typing_the_symbol_asks_to_save_it(make_window, english_draft, tmp_path, no_modal_dialogs):
    window = make_window(english_draft)
    assert window.save_to(tmp_path / "draft.draft")
    symbol = window.document_pane.symbol
    symbol.setFocus()
    type_text(symbol, "A/80/L.12")
    window.close()  # the prompt is answered Cancel
    assert no_modal_dialogs == ["The draft has changes that are not saved. Save them?"]
    assert window.isVisible()



def shown_italic(pane, pid) -> str:
    """The characters of a clause the pane shows in italics (highlighter formats included)."""
    block = pane.document().findBlockByNumber(pane.ids.index(pid))
    text = block.text()
    marks = [False] * len(text)
    for it in block:
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().fontItalic():
            start = fragment.position() - block.position()
            for i in range(start, start + fragment.length()):
                marks[i] = True
    for fmt in block.layout().formats():
        if fmt.format.fontItalic():
            for i in range(fmt.start, min(len(text), fmt.start + fmt.length)):
                marks[i] = True
    return "".join(ch for ch, m in zip(text, marks) if m)


def test_the_neighbours_of_a_new_clause_keep_their_italic_openings(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    second, third = pane.ids[1], pane.ids[2]
    assert shown_italic(pane, second) == "Requests" and shown_italic(pane, third) == "Decides"
    pane.place_cursor(second, len(block_text(pane, second)))
    press(pane, Qt.Key.Key_Return)
    press(pane, Qt.Key.Key_Tab)
    type_text(pane, "on the first question;")
    assert shown_italic(pane, second) == "Requests"
    assert shown_italic(pane, third) == "Decides"
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [shown_italic(pane, pid) for pid in pane.ids] == ["Decides", "Requests", "Decides"]


def expected_italic(pane, pid) -> str:
    """The characters that should show in italics: the opening and the runs set italic."""
    from draftapp.model import Text

    paragraph = pane.paragraph(pid)
    text = paragraph.flat_text()
    opening = pane._opening(pid, text, pane.depths[pane.ids.index(pid)])
    marks = [i < opening for i in range(len(text))]
    pos = 0
    for run in paragraph.runs:
        length = len(run.text) if isinstance(run, Text) else 1
        if isinstance(run, Text) and run.italic:
            marks[pos:pos + length] = [True] * length
        pos += length
    return "".join(ch for ch, m in zip(text, marks) if m).replace("\ufffc", "")


@pytest.mark.parametrize("seed", [100, 101, 102])
def test_a_random_session_keeps_every_view_true_to_the_model(make_window, english_draft, seed, monkeypatch):
    """Keys, typing, paste, footnotes, cross-references, formatting, language and organ
    changes at random; after each step the panes (text, italics shown), the footnote
    numbers and the Footnotes list match the model; undoing everything restores the draft."""
    import json
    import random

    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication, QMessageBox

    from draftapp.io.native import draft_to_json
    from draftapp.model import footnote_numbers

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window = make_window(english_draft)
    session = window.session
    start = json.dumps(draft_to_json(session.draft), sort_keys=True)
    rng = random.Random(seed)

    def choose(combo, code):
        i = combo.findData(code)
        combo.setCurrentIndex(i)
        combo.activated.emit(i)

    def select_some(pane):
        cursor = pane.textCursor()
        cursor.setPosition(rng.randint(0, pane.document().characterCount() - 1), cursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)

    for _step in range(120):
        pane = rng.choice([window.operative, window.preamble])
        pane.setFocus()
        if pane.ids:
            pid = rng.choice(pane.ids)
            text = pane.paragraph(pid).flat_text()
            pane.place_cursor(pid, rng.choice([0, len(text), rng.randint(0, len(text))]))
        c = rng.random()
        if c < 0.1 and session.stack.canUndo():
            session.stack.undo()
        elif c < 0.15 and session.stack.canRedo():
            session.stack.redo()
        elif c < 0.3:
            type_text(pane, rng.choice(["Decides ", "x", "; ", "Welcomes"]))
        elif c < 0.35:
            window.insert_footnote("Note.")
        elif c < 0.4 and session.draft.footnotes:
            pane.cite_footnote(rng.choice(session.draft.footnotes).id)
        elif c < 0.43 and session.draft.footnotes:
            window.footnotes.select(rng.choice(session.draft.footnotes).id)
            window.footnotes.delete_current()
        elif c < 0.48 and window.cross_reference_targets():
            window.insert_cross_reference(rng.choice(window.cross_reference_targets())[0])
        elif c < 0.52:
            mime = QMimeData()
            mime.setText(rng.choice(["A;\nB;", "one line", "X\n\nY\nZ"]))
            QApplication.clipboard().setMimeData(mime)
            if pane.ids and rng.random() < 0.5:
                select_some(pane)
            press(pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        elif c < 0.55 and pane.ids:
            select_some(pane)
            press(pane, rng.choice([Qt.Key.Key_Delete, Qt.Key.Key_Backspace]))
        elif c < 0.58:
            choose(window.document_pane.language, rng.choice(["en", "fr", "ar", "zh", "ru", "es"]))
        elif c < 0.6:
            choose(window.document_pane.organ, rng.choice(["ga", "sc"]))
        elif c < 0.63 and pane.ids:
            select_some(pane)
            press(pane, rng.choice([Qt.Key.Key_B, Qt.Key.Key_I]), Qt.KeyboardModifier.ControlModifier)
        else:
            key, mods = rng.choice(STRUCTURE_KEYS)
            press(pane, key, mods)
        for shown in (window.operative, window.preamble):
            assert_pane_matches_model(shown)
            for pid in shown.ids:
                assert shown_italic(shown, pid).replace("\ufffc", "") == expected_italic(shown, pid)
        numbers = footnote_numbers(session.draft)
        assert session.footnote_numbers == numbers
        rows = [window.footnotes.list.item(i).text().split("\t")[0] for i in range(window.footnotes.list.count())]
        assert rows == [str(numbers.get(f.id, "?")) for f in sorted(session.draft.footnotes,
                                                                 key=lambda f: numbers.get(f.id, 10**6))]
    while session.stack.canUndo():
        session.stack.undo()
    assert json.dumps(draft_to_json(session.draft), sort_keys=True) == start
    assert_pane_matches_model(window.operative)
    assert_pane_matches_model(window.preamble)


def test_pasting_into_an_empty_pane_is_one_undo_step(make_window):
    window = make_window()
    pane = window.preamble
    pane.setFocus()
    for text in ("Recalling its resolution 79/1,\nNoting the report,", "Welcoming the report,"):
        paste_text(pane, text)
        assert [p.flat_text() for p in window.session.draft.preamble] == text.split("\n")
        assert_pane_matches_model(pane)
        press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.session.draft.preamble == [] and window.session.stack.index() == 0
        assert_pane_matches_model(pane)


def test_ctrl_shift_h_in_the_preamble_does_not_turn_an_operative_clause_into_a_heading(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.preamble
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 3)
    press(pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not any(p.heading for p in window.session.draft.operative)
    assert window.session.labels[window.operative.ids[0]] == "1."
    assert not window.session.stack.canUndo()
    # in the operative part it works as before
    window.operative.setFocus()
    window.operative.place_cursor(window.operative.ids[1], 0)
    press(window.operative, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.draft.operative[1].heading


def test_clauses_left_empty_survive_saving_as_text_and_reopening(make_window, tmp_path):
    """A delegate adds a preambular clause and an operative subparagraph, saves as .md
    before typing them, and opens the file again: both are still there, where they were
    (the text dialect wrote an empty preambular paragraph as nothing before stop 22)."""
    from tests.gui.conftest import ENGLISH_DRAFT

    path = tmp_path / "draft.md"
    path.write_text(ENGLISH_DRAFT, encoding="utf-8")
    window = make_window()
    assert window.open_path(path)
    preamble, operative = window.preamble, window.operative
    before = (len(window.session.draft.preamble), len(window.session.draft.operative[0].children))
    first = preamble.ids[0]
    preamble.setFocus()
    preamble.place_cursor(first, len(block_text(preamble, first)))
    press(preamble, Qt.Key.Key_Return)  # a new, empty preambular clause after the first
    top = operative.ids[0]
    operative.setFocus()
    operative.place_cursor(top, len(block_text(operative, top)))
    press(operative, Qt.Key.Key_Return)
    press(operative, Qt.Key.Key_Tab)  # the new clause becomes paragraph 1's first subparagraph
    press(operative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.session.stack.isClean()

    reopened = make_window()
    assert reopened.open_path(path)
    draft = reopened.session.draft
    assert len(draft.preamble) == before[0] + 1 and draft.preamble[1].text == ""
    assert len(draft.operative[0].children) == before[1] + 1 and draft.operative[0].children[0].text == ""
    # what the user sees: the empty clause is a laid-out block of the preamble pane
    pid = reopened.preamble.ids[1]
    assert block_text(reopened.preamble, pid) == ""
    assert len(reopened.preamble.ids) == before[0] + 1
