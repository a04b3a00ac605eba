"""The editor opens, imports and pastes every regression input of issue 18 without a
traceback or a hang: a file it cannot read gives a "Cannot open" message naming the
file and keeps the draft that was open; pasted control characters are dropped."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QFileDialog

from draftapp.io.validate import clean_text
from tests.gui.conftest import block_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "robust"
INPUTS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".draft", ".md", ".docx"))


@pytest.fixture
def errors_in_slots(monkeypatch):
    """An exception in a Qt slot is printed by PySide, not raised: collect them."""
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: seen.append(info))
    return seen


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_open_and_import_every_hostile_input(make_window, english_draft, path, no_modal_dialogs, monkeypatch,
                                             errors_in_slots):
    window = make_window(english_draft)
    opened = window.open_path(path)
    if opened:
        assert not no_modal_dialogs
        window.preview.html()  # the preview draws it
    else:
        assert len(no_modal_dialogs) == 1 and str(path) in no_modal_dialogs[0]
        assert window.session.draft.operative[0].text.startswith("Decides")  # the open draft stays
    # the same file through File › Import
    no_modal_dialogs.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.session.stack.setClean()
    window.import_dialog()
    assert bool(no_modal_dialogs) is not opened
    assert errors_in_slots == []


def test_a_hostile_file_opened_and_exported_from_the_editor(make_window, tmp_path, no_modal_dialogs):
    window = make_window()
    assert window.open_path(FIXTURES / "missing-footnote.draft")
    warnings = window.export_docx(tmp_path / "out.docx")
    assert warnings and any("point to no footnote" in w for w in warnings)


def paste(pane, text):
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    pane.setFocus()
    pane.paste()


def test_pasting_control_characters_and_noncharacters(make_window, english_draft, errors_in_slots):
    window = make_window(english_draft)
    pane = window.operative
    pid = pane.ids[0]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    paste(pane, " and\x00 more\x01\ufffe")
    text = window.session.draft.operative[0].text
    assert text.endswith("cooperation; and more")
    paste(pane, "\x0cFirst pasted clause;\x0b\nSecond\x1f pasted clause.\n")
    texts = [p.text for p in window.session.draft.operative]
    assert "Second pasted clause." in texts
    assert all(clean_text(t) == t for t in texts)
    assert errors_in_slots == []


def test_a_huge_paste_is_refused_with_a_message(make_window, english_draft, errors_in_slots):
    window = make_window(english_draft)
    pane = window.operative
    before = [p.text for p in window.session.draft.operative]
    pane.place_cursor(pane.ids[0], 0)
    paste(pane, "Decides to act.\n" * 80_000)
    assert [p.text for p in window.session.draft.operative] == before
    assert "Not pasted" in window.statusBar().currentMessage()
    assert errors_in_slots == []


@pytest.mark.parametrize("name", ["unknown-organ.draft", "corrupt-deflate.docx", "deep-embedded-json.docx"])
def test_draftapp_file_at_start_up_says_why_without_a_traceback(name, tmp_path):
    done = subprocess.run([sys.executable, "-m", "draftapp", str(FIXTURES / name)], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                            "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
                                            "XDG_CONFIG_HOME": str(tmp_path / "config")},
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and str(FIXTURES / name) in done.stderr
