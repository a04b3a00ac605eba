"""Save proposes a name from the symbol or the title, in the user's Documents folder."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from draftapp.io.text import read_text
from tests.gui.conftest import ENGLISH_DRAFT, type_text


@pytest.fixture
def documents(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: ~/Documents
    return home / "Documents"


def save_dialog(monkeypatch, answer=None):
    asked = []

    def ask(parent, caption, proposed, filters, *rest, **kw):
        asked.append(proposed)
        return (proposed if answer is None else answer, "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def test_ctrl_s_proposes_the_symbol_typed_in_the_document_pane(make_window, english_draft, documents, tmp_path,
                                                               monkeypatch):
    window = make_window(english_draft)
    window.settings.setValue("last_dir", str(tmp_path))  # the folder of the last file opened
    symbol = window.document_pane.symbol
    symbol.setFocus()
    type_text(symbol, "A/80/L.12")
    QTest.keyClick(symbol, Qt.Key.Key_Return)
    asked = save_dialog(monkeypatch)
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [str(documents / "A_80_L.12.draft")]
    assert (documents / "A_80_L.12.draft").exists()
    assert window.windowTitle().startswith("A_80_L.12.draft")
    assert window.statusBar().currentMessage() == "Saved A_80_L.12.draft"


def test_without_a_symbol_the_title_names_the_file(make_window, documents, monkeypatch):
    window = make_window(read_text(ENGLISH_DRAFT))
    asked = save_dialog(monkeypatch, answer="")  # the user cancels
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # "Cooperation between the United Nations and regional organizations", cut at a word
    assert asked == [str(documents / "Cooperation between the United Nations and regional.draft")]
    assert window.windowTitle().startswith("Untitled")


def test_an_imported_text_is_saved_under_its_symbol_not_over_the_copy(make_window, documents, monkeypatch):
    source = Path(__file__).resolve().parents[1] / "fixtures" / "texts" / "A_80_L.9_en.txt"
    window = make_window()
    assert window.open_path(source)
    asked = save_dialog(monkeypatch, answer="")
    window.save()
    assert asked == [str(documents / "A_80_L.9.draft")]


def test_a_saved_draft_proposes_its_own_file_and_exports_beside_it(make_window, english_draft, tmp_path, monkeypatch,
                                                                   documents):
    window = make_window(english_draft, tmp_path / "mine.draft")
    asked = save_dialog(monkeypatch, answer="")
    window.save_as()
    window.export_docx()
    assert asked == [str(tmp_path / "mine.draft"), str(tmp_path / "mine.docx")]


def test_export_of_a_new_draft_proposes_documents(make_window, documents, monkeypatch):
    draft = read_text(ENGLISH_DRAFT)
    draft.meta.symbol = "A/C.3/80/L.5"
    window = make_window(draft)
    asked = save_dialog(monkeypatch, answer="")
    window.export_docx()
    window.pdf_actions.export_pdf()
    assert asked == [str(documents / "A_C.3_80_L.5.docx"), str(documents / "A_C.3_80_L.5.pdf")]


def test_export_with_tracked_changes_proposes_the_same_name(make_window, documents, monkeypatch):
    # it proposed "draft.docx" in the last folder opened, unlike every other export
    draft = read_text(ENGLISH_DRAFT)
    draft.meta.symbol = "A/C.3/80/L.5"
    window = make_window(draft)
    asked = save_dialog(monkeypatch, answer="")
    assert window.versions.export_tracked(against=read_text(ENGLISH_DRAFT)) is None  # cancelled
    assert asked == [str(documents / "A_C.3_80_L.5.docx")]
