"""File > Open shows that it is working and never shows the previous draft's preview or
problems as if they were the new one's (issue 10)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from draftapp.io.text import read_text

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "csto-zh.draft"

PROBLEMS = """## Eightieth session

Agenda item 12

France: draft resolution

### Oceans and the law of the sea

*The General Assembly*,

*Recalling* its resolution 79/1

1. *Decides* to continue its cooperation
"""


def test_file_open_is_busy_then_current_never_stale(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window(read_text(PROBLEMS))
    window.preview.update_now()
    qtbot.waitUntil(lambda: window.diagnostics.tree.topLevelItemCount() > 0, timeout=2000)
    assert "Oceans" in window.preview.page.toPlainText()
    path = tmp_path / "csto.draft"
    shutil.copy(EXAMPLE, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))

    seen = {}

    def while_opening():
        cursor = QApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor else None
        seen["status"] = window.statusBar().currentMessage()

    def right_after():
        seen["preview"] = window.preview.page.toPlainText()
        seen["rows"] = [window.diagnostics.tree.topLevelItem(i).text(2)
                        for i in range(window.diagnostics.tree.topLevelItemCount())]

    window.session.replacing.connect(while_opening)
    window.session.replaced.connect(right_after)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("&Open"))
    action.trigger()
    assert seen["cursor"] == Qt.CursorShape.WaitCursor
    assert seen["status"] == "Opening csto.draft…"
    assert QApplication.overrideCursor() is None  # back to normal once open
    # the moment the new draft is in: nothing of the old one in the preview or the list
    assert "Oceans" not in seen["preview"]
    assert not any("79/1" in row or "Recalling" in row for row in seen["rows"])
    # and a moment later both show the new draft
    qtbot.waitUntil(lambda: "集体安全条约组织" in window.preview.page.toPlainText(), timeout=2000)
    qtbot.waitUntil(window.diagnostics.is_current, timeout=2000)
    assert window.diagnostics.counts.text() != "Checking…"
    assert window.preview.is_current()


def test_a_file_that_cannot_be_read_keeps_the_open_draft(make_window, english_draft, tmp_path, monkeypatch,
                                                         no_modal_dialogs):
    window = make_window(english_draft)
    bad = tmp_path / "bad.draft"
    bad.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    window.open_dialog()
    assert no_modal_dialogs and "bad.draft" in no_modal_dialogs[-1]
    assert QApplication.overrideCursor() is None
    assert window.session.draft.operative[0].text.startswith("Decides")
