"""The Annexes pane shows an imported resolution's annex and edits it (undoably); the
Diagnostics list shows the text an import could not place."""

from __future__ import annotations

from pathlib import Path

from draftapp.io.pdftext import read_pdf_text
from draftapp.model import annex_numbers

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "texts"


def tree_texts(tree):
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        out.append(" ".join(item.text(c) for c in range(item.columnCount())))
        for k in range(item.childCount()):
            child = item.child(k)
            out.append(" ".join(child.text(c) for c in range(child.columnCount())))
    return out


def test_annex_of_an_imported_resolution_is_shown_and_edited(make_window, qtbot):
    draft = read_pdf_text((TEXTS / "adopted-80" / "A_RES_80_5_en.txt").read_text(encoding="utf-8"))
    window = make_window(draft)
    pane = window.docks["annexes"].widget()
    text = pane.editor.toPlainText()
    assert text.startswith("# Annex\n\n### Doha Political Declaration")
    assert "\n44. We commit with united efforts" in text and "#### A call to action" in text
    # edit: a new numbered paragraph at the end, applied as one undoable edit
    pane.editor.setPlainText(text + "\n45. We decide to meet again in 2035.\n")
    assert pane.apply_button.isEnabled()
    pane.apply_button.click()
    annex = window.session.draft.annexes[0]
    assert len(annex_numbers(annex)) == 45 and annex.paragraphs[-1].text == "We decide to meet again in 2035."
    assert len(window.session.draft.footnotes) == 15
    window.session.stack.undo()
    assert len(annex_numbers(window.session.draft.annexes[0])) == 44
    qtbot.waitUntil(lambda: "45. We decide" not in pane.editor.toPlainText(), timeout=2000)


def test_unplaced_import_text_is_in_the_diagnostics(make_window, qtbot):
    draft = read_pdf_text((TEXTS / "multilingual" / "A_RES_39_11_en.txt").read_text(encoding="utf-8"))
    window = make_window(draft)
    assert "import.unplaced" in [d.rule for d in window.session.diagnostics]
    qtbot.waitUntil(lambda: any("G.A. res. 39/11" in t for t in tree_texts(window.diagnostics.tree)), timeout=3000)
