"""Files: save and open, the title with the file name and modified mark, recent files,
the unsaved-changes prompt, autosave and recovery after a crash, DOCX export."""

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from draftapp.gui.autosave import find_orphans
from draftapp.io.formats import read_draft
from tests.gui.conftest import block_text, type_text


def answer_with(monkeypatch, name, button):
    asked = []

    def box(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return button

    monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    return asked


def edit_something(window):
    pane = window.operative
    pid = pane.ids[0]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    pane.setFocus()
    type_text(pane, " now")


def test_save_open_title_and_recent_files(make_window, english_draft, tmp_path):
    path = tmp_path / "coop.draft"
    window = make_window(english_draft)
    assert window.windowTitle().startswith("Untitled")
    edit_something(window)
    assert window.isWindowModified()
    assert window.save_to(path)
    assert not window.isWindowModified()
    assert window.windowTitle() == "coop.draft[*] — Draftapp"
    assert read_draft(path) == window.session.draft
    assert window.recent_files() == [str(path.resolve())]

    other = make_window()
    assert other.open_path(path)
    assert other.session.draft == window.session.draft
    assert other.windowTitle().startswith("coop.draft")
    other._fill_recent()
    assert [a.text() for a in other.recent_menu.actions()] == ["coop.draft"]


def test_opening_a_bad_file_says_why_and_keeps_the_draft(make_window, english_draft, tmp_path, no_modal_dialogs):
    bad = tmp_path / "bad.draft"
    bad.write_text("{not json", encoding="utf-8")
    window = make_window(english_draft)
    assert not window.open_path(bad)
    assert no_modal_dialogs and "bad.draft" in no_modal_dialogs[0]
    assert window.session.draft.operative[0].text.startswith("Decides")


@pytest.mark.parametrize("button, closes", [
    (QMessageBox.StandardButton.Cancel, False),
    (QMessageBox.StandardButton.Discard, True),
    (QMessageBox.StandardButton.Save, True),
])
def test_unsaved_changes_prompt(make_window, english_draft, tmp_path, monkeypatch, button, closes):
    path = tmp_path / "d.draft"
    window = make_window(english_draft, path)
    window.close()  # nothing changed: no question
    window.show()
    edit_something(window)
    asked = answer_with(monkeypatch, "warning", button)
    closed = window.close()
    assert len(asked) == 1 and "not saved" in asked[0]
    assert closed is closes
    assert window.isVisible() is not closes
    if button == QMessageBox.StandardButton.Save:
        assert read_draft(path).operative[0].text.endswith("cooperation; now")
    if button == QMessageBox.StandardButton.Discard:
        assert not path.exists()


def test_autosave_a_crash_and_the_recovery(make_window, english_draft, tmp_path, monkeypatch, qtbot):
    saves = tmp_path / "autosave"
    window = make_window(english_draft, tmp_path / "coop.draft", autosave_dir=saves)
    assert window.autosave.save_now() is False  # nothing to save yet
    edit_something(window)
    # the window loses focus to another one: the working copy is written
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    qtbot.waitUntil(window.autosave.draft_path.exists, timeout=2000)
    assert find_orphans(saves) == []  # its editor is alive: not an orphan
    edited = window.session.draft

    # a crash: the process dies without closing; the OS releases its lock
    window.autosave.timer.stop()
    window.autosave.lock.unlock()
    window.autosave.remove = lambda: None  # a dead process removes nothing
    window.session.stack.setClean()  # (only so the test fixture's close does not prompt)

    orphans = find_orphans(saves)
    assert len(orphans) == 1 and orphans[0].original == str(tmp_path / "coop.draft")
    asked = answer_with(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    again = make_window(autosave_dir=saves)
    assert again.offer_recovery()
    assert asked and "coop.draft" in asked[0]
    assert again.session.draft == edited
    assert again.isWindowModified()
    assert again.session.path == tmp_path / "coop.draft"
    assert find_orphans(saves) == []


def test_declining_recovery_discards_the_copy(make_window, english_draft, tmp_path, monkeypatch):
    saves = tmp_path / "autosave"
    window = make_window(english_draft, autosave_dir=saves)
    edit_something(window)
    window.autosave.timer.timeout.emit()  # the 30-second timer
    window.autosave.lock.unlock()
    window.autosave.remove = lambda: None
    window.session.stack.setClean()
    answer_with(monkeypatch, "question", QMessageBox.StandardButton.No)
    again = make_window(autosave_dir=saves)
    assert not again.offer_recovery()
    assert find_orphans(saves) == []
    assert again.session.draft.operative == []


def test_a_clean_close_leaves_no_working_copy(make_window, english_draft, tmp_path, monkeypatch):
    saves = tmp_path / "autosave"
    window = make_window(english_draft, tmp_path / "x.draft", autosave_dir=saves)
    edit_something(window)
    window.autosave.save_now()
    answer_with(monkeypatch, "warning", QMessageBox.StandardButton.Save)
    assert window.close()
    assert list(saves.glob("*.draft")) == []


def test_export_docx_from_the_file_menu(make_window, english_draft, tmp_path):
    window = make_window(english_draft)
    target = tmp_path / "out.docx"
    warnings = window.export_docx(target)
    assert warnings is not None, "the DOCX exporter is part of the app"
    assert target.exists() and target.stat().st_size > 1000


def test_import_a_docx_export_back_as_an_unsaved_draft(make_window, english_draft, tmp_path):
    window = make_window(english_draft)
    target = tmp_path / "out.docx"
    window.export_docx(target)
    other = make_window()
    assert other.open_path(target)
    assert other.session.path is None  # imported: Save asks where to keep it as a draft
    assert [p.text for p in other.session.draft.operative] == [p.text for p in english_draft.operative]
    assert "Imported out.docx" in other.statusBar().currentMessage()


def test_an_unwritable_autosave_folder_is_reported_not_fatal(make_window, english_draft, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    window = make_window(english_draft, autosave_dir=blocked / "autosave")
    edit_something(window)
    assert window.autosave.save_now() is False
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert window.session.draft.operative[0].text.endswith(" now")  # the work is still there


def test_a_failing_check_rule_does_not_cost_an_edit(make_window, english_draft, monkeypatch):
    window = make_window(english_draft)

    def broken(paragraph_id):
        raise RuntimeError("rule bug")

    monkeypatch.setattr(window.session.engine, "paragraph_changed", broken)
    edit_something(window)
    assert window.session.draft.operative[0].text.endswith(" now")
    assert "rule bug" in window.statusBar().currentMessage()
