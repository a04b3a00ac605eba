"""The editor keeps its settings, autosaves, user templates and the user's spelling
words in the folders of draftapp/userdirs.py (here redirected to tmp_path)."""

from __future__ import annotations

import pytest

from draftapp.gui.main_window import MainWindow
from draftapp.gui.new_dialog import NewFromTemplateDialog
from draftapp.gui.spelling import Speller


@pytest.fixture
def folders(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DRAFTAPP_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def test_window_settings_and_autosave_go_to_the_user_folders(qtbot, folders):
    window = MainWindow(spelling=False)
    qtbot.addWidget(window)
    window.settings.setValue("probe", 1)
    window.settings.sync()
    assert window.settings.fileName() == str(folders / "config" / "settings.ini")
    assert (folders / "config" / "settings.ini").is_file()
    assert window.autosave.directory == folders / "data" / "autosave"
    window.session.stack.setClean()
    window.close()


def test_new_dialog_offers_the_user_templates_folder(qtbot, folders):
    dialog = NewFromTemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.user_dir == folders / "config" / "templates"


def test_spelling_accepts_the_users_own_words(folders):
    if not Speller("en").available:
        pytest.fail("no English dictionary: scripts/setup.sh installs hunspell-en-gb")
    assert Speller("en").misspelt("Draftappish text") == [(0, 11)]
    words = folders / "config" / "dictionaries" / "en.txt"
    words.parent.mkdir(parents=True)
    words.write_text("Draftappish\n", encoding="utf-8")
    assert Speller("en").misspelt("Draftappish text") == []
