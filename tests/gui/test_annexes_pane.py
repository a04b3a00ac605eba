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


PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"


def test_open_import_and_new_from_existing_accept_the_issued_pdf(make_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    assert window.open_path(PDF / "A_RES_73_7-EN.pdf")
    draft = window.session.draft
    assert (len(draft.preamble), len(draft.operative), len(draft.footnotes)) == (13, 28, 9)
    assert window.session.path is None  # an import: Save asks where
    assert "proprio motu" in [r.text for r in draft.preamble[6].runs if getattr(r, "italic", False)]
    chosen = []

    def pick(*args, **kwargs):
        chosen.append(args[3] if len(args) > 3 else kwargs.get("filter", ""))
        return str(PDF / "A_RES_73_3-EN.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    window.session.stack.setClean()
    window.import_dialog()
    assert window.session.draft.annexes and len(annex_numbers(window.session.draft.annexes[0])) == 53
    window.session.stack.setClean()
    window.new_from_existing()
    assert window.session.draft.meta.based_on == "73/3"
    assert all("*.pdf" in f for f in chosen)
    assert not window.open_path(PDF / "hostile" / "secret.pdf")  # a message, the draft kept
    assert window.session.draft.meta.based_on == "73/3"
