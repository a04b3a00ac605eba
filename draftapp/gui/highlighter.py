"""What a clause pane shows on top of the text without changing it: italic openings,
bold headings, spelling underlines and diagnostic underlines (by severity)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor

from draftapp.gui.spelling import speller

SEVERITY_COLORS = {"error": QColor("#c01c28"), "warning": QColor("#e5a50a"), "info": QColor("#1c71d8")}
SPELLING_COLOR = QColor("#c01c28")
#: Drafts up to this many clauses are highlighted at once; longer ones in slices.
AT_ONCE = 60
#: The longest slice of highlighting between two turns of the event loop (seconds).
SLICE = 0.015


class ClauseHighlighter(QSyntaxHighlighter):
    def __init__(self, pane, spelling_enabled: bool | None = True):
        super().__init__(pane.document())
        self.pane = pane
        self.spelling_enabled = spelling_enabled is not False
        self.speller = None
        self._suspended = False
        self._next = None  # the next block to highlight in slices (rehighlight_soon)
        self._spans: dict[str, list[tuple[int, int, str]]] = {}

    # --- highlighting a whole pane ---------------------------------------------------
    def rehighlight_soon(self, first_visible: int = 0, at_once: int = 40) -> None:
        """Highlight every block: at once for a short draft; for a long one, the visible
        blocks now and the rest in slices of SLICE seconds between event-loop turns, so
        that opening a large draft never freezes the window (rehighlight() took ~0.5 s)."""
        if self.document().blockCount() <= AT_ONCE:
            self._next = None
            self.rehighlight()
            return
        doc = self.document()
        start = doc.findBlockByNumber(max(0, first_visible))
        for _ in range(at_once):  # the visible ones first
            if not start.isValid():
                break
            self.rehighlightBlock(start)
            start = start.next()
        self._next = doc.firstBlock()
        if not hasattr(self, "_slicer"):
            self._slicer = QTimer(self)
            self._slicer.setInterval(0)
            self._slicer.timeout.connect(self._slice)
        self._slicer.start()

    def rehighlight_shown(self) -> None:
        """The blocks the pane shows from its top, now (a pane being filled)."""
        doc = self.document()
        layout = doc.documentLayout()
        bottom = self.pane.viewport().height()
        block = doc.firstBlock()
        for _ in range(AT_ONCE):
            if not block.isValid() or layout.blockBoundingRect(block).top() > bottom:
                break
            self.rehighlightBlock(block)
            block = block.next()

    def pause_slices(self) -> None:
        """Hold the slices (the window's first frame comes first: deferred_start.py)."""
        if hasattr(self, "_slicer"):
            self._slicer.stop()

    def resume_slices(self) -> None:
        if self._next is not None and hasattr(self, "_slicer"):
            self._slicer.start()

    def pending(self) -> bool:
        """Whether some blocks still wait for their highlighting."""
        return self._next is not None

    def _slice(self) -> None:
        block = self._next
        if block is None or not block.isValid():
            self._next = None
            self._slicer.stop()
            return
        deadline = time.perf_counter() + SLICE
        while block.isValid() and time.perf_counter() < deadline:
            self.rehighlightBlock(block)
            block = block.next()
        self._next = block if block.isValid() else None
        if self._next is None:
            self._slicer.stop()

    def set_language(self, code: str) -> None:
        self.speller = speller(code) if self.spelling_enabled else None

    def suspend(self, on: bool) -> None:
        self._suspended = on

    # --- diagnostics -----------------------------------------------------------------
    def diagnostics_changed(self) -> None:
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for d in self.pane.session.diagnostics:
            if d.paragraph_id is None:
                continue
            start, end = d.span if d.span else (0, 0)
            spans.setdefault(d.paragraph_id, []).append((start, max(1, end - start), d.severity))
        changed = {pid for pid in set(spans) | set(self._spans) if spans.get(pid) != self._spans.get(pid)}
        self._spans = spans
        ids = self.pane.ids
        for pid in changed:
            if pid in ids:
                self.rehighlightBlock(self.document().findBlockByNumber(ids.index(pid)))

    # --- drawing ---------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        if self._suspended:
            return
        number = self.currentBlock().blockNumber()
        ids = self.pane.ids
        if not 0 <= number < len(ids):
            return
        pid = ids[number]
        size = len(text)
        # underlines in the order they are laid: spelling, then problems (errors last, so
        # they win); each (start, end, colour, wavy)
        marks: list[tuple[int, int, QColor, bool]] = []
        if self.speller is not None:
            for start, length in self.speller.misspelt(text):
                marks.append((start, min(size, start + length), SPELLING_COLOR, False))
        for start, length, severity in sorted(self._spans.get(pid, ()), key=lambda s: s[2] == "error"):
            if size and start >= size - 1 and length <= 1:
                # a problem at the very end (a missing full stop): one character is hard
                # to see, so the last word is underlined
                tail = text.rstrip()
                words = tail.split()
                start = max(0, len(tail) - (len(words[-1]) if words else 1))
                length = size - start
            marks.append((max(0, start), min(size, start + length),
                          SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"]), True))
        marks = [m for m in marks if m[0] < m[1]]
        opening = min(size, self.pane.opening_length_at(number, text))
        heading = self.pane.paragraph(pid).heading
        # the block cut where any of these starts or ends: each piece has one format
        # (per piece, not per character: a long draft has hundreds of thousands of them)
        points = sorted({0, size, opening, *(m[0] for m in marks), *(m[1] for m in marks)})
        pieces: list[tuple[int, int, tuple]] = []
        for a, b in zip(points, points[1:]):
            if a >= b:
                continue
            color, wavy = None, False
            for start, end, mark_color, mark_wavy in marks:
                if start <= a and b <= end:
                    color, wavy = mark_color, mark_wavy
            key = (a < opening, color.name() if color is not None else None, wavy)
            if pieces and pieces[-1][2] == key and pieces[-1][1] == a:
                pieces[-1] = (pieces[-1][0], b, key)
            else:
                pieces.append((a, b, key))
        for a, b, (italic, color_name, wavy) in pieces:
            if not (italic or color_name or heading):
                continue
            fmt = QTextCharFormat()
            if italic:
                fmt.setFontItalic(True)
            if heading:
                fmt.setFontWeight(QFont.Weight.Bold)
            if color_name:
                fmt.setUnderlineStyle(
                    QTextCharFormat.UnderlineStyle.WaveUnderline if wavy else QTextCharFormat.UnderlineStyle.DotLine
                )
                fmt.setUnderlineColor(QColor(color_name))
            self.setFormat(a, b - a, fmt)

    # --- spelling suggestions --------------------------------------------------------
    def suggestions_at(self, cursor: QTextCursor):
        """(cursor selecting the misspelt word under `cursor`, suggestions) or None."""
        if self.speller is None or not self.speller.available:
            return None
        block = cursor.block()
        offset = cursor.positionInBlock()
        for start, length in self.speller.misspelt(block.text()):
            if start <= offset <= start + length:
                word_cursor = QTextCursor(block)
                word_cursor.setPosition(block.position() + start)
                word_cursor.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
                return word_cursor, self.speller.suggest(block.text()[start:start + length])
        return None
