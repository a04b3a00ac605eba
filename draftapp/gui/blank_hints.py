"""Where to type in a blank draft: an empty clause pane shows a hint (QTextEdit's
placeholder, drawn only while the pane is empty) naming the first opening phrase of the
language's bank ("Recalling …", "回顾……", "إذ تشير إلى …") and the keys that make the
next clause and a subparagraph. Typing, Enter or a paste starts the first clause."""

from __future__ import annotations

from draftapp.gui.openings import BANK_KIND
from draftapp.lang.phrases import phrase_bank


def first_phrase(language: str, part: str, gender: str = "f") -> str:
    try:
        phrases = phrase_bank(language, gender).phrases(BANK_KIND[part])
    except (KeyError, ValueError, OSError):
        return ""
    return phrases[0] if phrases else ""


class BlankHints:
    def __init__(self, window):
        self.window = window
        window.session.languageChanged.connect(self.update)
        window.session.metaChanged.connect(self.update)  # the organ's gender
        self.update()

    def update(self) -> None:
        w = self.window
        language = w.session.draft.language
        gender = w.session.gender
        preamble = first_phrase(language, "preamble", gender)
        operative = first_phrase(language, "operative", gender)
        w.preamble.setPlaceholderText(
            w.tr("Type the first preambular paragraph here (for example “%s …”). "
                 "Enter starts the next one.") % preamble)
        w.operative.setPlaceholderText(
            w.tr("Type the first operative paragraph here (for example “%s …”). "
                 "Enter starts the next one; Tab makes it a subparagraph.") % operative)
