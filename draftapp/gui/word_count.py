"""The word count and the page count of the official layout, in the status bar.

Page limits matter (a draft over its limit goes back to its sponsors), so the count is
the export's pages (US Letter), estimated by gui/page_count.py. Both are recounted
half a second after the last edit, never on a keystroke: typing does not wait for them.
The page count is about 5 ms for a short draft and 15-25 ms for the 1,165-paragraph
benchmark draft once its paragraphs are cached (docs/editor.md)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QLabel


DELAY_MS = 500
#: The longest the page count works between two event-loop turns (seconds).
SLICE = 0.015


class DocumentStats(QLabel):
    def __init__(self, session, parent=None, paper: str = "letter"):
        super().__init__(parent)
        self.session = session
        self.paper = paper
        self.words = 0
        self.pages = 0
        self._estimator = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.recount)
        self._more = QTimer(self)  # goes on counting on the next turn (owned: dies with us)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self.recount)
        session.changed.connect(self._timer.start)
        session.languageChanged.connect(self._forget_layout)
        self.setToolTip(self.tr("Words in the title, paragraphs and footnotes; pages of the official layout "
                                "(US Letter) as the PDF export lays it out, estimated"))
        self._timer.start()  # not while the window opens: a moment after

    def _forget_layout(self) -> None:
        self._estimator = None

    def recount(self) -> None:
        from draftapp.gui.page_count import PageEstimator
        from draftapp.model.wordcount import draft_words  # here: a start need not wait for it

        draft = self.session.draft
        try:
            if self._estimator is None or self._estimator.style.language.code != draft.language:
                self._estimator = PageEstimator(draft.language, self.paper)
            pages = self._estimator.pages_within(draft, SLICE)
        except (ValueError, KeyError, OSError):  # a language or organ no resource knows
            pages = 0
        if pages is None:  # a long draft measured for the first time: on the next turn
            self._more.start()
            return
        self.pages = pages
        self.words = draft_words(draft)
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        n = locale.toString(self.words)
        words = self.tr("1 word") if self.words == 1 else self.tr("%1 words").replace("%1", n)
        if self.pages == 1:
            pages = self.tr("1 page")
        elif self.pages:
            pages = self.tr("%1 pages").replace("%1", str(self.pages))
        else:
            pages = self.tr("pages unknown")
        self.setText(f"{words} · {pages}")
