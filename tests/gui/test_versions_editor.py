"""Versions in the editor, used as a delegate would: File > Set base, Save version,
Compare (inline and side by side, Next/Previous change), the margin marks of View >
Changes against the base, File > Export with tracked changes, and opening a Word
document that carries tracked changes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.gui.conftest import ENGLISH_DRAFT, press, type_text
from draftapp.gui.change_marks import MARK_COLOR
from draftapp.io import native
from draftapp.io.docx.tracked import export_tracked_docx
from draftapp.io.formats import read_draft
from draftapp.io.text import read_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def menu_action(window, menu_title: str, text: str):
    for menu_action_ in window.menuBar().actions():
        if menu_action_.text() == menu_title:
            for action in menu_action_.menu().actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {menu_title} > {text}")


def base_file(tmp_path) -> Path:
    path = tmp_path / "base.md"
    path.write_text(ENGLISH_DRAFT, encoding="utf-8")
    return path


def set_base_by_menu(window, tmp_path, monkeypatch):
    path = base_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    menu_action(window, "&File", "Set &base…").trigger()
    return path


def edit_like_a_delegate(window, qtbot):
    """Type "Also " before OP2's words, delete OP3 with the menu."""
    pane = window.operative
    op2, op3 = window.session.draft.operative[1].id, window.session.draft.operative[2].id
    pane.setFocus()
    pane.place_cursor(op2, 0)
    type_text(pane, "Also ")
    pane.place_cursor(op3, 0)
    menu_action(window, "&Clause", "&Delete clause").trigger()
    return op2


