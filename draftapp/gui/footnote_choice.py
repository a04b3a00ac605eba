"""Ctrl+Alt+F (Insert > Footnote, the Footnote button): a new footnote, or a citation of
one the draft has already. With footnotes in the draft a small menu opens at the cursor:
"New footnote" first and chosen by Enter, then "Cite footnote N again — its text" for
each footnote in number order (digits 1–9 as mnemonics); Esc does nothing. A draft
without footnotes gets the new footnote at once."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


class FootnoteChoice:
    def __init__(self, window):
        self.window = window
        self.menu: QMenu | None = None

    def offer(self) -> None:
        w = self.window
        pane = w.current_pane()
        if pane.current_position() is None:
            w.insert_footnote()  # an empty pane: nothing to cite at, the pane says so
            return
        numbers = w.session.footnote_numbers
        footnotes = sorted(w.session.draft.footnotes, key=lambda f: numbers.get(f.id, 10**6))
        if not footnotes:
            w.insert_footnote()
            return
        menu = QMenu(w)
        menu.setObjectName("footnote-choice")
        new = menu.addAction(w.tr("&New footnote"))
        new.triggered.connect(lambda _=False: w.insert_footnote())
        menu.addSeparator()
        for f in footnotes:
            number = numbers.get(f.id)
            text = f.text if len(f.text) < 50 else f.text[:47] + "…"
            text = text.replace("&", "&&")
            if number is None:
                label = w.tr("Cite the uncited footnote again — %s") % text
            elif number < 10:
                label = w.tr("Cite footnote &%s again — %s") % (number, text)
            else:
                label = w.tr("Cite footnote %s again — %s") % (number, text)
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, fid=f.id: self._cite(fid))
        menu.setActiveAction(new)
        rect = pane.cursorRect()
        self.menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(pane.viewport().mapToGlobal(rect.bottomLeft()), new)

    def _cite(self, footnote_id: str) -> None:
        pane = self.window.current_pane()
        pane.setFocus()
        pane.cite_footnote(footnote_id)
