"""Opened the way `draftapp FILE` opens it, the large benchmark draft shows its operative
numbers and the preamble's drag grips at once, without scrolling (issue 10: the gutter
asked a layout still in progress which block was at the top, got one far down, and
painted nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from draftapp.gui import app
from draftapp.io.text import write_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import large_draft  # noqa: E402


def gutter_ink(pane, darker_than: int) -> int:
    """Pixels of the gutter (left of the text) darker than the given lightness."""
    image = pane.viewport().grab().toImage()
    return sum(1 for y in range(0, min(image.height(), 300)) for x in range(0, 46)
               if image.pixelColor(x, y).lightness() < darker_than)


def test_large_draft_numbers_and_grips_are_painted_without_scrolling(qtbot, tmp_path):
    path = tmp_path / "large.md"
    path.write_text(write_text(large_draft("en")), encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.open_window(path, settings=settings, autosave_dir=tmp_path / "autosave", spelling=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(200)
    for pane in (window.preamble, window.operative):
        assert pane.verticalScrollBar().value() == 0
        assert pane._first_visible_block(0).blockNumber() == 0
    assert gutter_ink(window.operative, 160) > 20  # "1." in #5e6a78
    assert gutter_ink(window.preamble, 230) > 4  # the grip's dots in #b8c2cf


def test_large_draft_is_highlighted_in_slices_to_the_end(qtbot, tmp_path):
    """A long draft's italics and underlines come in slices after the window shows: the
    last clause gets them too."""
    path = tmp_path / "large.md"
    path.write_text(write_text(large_draft("en")), encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.open_window(path, settings=settings, autosave_dir=tmp_path / "autosave", spelling=False)
    qtbot.addWidget(window)
    window.show()
    pane = window.operative
    qtbot.waitUntil(pane.is_current, timeout=10000)
    last_top = max(i for i, depth in enumerate(pane.depths) if depth == 0)
    formats = pane.document().findBlockByNumber(last_top).layout().formats()
    assert any(f.format.fontItalic() and f.start == 0 for f in formats)  # its opening phrase
