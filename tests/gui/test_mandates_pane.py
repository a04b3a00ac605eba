"""The Mandates pane as a delegate uses it: it lists the clauses that ask for work,
follows typing, jumps to a clause on a click and saves the table as a Word document."""

import docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from draftapp.io.text import read_text

from conftest import ENGLISH_DRAFT, press, type_text


def visible_rows(tree) -> list[list[str]]:
    """The rows the user sees: laid out (a visual rectangle inside the viewport)."""
    rows = []
    viewport = tree.viewport().rect()
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rect = tree.visualItemRect(item)
        if rect.isValid() and viewport.intersects(rect):
            rows.append([item.text(c) for c in range(tree.columnCount())])
    return rows


def show_mandates(window, qtbot):
    window.docks["mandates"].show()
    window.docks["mandates"].raise_()
    qtbot.waitUntil(lambda: window.mandates.isVisible(), timeout=2000)


def test_typing_a_request_adds_a_row_and_a_click_jumps_to_it(make_window, qtbot):
    window = make_window(read_text(ENGLISH_DRAFT))
    show_mandates(window, qtbot)
    # OP2 "Requests the Secretary-General to report;" is a report
    assert visible_rows(window.mandates.tree) == [["2", "the Secretary-General", "report", "—", "new", ""]]
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(window.session.draft.operative[-1].id, len(window.session.draft.operative[-1].text))
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Also requests the Secretary-General to submit a report at its eighty-first session.")
    qtbot.waitUntil(lambda: len(visible_rows(window.mandates.tree)) == 2, timeout=3000)
    row = visible_rows(window.mandates.tree)[1]
    assert row[:5] == ["4", "the Secretary-General", "report", "at its eighty-first session", "new"]
    # click the row: the cursor goes to the fourth operative paragraph
    tree = window.mandates.tree
    window.preamble.setFocus()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(tree.topLevelItem(1)).center())
    qtbot.waitUntil(lambda: window.operative.hasFocus(), timeout=2000)
    assert window.operative.current_id() == window.session.draft.operative[3].id


def test_save_table_writes_the_rows(make_window, qtbot, monkeypatch, tmp_path):
    text = ENGLISH_DRAFT.replace("2. *Requests* the Secretary-General to report;",
                                 "2. *Requests* the Secretary-General to convene an expert group meeting;")
    window = make_window(read_text(text))
    show_mandates(window, qtbot)
    target = tmp_path / "table"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    QTest.mouseClick(window.mandates.export_button, Qt.MouseButton.LeftButton)
    saved = docx.Document(str(target) + ".docx")
    cells = [c.text for c in saved.tables[0].rows[1].cells]
    assert cells[:5] == ["2", "the Secretary-General", "meeting", "", "new"]
