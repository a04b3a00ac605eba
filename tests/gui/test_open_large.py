"""File > Open of the large benchmark draft (issue 10): the file is read and checked off
the GUI thread while the window keeps turning its event loop with "Opening …" shown; a
long part is drawn in slices; an edit made while the slices come in is kept, and once
done the panes, the preview and the diagnostics all show the new draft."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from draftapp.gui.edits import flatten
from draftapp.model import DeleteParagraph
from draftapp.io.text import write_text
from tests.gui.conftest import press, type_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import large_draft  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "csto-zh.draft"


def open_large(window, tmp_path, monkeypatch) -> Path:
    path = tmp_path / "large.md"
    path.write_text(write_text(large_draft("en")), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    return path


def shown_blocks(pane) -> list[str]:
    doc = pane.document()
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]


def model_texts(window, part: str) -> list[str]:
    return [p.flat_text() for p, _ in flatten(window.session.draft.part(part))]


def test_the_window_turns_its_event_loop_while_the_file_is_read(make_window, qtbot, tmp_path, monkeypatch):
    from draftapp.io.native import load

    window = make_window(load(EXAMPLE))
    old = window.session.draft
    open_large(window, tmp_path, monkeypatch)
    seen = []  # (status, cursor) at each turn of the event loop while the old draft is still open

    def tick():
        if window.session.draft is old:
            cursor = QApplication.overrideCursor()
            seen.append((window.statusBar().currentMessage(), cursor.shape() if cursor else None))

    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(tick)
    ticker.start()
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("&Open"))
    seen.clear()
    action.trigger()
    ticker.stop()
    opening = [s for s in seen if s == ("Opening large.md…", Qt.CursorShape.WaitCursor)]
    # blocked, the loop would have turned once (the busy cursor's paint); reading and
    # checking in a worker, it turns all along
    assert len(opening) >= 3
    assert window.session.draft is not old and len(window.session.draft.operative) > 300
    assert QApplication.overrideCursor() is None


def test_after_the_open_panes_preview_and_diagnostics_all_show_the_new_draft(make_window, qtbot, tmp_path,
                                                                             monkeypatch):
    from draftapp.io.native import load

    window = make_window(load(EXAMPLE))
    window.preview.update_now()
    open_large(window, tmp_path, monkeypatch)
    window.open_dialog()
    for pane in (window.preamble, window.operative):
        qtbot.waitUntil(pane.is_current, timeout=20000)
        assert shown_blocks(pane) == model_texts(window, pane.part)
    qtbot.waitUntil(lambda: window.preview.is_current() and window.diagnostics.is_current(), timeout=20000)
    # the numbers worked out in the worker are the new draft's (operative 380 is "380.")
    from draftapp.gui.session import derived_numbers

    session = window.session
    assert session.labels == derived_numbers(session.draft, session.scheme)["labels"]
    assert session.labels[session.draft.operative[-1].id] == f"{len(session.draft.operative)}."
    last = window.session.draft.operative[-1].flat_text()
    assert last[:40] in window.preview.page.toPlainText().replace("\u2029", "\n")
    assert "集体安全条约组织" not in window.preview.page.toPlainText()
    # the CSTO example has no problems; the large draft's five are listed, on its paragraphs
    tree = window.diagnostics.tree
    assert tree.topLevelItemCount() == 5
    assert all(window.session.draft.find(d.paragraph_id) is not None for d in window.diagnostics.shown)
    assert any("Recalling also" in tree.topLevelItem(i).text(2) for i in range(5))
    # the last clause can be reached and is drawn where it says
    pane = window.operative
    pane.setFocus()
    press(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.current_id() == pane.ids[-1]
    rect = pane.cursorRect()
    assert pane.viewport().rect().contains(rect.center())
    window.session.stack.setClean()


def opened_filling(make_window, tmp_path, monkeypatch):
    """(window, operative pane) right after File > Open of the large draft: the first
    slice is drawn, the rest comes on the next turns."""
    from draftapp.io.native import load

    window = make_window(load(EXAMPLE))
    open_large(window, tmp_path, monkeypatch)
    window.open_dialog()
    assert window.operative.filling()
    return window, window.operative


def test_typing_and_enter_while_the_pane_is_still_filled_are_kept(make_window, qtbot, tmp_path, monkeypatch):
    window, pane = opened_filling(make_window, tmp_path, monkeypatch)
    first = pane.ids[0]
    pane.setFocus()
    end = len(window.session.draft.find(first).flat_text())
    pane.place_cursor(first, end)
    type_text(pane, " amended")
    # a clause not drawn yet goes (as a diagnostic's fix might take it): the rest follows the model
    last = window.session.draft.operative[-1]
    assert pane.filling() and last.id not in pane.ids
    window.session.push(DeleteParagraph(last.id))
    assert pane.filling()  # what is drawn is still right: the slices go on
    press(pane, Qt.Key.Key_Return)  # a structural edit: the pane is completed from the model
    type_text(pane, "New clause")
    qtbot.waitUntil(pane.is_current, timeout=20000)
    draft = window.session.draft
    assert draft.find(first).flat_text().endswith(" amended")
    assert last.id not in [p.id for p, _ in flatten(draft.operative)] and last.id not in pane.ids
    assert model_texts(window, pane.part)[1] == "New clause"  # right after the clause Enter was pressed in
    assert shown_blocks(pane) == model_texts(window, pane.part)
    assert pane.depths == [d for _, d in flatten(draft.operative)]
    window.session.stack.setClean()


def test_a_heading_set_while_the_pane_is_filled_is_drawn(make_window, qtbot, tmp_path, monkeypatch):
    window, pane = opened_filling(make_window, tmp_path, monkeypatch)
    # a drawn operative paragraph without subparagraphs (only such can be a heading)
    second = next(n for n in range(1, len(pane.ids)) if pane.depths[n] == 0
                  and not window.session.draft.find(pane.ids[n]).children)
    pane.setFocus()
    pane.place_cursor(pane.ids[second], 0)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Clause")
    next(a for a in menu.actions() if a.text().startswith("Section &heading")).trigger()
    assert window.session.draft.find(pane.ids[second]).heading, window.statusBar().currentMessage()
    block = pane.document().findBlockByNumber(second)
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter  # drawn as a heading at once
    qtbot.waitUntil(pane.is_current, timeout=20000)
    assert shown_blocks(pane) == model_texts(window, pane.part)
    window.session.stack.setClean()

