"""Ctrl+Shift+Del on a clause another clause refers to asks first, as deleting a cited
footnote does (issue 10: it deleted the target of a cross-reference without asking)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import block_text, press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def referring_window(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    first, _second, third = pane.ids
    pane.place_cursor(first, len(block_text(pane, first)) - 1)
    pane.setFocus()
    type_text(pane, " as set out in ")
    window.insert_cross_reference(third)
    return window, pane, third


def test_deleting_a_referred_clause_asks_and_no_keeps_it(make_window, english_draft, no_modal_dialogs):
    window, pane, third = referring_window(make_window, english_draft)
    pane.place_cursor(third, 2)
    press(pane, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert no_modal_dialogs and "Paragraph 3 is referred to by 1 other paragraph" in no_modal_dialogs[-1]
    assert third in pane.ids and len(window.session.draft.operative) == 3  # "No": kept


def test_yes_deletes_it_and_the_checks_flag_the_broken_reference(make_window, english_draft, monkeypatch):
    window, pane, third = referring_window(make_window, english_draft)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    pane.place_cursor(third, 2)
    press(pane, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert third not in pane.ids
    assert any(d.rule == "references.broken" for d in window.session.diagnostics)


def test_a_clause_nobody_refers_to_is_deleted_without_a_question(make_window, english_draft, no_modal_dialogs):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    second = pane.ids[1]
    pane.place_cursor(second, 0)
    press(pane, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert second not in pane.ids and not no_modal_dialogs
