"""Without the spelling library the status bar says what is missing, not that the
language has no dictionary (issue 10: "No spelling dictionary for English" while the
English dictionary was installed and libenchant was not)."""

from __future__ import annotations

import sys

import pytest

from draftapp.gui import spelling


class _NoLibenchant:
    """pyenchant present, its C library not: importing enchant fails as it does then."""

    def find_spec(self, name, path=None, target=None):
        if name == "enchant":
            raise ImportError("The 'enchant' C library was not found and maybe needs to be installed.")
        return None


@pytest.fixture
def fresh_spelling(monkeypatch):
    monkeypatch.delitem(sys.modules, "enchant", raising=False)
    spelling._enchant.cache_clear()
    spelling.speller.cache_clear()
    yield monkeypatch
    spelling._enchant.cache_clear()
    spelling.speller.cache_clear()


def test_missing_libenchant_is_named(make_window, english_draft, fresh_spelling):
    fresh_spelling.setattr(sys, "meta_path", [_NoLibenchant(), *sys.meta_path])
    window = make_window(english_draft, spelling=True)
    shown = window.spelling_label.text()
    assert shown == "Spelling off: the enchant library (libenchant-2-2) is not installed"
    assert window.spelling_label.isVisible()


def test_missing_pyenchant_is_named(make_window, english_draft, fresh_spelling):
    fresh_spelling.setitem(sys.modules, "enchant", None)  # import fails: no such module
    window = make_window(english_draft, spelling=True)
    assert window.spelling_label.text() == "Spelling off: the pyenchant package is not installed"


def test_with_the_library_a_missing_dictionary_is_still_said_so(make_window, english_draft, fresh_spelling):
    window = make_window(english_draft, spelling=True)
    assert window.spelling_label.text().startswith("Spelling: English (en_")
    window.document_pane.language.setCurrentIndex(window.document_pane.language.findData("zh"))
    window.document_pane.language.activated.emit(window.document_pane.language.currentIndex())
    assert window.spelling_label.text() == "No spelling dictionary for Chinese"
