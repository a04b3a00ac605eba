"""No edit is lost: the first edit after opening or saving reaches the working copy,
recovery offers every crashed session's copy in turn, a damaged autosave info file does
not stop the editor, a read-only draft is not overwritten, a symbolic link is kept."""

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from draftapp.gui.autosave import find_orphans
from draftapp.io.formats import read_draft
from tests.gui.conftest import block_text, press, type_text


def answer_with(monkeypatch, name, button):
    asked = []

    def box(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return button

    monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    return asked


def crash(window):
    """The process dies: no close, no clean-up; the OS releases its lock."""
    window.autosave.timer.stop()
    window.autosave.lock.unlock()
    window.autosave.remove = lambda: None
    window.session.stack.setClean()  # only so that the fixture's close does not prompt


def at_end_of_first_clause(window):
    pane = window.operative
    pid = pane.ids[0]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    pane.setFocus()
    return pane


def one_character(window):
    type_text(at_end_of_first_clause(window), "x")


def a_move(window):
    press(at_end_of_first_clause(window), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


def a_new_clause(window):
    press(at_end_of_first_clause(window), Qt.Key.Key_Return)


def tab(window):
    pane = window.operative
    second = pane.ids[1]
    pane.place_cursor(second, 0)
    pane.setFocus()
    press(pane, Qt.Key.Key_Tab)


def a_footnote(window):
    press(at_end_of_first_clause(window), Qt.Key.Key_F,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


def a_symbol(window):
    pane = window.document_pane
    pane.symbol.setFocus()
    type_text(pane.symbol, "A")
    press(pane.symbol, Qt.Key.Key_Return)


@pytest.mark.parametrize("edit", [one_character, a_move, a_new_clause, tab, a_footnote, a_symbol])
@pytest.mark.parametrize("saved_first", [False, True], ids=["after-open", "after-save"])
def test_the_first_edit_is_autosaved_and_recovered(make_window, english_draft, tmp_path, monkeypatch, edit, saved_first):
    saves = tmp_path / "autosave"
    path = tmp_path / "coop.draft"
    window = make_window(english_draft, path, autosave_dir=saves)
    if saved_first:
        one_character(window)
        assert window.save_to(path)
    assert not window.isWindowModified()
    before = copy.deepcopy(window.session.draft)
    edit(window)
    assert window.isWindowModified()
    edited = window.session.draft
    assert window.autosave.dirty
    window.autosave.timer.timeout.emit()  # the autosave tick
    assert window.autosave.draft_path.exists()
    crash(window)

    answer_with(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    again = make_window(autosave_dir=saves)
    assert again.offer_recovery()
    assert again.session.draft == edited
    assert again.session.draft != before


def test_no_to_recovery_keeps_the_copies_never_offered(make_window, english_draft, tmp_path, monkeypatch):
    saves = tmp_path / "autosave"
    first = make_window(english_draft, tmp_path / "one.draft", autosave_dir=saves)
    one_character(first)
    first.autosave.save_now()
    crash(first)
    second = make_window(english_draft, tmp_path / "two.draft", autosave_dir=saves)
    a_new_clause(second)
    second.autosave.save_now()
    crash(second)
    assert len(find_orphans(saves)) == 2

    asked = answer_with(monkeypatch, "question", QMessageBox.StandardButton.No)
    again = make_window(autosave_dir=saves)
    assert not again.offer_recovery()
    assert len(asked) == 1
    left = find_orphans(saves)
    assert len(left) == 1  # only the copy the user declined is gone
    # the next start offers the other one
    asked = answer_with(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    later = make_window(autosave_dir=saves)
    assert later.offer_recovery()
    assert asked and ("one.draft" in asked[0] or "two.draft" in asked[0])


@pytest.mark.parametrize("info", [b"{damaged", b"[1, 2]", b'{"saved_at": "yesterday", "original": 5}',
                                  b"\xff\xfe\x00", b'{"saved_at": 1e400}', b'{"saved_at": NaN}'])
def test_a_damaged_autosave_info_file_does_not_stop_the_editor(make_window, english_draft, tmp_path, monkeypatch, info):
    saves = tmp_path / "autosave"
    window = make_window(english_draft, autosave_dir=saves)
    one_character(window)
    window.autosave.save_now()
    window.autosave.info_path.write_bytes(info)
    edited = window.session.draft
    crash(window)
    assert len(find_orphans(saves)) == 1
    answer_with(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    again = make_window(autosave_dir=saves)
    assert again.offer_recovery()
    assert again.session.draft == edited
    assert again.session.path is None


def test_a_damaged_working_copy_is_reported_and_the_editor_goes_on(make_window, english_draft, tmp_path, monkeypatch,
                                                                    no_modal_dialogs):
    saves = tmp_path / "autosave"
    window = make_window(english_draft, autosave_dir=saves)
    one_character(window)
    window.autosave.save_now()
    window.autosave.draft_path.write_bytes(b"\x00\x01 not json")
    crash(window)
    answer_with(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    criticals = answer_with(monkeypatch, "critical", QMessageBox.StandardButton.Ok)
    again = make_window(autosave_dir=saves)
    assert not again.offer_recovery()
    assert criticals and "not a valid draft file" in criticals[0]


def test_a_read_only_draft_is_not_overwritten_and_save_as_is_offered(make_window, english_draft, tmp_path, monkeypatch):
    path = tmp_path / "locked.draft"
    window = make_window(english_draft, path)
    assert window.save_to(path)
    before = path.read_bytes()
    path.chmod(0o444)
    one_character(window)
    warnings = answer_with(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    offered = []
    monkeypatch.setattr(type(window), "save_as", lambda self: offered.append(True) or False)
    assert not window.save()
    assert path.read_bytes() == before
    assert warnings and "read-only" in warnings[0] and "locked.draft" in warnings[0]
    # the user chooses Save As in the message
    answer_with(monkeypatch, "warning", QMessageBox.StandardButton.Save)
    window.save()
    assert offered == [True]
    assert path.read_bytes() == before
    assert window.isWindowModified()


def test_saving_through_a_symbolic_link_writes_the_target(make_window, english_draft, tmp_path):
    real = tmp_path / "real" / "coop.draft"
    real.parent.mkdir()
    link = tmp_path / "link.draft"
    window = make_window(english_draft, real)
    assert window.save_to(real)
    link.symlink_to(real)
    other = make_window()
    assert other.open_path(link)
    one_character(other)
    assert other.save()
    assert link.is_symlink()
    assert read_draft(real) == other.session.draft


def test_an_annex_typed_without_apply_is_autosaved_and_recovered(make_window, english_draft, tmp_path, monkeypatch):
    """Typed in the Annexes pane and never applied, then a crash: the annex is in the
    working copy (it was lost: only the undo stack made the copy dirty)."""
    saves = tmp_path / "autosave"
    window = make_window(english_draft, tmp_path / "coop.draft", autosave_dir=saves)
    pane = window.docks["annexes"].widget()
    window.docks["annexes"].raise_()
    pane.editor.setFocus()
    type_text(pane.editor, "# Annex")
    press(pane.editor, Qt.Key.Key_Return)
    type_text(pane.editor, "1. Typed before a crash.")
    assert window.session.stack.isClean()  # nothing applied
    assert window.isWindowModified()  # but the title says there is unsaved work
    window.autosave.timer.timeout.emit()
    assert window.autosave.draft_path.exists()
    crash(window)

    answer_with(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    again = make_window(autosave_dir=saves)
    assert again.offer_recovery()
    assert [p.text for p in again.session.draft.annexes[0].paragraphs] == ["Typed before a crash."]
    assert again.session.draft.operative == english_draft.operative


def test_an_annex_typed_then_erased_leaves_no_working_copy(make_window, english_draft, tmp_path):
    window = make_window(english_draft, tmp_path / "coop.draft", autosave_dir=tmp_path / "autosave")
    pane = window.docks["annexes"].widget()
    pane.editor.setFocus()
    type_text(pane.editor, "x")
    assert window.autosave.dirty and window.isWindowModified()
    press(pane.editor, Qt.Key.Key_Backspace)
    assert not window.autosave.dirty and not window.isWindowModified()
    window.autosave.timer.timeout.emit()
    assert not window.autosave.draft_path.exists()
