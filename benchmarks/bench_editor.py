"""The editor with the large generated draft open (benchmarks/generate.py): the time to
open it, and the time from a key press to the diagnostics being current (the model
updated, the check engine re-run, the underlines redrawn), over 200 key presses.
Also the work that follows typing a moment later on the same thread (diagnostics list,
preview), since it must not make typing stutter either.

    .venv/bin/python benchmarks/bench_editor.py          # offscreen
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import large_draft, word_count  # noqa: E402
from timing import median_ms, percentile_ms  # noqa: E402

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from draftapp.gui.main_window import MainWindow  # noqa: E402

KEY_PRESSES = 200


def open_window(draft, work: Path) -> tuple[MainWindow, float]:
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    window = MainWindow(draft, None, settings=settings, autosave_dir=work / "autosave")
    window.show()
    QApplication.processEvents()
    return window, time.perf_counter() - start


def close(window: MainWindow) -> None:
    window.session.stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def type_keys(window: MainWindow, text: str) -> list[float]:
    pane = window.operative
    middle = pane.ids[len(pane.ids) // 2]
    pane.place_cursor(middle, 0)
    pane.setFocus()
    session = window.session
    times = []
    for i in range(KEY_PRESSES):
        ch = text[i % len(text)]
        before = session.stack.index()
        start = time.perf_counter()
        if ch.isascii():
            QTest.keyClick(pane, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, pane, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        times.append(time.perf_counter() - start)
        # current means: the model holds the keystroke and the engine has checked it
        assert session.draft.find(middle).flat_text() == pane.document().findBlockByNumber(pane.ids.index(middle)).text()
        assert session.stack.index() >= before
    return times


def structural_edits(window: MainWindow, count: int = 20) -> list[float]:
    """Enter at the end of a middle paragraph, then undo: a new clause (and its removal)
    renumbers everything after it, so the pane is redrawn from the model each time."""
    pane = window.operative
    times = []
    for _ in range(count):
        middle = pane.ids[len(pane.ids) // 2]
        pane.place_cursor(middle, len(pane.document().findBlockByNumber(pane.ids.index(middle)).text()))
        start = time.perf_counter()
        QTest.keyClick(pane, Qt.Key.Key_Return)
        times.append(time.perf_counter() - start)
        window.session.stack.undo()
    return times


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"Editor benchmark ({os.environ['QT_QPA_PLATFORM']} platform, {KEY_PRESSES} key presses)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for language, text in (("en", "Decides to act "), ("zh", "决定采取行动，")):
            draft = large_draft(language)
            paragraphs = sum(1 for _ in draft.paragraphs())
            opens = []
            for _ in range(3):
                window, seconds = open_window(large_draft(language), work)
                opens.append(seconds)
                close(window)
            window, _ = open_window(draft, work)
            keys = type_keys(window, text)
            enters = structural_edits(window)
            spelling = "spelling on" if window.operative.highlighter.speller and window.operative.highlighter.speller.available else "no spelling dictionary"
            after_list = [timed(window.diagnostics.refresh) for _ in range(5)]
            window.diagnostics._keys = []  # force a full rebuild of the list
            rebuild = timed(window.diagnostics.refresh)
            preview = [timed(window.preview.update_now) for _ in range(3)]
            print(f"\n{language}: {paragraphs} paragraphs, {len(draft.footnotes)} footnotes, {word_count(draft)} words, "
                  f"{len(window.session.diagnostics)} diagnostics, {spelling}")
            print(f"  open the draft, first time        {opens[0] * 1000:15.1f} ms   (cold caches; goal < 1000 ms)")
            print(f"  open the draft (window shown)     median {median_ms(opens):8.1f} ms   (3 runs; goal < 1000 ms)")
            print(f"  key press -> diagnostics current  median {median_ms(keys):8.2f} ms   "
                  f"p95 {percentile_ms(keys, 95):6.2f} ms   max {max(keys) * 1000:6.1f} ms   (goal < 16 ms)")
            print(f"  Enter (new clause, all renumbered) median {median_ms(enters):7.1f} ms   "
                  f"p95 {percentile_ms(enters, 95):6.1f} ms   (20 presses)")
            print(f"  diagnostics list, unchanged       median {median_ms(after_list):8.2f} ms   (150 ms after typing stops)")
            print(f"  diagnostics list, full rebuild            {rebuild * 1000:8.1f} ms")
            print(f"  preview rebuild                   median {median_ms(preview):8.1f} ms   (300 ms after typing stops)")
            close(window)
    del app


if __name__ == "__main__":
    main()
