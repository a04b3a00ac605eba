"""The status bar counts the words and the pages of the official layout, half a second
after typing stops; the page count is LibreOffice's for the example drafts."""

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from draftapp.gui.page_count import PageEstimator
from draftapp.io.formats import read_draft
from draftapp.io.pdf_export import export_pdf
from draftapp.model.wordcount import draft_words
from tests.gui.conftest import block_text, press, type_text

ROOT = Path(__file__).resolve().parents[2]


def shown(window) -> str:
    return window.document_stats.text()


def test_words_follow_typing_after_a_pause(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    words = draft_words(english_draft)
    qtbot.waitUntil(lambda: shown(window) == f"{words} words · 1 page", timeout=5000)
    assert window.document_stats.isVisible()
    pane = window.operative
    pid = pane.ids[0]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    pane.setFocus()
    type_text(pane, " with the Secretary-General")
    assert shown(window) == f"{words} words · 1 page"  # not on the keystroke
    qtbot.waitUntil(lambda: shown(window) == f"{words + 3} words · 1 page", timeout=5000)


def test_chinese_characters_count_as_words(make_window, qtbot):
    window = make_window(read_draft(ROOT / "examples" / "csto-zh.draft"))
    pane = window.operative
    pid = pane.ids[-1]
    qtbot.waitUntil(lambda: window.document_stats.words > 0, timeout=5000)
    before = window.document_stats.words
    pane.place_cursor(pid, 0)
    pane.setFocus()
    type_text(pane, "联合国")
    qtbot.waitUntil(lambda: window.document_stats.words == before + 3, timeout=5000)
    assert shown(window).startswith(f"{before + 3:,} words")


def test_pages_grow_as_clauses_are_added(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    pane = window.operative
    pid = pane.ids[-1]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    pane.setFocus()
    sentence = "Requests the Secretary-General to report on the implementation of the present resolution " * 3
    for _ in range(25):
        press(pane, Qt.Key.Key_Return)
        QApplication.clipboard().setText(sentence)
        pane.paste()
    qtbot.waitUntil(lambda: window.document_stats.pages >= 3, timeout=5000)
    assert re.fullmatch(r"[\d,]+ words · \d+ pages", shown(window))


@pytest.mark.parametrize("source", ["examples/csto-en.md", "examples/csto-zh.draft",
                                    "tests/fixtures/A_RES_73_7-partial-en.md", "tests/fixtures/A_80_L.9_en.md"])
def test_page_count_is_libreoffices(source, make_window, tmp_path, qtbot):
    draft = read_draft(ROOT / source)
    window = make_window(draft)
    qtbot.waitUntil(lambda: window.document_stats.pages > 0, timeout=5000)
    pdf = tmp_path / "x.pdf"
    export_pdf(draft, pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert shown(window).endswith(f"· {pages} pages")
    pdf_a4 = tmp_path / "a4.pdf"
    export_pdf(draft, pdf_a4, paper="a4")
    info = subprocess.run(["pdfinfo", str(pdf_a4)], check=True, capture_output=True, text=True).stdout
    assert PageEstimator(draft.language, "a4").pages(draft) == int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