def test_set_base_and_save_version_from_the_file_menu(make_window, tmp_path, monkeypatch):
    window = make_window(read_text(ENGLISH_DRAFT))
    set_base_by_menu(window, tmp_path, monkeypatch)
    assert window.session.draft.base.source == "base.md"
    assert window.isWindowModified()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("zero draft", True)))
    window.activateWindow()
    press(window.operative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert [v.name for v in window.session.draft.versions] == ["zero draft"]
    # saved with the draft, and back
    path = tmp_path / "d.draft"
    assert window.save_to(path)
    again = native.load(path)
    assert again.base.source == "base.md" and again.versions[0].name == "zero draft"
    # Undo takes the version back
    press(window.operative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.draft.versions == []


def test_margin_marks_on_changed_clauses(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window(read_text(ENGLISH_DRAFT))
    set_base_by_menu(window, tmp_path, monkeypatch)
    op2 = edit_like_a_delegate(window, qtbot)
    marks_action = menu_action(window, "&View", "Changes against the &base (margin marks)")
    marks_action.trigger()
    marks = window.versions.marker.marks[1]  # the operative pane's
    qtbot.waitUntil(lambda: marks.changed_ids == {op2}, timeout=3000)
    assert marks.isVisible()
    number = window.operative.ids.index(op2)
    assert marks.marked_blocks() == [number]
    image = window.operative.viewport().grab().toImage()
    rect = marks.mark_rect(number)
    assert image.pixelColor(rect.center()) == MARK_COLOR  # painted beside OP2
    other = marks.mark_rect(0)  # OP1 is unchanged: no mark
    assert image.pixelColor(other.center()) != MARK_COLOR
    # the preamble is unchanged
    assert window.versions.marker.marks[0].marked_blocks() == []
    marks_action.trigger()  # off again
    assert not marks.isVisible()


def _fragments(document):
    out = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            out.append((f.text(), f.charFormat()))
            it += 1
        block = block.next()
    return out


def test_compare_view_inline_side_by_side_and_next_change(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window(read_text(ENGLISH_DRAFT))
    set_base_by_menu(window, tmp_path, monkeypatch)
    edit_like_a_delegate(window, qtbot)
    menu_action(window, "&File", "Save &version…")  # present
    menu_action(window, "&File", "&Compare…").trigger()
    view = window.versions.compare_view
    qtbot.waitUntil(view.isVisible, timeout=2000)
    assert view.against.currentText() == "Base: base.md"
    fragments = _fragments(view.inline.document())
    underlined = [t for t, f in fragments if f.fontUnderline()]
    struck = [t for t, f in fragments if f.fontStrikeOut()]
    assert underlined == ["Also "]  # the typed words, underlined
    assert "".join(struck) == "Decides to remain seized of the matter."  # the deleted clause, struck through
    assert view.position.text() == "2 change(s)"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.position.text() == "1 of 2"
    assert view.selected_text() == "OP2  Also Requests the Secretary-General to report;"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.selected_text() == "OP3  Decides to remain seized of the matter."
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.position.text() == "1 of 2"
    # side by side: the old text on the left, the new on the right, rows aligned
    view.tabs.setCurrentIndex(1)
    left, right = view.old_side.document(), view.new_side.document()
    assert left.blockCount() == right.blockCount()
    assert "Also" not in left.toPlainText() and "Also Requests" in right.toPlainText()
    assert right.findBlockByNumber(left.blockCount() - 1).text() == ""  # the deleted clause has no right side
    assert [t for t, f in _fragments(right) if f.fontUnderline()] == ["Also "]


def test_compare_with_a_saved_version_and_a_move(make_window, monkeypatch, qtbot):
    window = make_window(read_text(ENGLISH_DRAFT))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("first reading", True)))
    menu_action(window, "&File", "Save &version…").trigger()
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(window.session.draft.operative[2].id, 0)
    press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    view = window.versions.compare()
    assert view.against.currentText().startswith("Version: first reading")
    text = view.inline.toPlainText()
    assert "moved here (was OP3)" in text and "moved away" in text
    moved = [t for t, f in _fragments(view.inline.document()) if f.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline]
    assert "Decides to remain seized of the matter." in "".join(moved)


def test_export_with_tracked_changes_from_the_file_menu(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window(read_text(ENGLISH_DRAFT))
    set_base_by_menu(window, tmp_path, monkeypatch)
    edit_like_a_delegate(window, qtbot)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("France", True)))
    menu_action(window, "&File", "Author of tracked changes…").trigger()
    target = tmp_path / "tracked.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    menu_action(window, "&File", "Export with trac&ked changes…").trigger()
    from lxml import etree

    with zipfile.ZipFile(target) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    inserted = ["".join(t.text for t in i.iter(W + "t")) for i in root.iter(W + "ins")]
    deleted = ["".join(t.text for t in d.iter(W + "delText")) for d in root.iter(W + "del")]
    assert "Also " in inserted and "Decides to remain seized of the matter." in deleted
    assert {i.get(W + "author") for i in root.iter(W + "ins")} == {"France"}


def test_export_with_tracked_changes_needs_a_base(make_window, no_modal_dialogs):
    window = make_window(read_text(ENGLISH_DRAFT))
    assert window.versions.export_tracked() is None
    assert any("Set a base first" in m for m in no_modal_dialogs)


def test_opening_a_word_document_with_tracked_changes(make_window, tmp_path, monkeypatch):
    """Keep the changes (the text without them becomes the base) or accept them all."""
    from tests.io.tracked.drafts import without_embedded_draft

    base, new = read_text(ENGLISH_DRAFT), read_text(ENGLISH_DRAFT.replace("*Requests*", "*Also requests*"))
    tracked = tmp_path / "tracked.docx"
    export_tracked_docx(new, base, tracked)
    foreign = without_embedded_draft(tracked, tmp_path / "from-word.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(foreign), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window = make_window()
    menu_action(window, "&File", "&Import…").trigger()
    draft = window.session.draft
    assert [p.text for p in draft.operative] == [p.text for p in new.operative]
    assert [p.text for p in draft.base.draft.operative] == [p.text for p in base.operative]
    view = window.versions.compare()
    fragments = _fragments(view.inline.document())
    assert [t for t, f in fragments if f.fontStrikeOut()] == ["Requests"]
    assert [t for t, f in fragments if f.fontUnderline()] == ["Also requests"]
    # accepting them all instead
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    other = make_window()
    menu_action(other, "&File", "&Import…").trigger()
    assert other.session.draft.base is None
    assert [p.text for p in other.session.draft.operative] == [p.text for p in new.operative]


def test_compare_with_another_file_and_f8_for_the_next_change(make_window, tmp_path, monkeypatch, qtbot):
    """No base and no version: the Compare view takes any file, and F8 steps through."""
    window = make_window(read_text(ENGLISH_DRAFT.replace("*Requests*", "*Also requests*")))
    view = window.versions.compare()
    assert "no base and no saved versions" in view.inline.toPlainText()
    other = base_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    qtbot.mouseClick(view.file_button, Qt.MouseButton.LeftButton)
    assert view.against.currentText() == "File: base.md"
    fragments = _fragments(view.inline.document())
    assert [t for t, f in fragments if f.fontStrikeOut()] == ["Requests"]
    assert [t for t, f in fragments if f.fontUnderline()] == ["Also requests"]
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    press(view, Qt.Key.Key_F8)
    assert view.selected_text() == "OP2  RequestsAlso requests the Secretary-General to report;"  # struck, then underlined
    press(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.position.text() == "1 of 1"
