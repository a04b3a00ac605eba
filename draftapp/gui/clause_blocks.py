"""How a clause pane draws the model: one text block per paragraph, a full render when a
draft is opened or its language changes, and `sync` after a structural edit, which
touches only the blocks that changed (a diff of the paragraph ids). A mixin of
ClausePane; it reads `self.session`, `self.part`, `self.ids`, `self.depths`, `self.nodes`.
"""

from __future__ import annotations

import time
from difflib import SequenceMatcher

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from draftapp.gui.clause_layout import BLOCK_SPACING, GUTTER, INDENT
from draftapp.gui.edits import flatten
from draftapp.gui.inline import insert_runs
from draftapp.gui.openings import italic_opening_length

#: The time a slice of a render spends making blocks (seconds); laying them out when
#: the slice ends takes about as long again.
SLICE = 0.008
#: Blocks drawn before a slice may end: more than a pane shows.
FIRST_SHOWN = 20
#: The most blocks a slice makes: laying them out when the slice ends costs more than
#: making them (~0.1 ms a block of the benchmark draft)
MOST = 100


class BlockRendering:
    def _block_format(self, paragraph, depth: int) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        margin = GUTTER + depth * INDENT
        if self.session.language.rtl:
            fmt.setRightMargin(margin)
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            # AlignAbsolute: plain AlignRight would be mirrored to the left in RTL
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        else:
            fmt.setLeftMargin(margin)
        fmt.setBottomMargin(BLOCK_SPACING)
        if paragraph.heading:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            fmt.setTopMargin(BLOCK_SPACING)
        return fmt

    def _opening(self, pid: str, text: str, depth: int) -> int:
        if depth or self.paragraph(pid).heading:
            return 0
        return italic_opening_length(text, self.part, self.session.draft.language, self._gender)

    def opening_length_at(self, block_number: int, text: str) -> int:
        if not 0 <= block_number < len(self.ids):
            return 0
        return self._opening(self.ids[block_number], text, self.depths[block_number])

    def render(self) -> None:
        """Rebuild every block from the model, keeping the cursor on its paragraph. A long
        part comes in slices of SLICE seconds between event-loop turns (the first slice
        holds what the pane shows): filling 1,000 blocks at once froze the window for
        0.2 s a pane. Meanwhile `ids` lists the blocks drawn so far, in order, so every
        edit path sees a consistent (shorter) pane; sync() completes it at once."""
        self._stop_filling()
        where = self._pending_cursor or self.current_position()
        self._pending_cursor = None
        scroll = self.verticalScrollBar().value()
        blocks = flatten(self.session.draft.part(self.part))
        self.ids, self.depths, self.nodes = [], [], {}
        self._rendering = True
        self.highlighter.suspend(True)
        try:
            doc = self.document()
            doc.clear()  # its images too: laid out again, they are drawn with today's numbers
            self._object_names = set()
            if not blocks:
                QTextCursor(doc).setBlockFormat(self._block_format_empty())
            elif self.window().isVisible() or getattr(self.session, "show_first", False):
                self._append_blocks(blocks, time.perf_counter() + SLICE)
            else:  # a window being built to be used at once (not `draftapp FILE`): all now
                self._append_blocks(blocks, float("inf"), most=len(blocks))
        finally:
            self.highlighter.suspend(False)
            self._rendering = False
        if len(self.ids) < len(blocks):
            self._shown_highlighted = True
            self.verticalScrollBar().setValue(0)
            self.highlighter.rehighlight_shown()  # what the pane shows, at once
            self._filling = (where, scroll)
            self._fill_blocks = blocks  # kept: sync() renews it after a structural edit
            if not hasattr(self, "_filler"):
                self._filler = QTimer(self)
                self._filler.setInterval(0)
                self._filler.timeout.connect(self._fill_more)
            self._filler.start()
            self.viewport().update()
            return
        self._rendered(where, scroll)

    def _append_blocks(self, blocks: list, deadline: float, most: int = 0) -> None:
        """Append blocks[len(self.ids):] until `deadline` (at least FIRST_SHOWN of them)."""
        doc = self.document()
        # the user's cursor stays put (one at the end would be pushed along, and the view with it)
        mine = self.textCursor()
        kept = (mine.anchor(), mine.position()) if self.ids else (0, 0)
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        start = len(self.ids)
        for i in range(start, len(blocks)):
            paragraph, depth = blocks[i]
            self.nodes[paragraph.id] = paragraph  # first: _opening looks it up (else a search)
            if i:
                cursor.insertBlock()
            cursor.setBlockFormat(self._block_format(paragraph, depth))
            cursor.setCharFormat(QTextCharFormat())
            insert_runs(cursor, paragraph.runs, self._opening(paragraph.id, paragraph.flat_text(), depth))
            self.ids.append(paragraph.id)
            self.depths.append(depth)
            if i - start >= FIRST_SHOWN and (time.perf_counter() > deadline or i - start >= (most or MOST)):
                break
        cursor.endEditBlock()
        mine = self.textCursor()
        if (mine.anchor(), mine.position()) != kept:
            mine.setPosition(kept[0])
            mine.setPosition(kept[1], QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(mine)

    def filling(self) -> bool:
        """Whether some blocks of the part are still to be drawn (render in slices)."""
        return getattr(self, "_filling", None) is not None

    def _stop_filling(self) -> None:
        self._filling = None
        if hasattr(self, "_filler"):
            self._filler.stop()

    def _fill_more(self) -> None:
        if self._filling is None:
            self._filler.stop()
            return
        # the part as it was at the render or the last structural edit (sync renews it;
        # an edit of words changes a paragraph in place): no walk of the draft a slice
        blocks = self._fill_blocks
        self._rendering = True
        self.highlighter.suspend(True)
        try:
            self._append_blocks(blocks, time.perf_counter() + SLICE)
        finally:
            self.highlighter.suspend(False)
            self._rendering = False
        if len(self.ids) == len(blocks):
            where, scroll = self._filling
            self._stop_filling()
            self._rendered(where or self.current_position(), scroll)

    def _rendered(self, where, scroll: int) -> None:
        """The blocks all drawn: images, scroll position, highlighting, the cursor."""
        # (not force: a forced redraw laid the whole part out again, 0.1 s of a long one)
        self.objects.refresh(self.document(), self._object_names)
        self.verticalScrollBar().setValue(scroll)
        # the blocks shown were highlighted with the first slice (rehighlight_shown)
        at_once = 0 if getattr(self, "_shown_highlighted", False) else 40
        self._shown_highlighted = False
        self.highlighter.rehighlight_soon(self._first_visible_block(scroll).blockNumber() if scroll else 0, at_once)
        if where and where[0] in self.ids:
            self.place_cursor(*where, ensure_visible=False)
        else:
            self.moveCursor(QTextCursor.MoveOperation.Start)
            self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def _block_format_empty(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLeftMargin(GUTTER)
        return fmt

    def sync(self) -> None:
        """Bring the blocks in line with the model after a structural edit, touching only
        the blocks that changed (a full render of a long draft takes a third of a second;
        an inserted clause should not). A render still in slices goes on when the blocks
        drawn so far still begin the part; otherwise it is completed here."""
        blocks = flatten(self.session.draft.part(self.part))
        filling = getattr(self, "_filling", None)
        if filling is not None:
            if [p.id for p, _ in blocks[:len(self.ids)]] == self.ids:
                # the blocks drawn still begin the part: they are brought in line here
                # (a level, a heading), the slices draw the rest as the part is now
                self._fill_blocks = blocks
                blocks = blocks[:len(self.ids)]
            else:
                self._stop_filling()
                self._pending_cursor = self._pending_cursor or filling[0]
        new_ids = [p.id for p, _ in blocks]
        new_depths = [d for _, d in blocks]
        if not self.ids or not new_ids:
            self.render()
            return
        where = self._pending_cursor or self.current_position()
        self._pending_cursor = None
        old_depths = dict(zip(self.ids, self.depths))
        old_headings = {pid: self.nodes[pid].heading for pid in self.ids if pid in self.nodes}
        touched: set[str] = set()
        beside: set[str] = set()
        doc = self.document()
        self._rendering = True
        self.highlighter.suspend(True)
        try:
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            opcodes = SequenceMatcher(None, self.ids, new_ids, autojunk=False).get_opcodes()
            for tag, i1, i2, j1, j2 in reversed(opcodes):
                if tag == "equal":
                    continue
                # Qt re-highlights the blocks beside an inserted or removed one while the
                # highlighter is suspended, which wipes their italics and underlines
                beside.update(new_ids[max(0, j1 - 1):j2 + 1])
                if i2 > i1:
                    self._remove_blocks(cursor, i1, i2)
                if j2 > j1:
                    self._insert_blocks(cursor, i1, blocks[j1:j2], removed_all=(i1 == 0 and i2 == len(self.ids)))
                    touched.update(new_ids[j1:j2])
                # blocks now: old[:i1] + new[j1:j2] + old[i2:]; earlier opcodes still hold
                self.ids = self.ids[:i1] + new_ids[j1:j2] + self.ids[i2:]
            cursor.endEditBlock()
            self.ids = new_ids
            self.depths = new_depths
            self.nodes = {p.id: p for p, _ in blocks}
            for number, (paragraph, depth) in enumerate(blocks):
                pid = paragraph.id
                if pid in touched:
                    continue
                block = doc.findBlockByNumber(number)
                if old_depths.get(pid) != depth or old_headings.get(pid) != paragraph.heading:
                    # the level decides whether the opening is italic: refill the words too
                    QTextCursor(block).setBlockFormat(self._block_format(paragraph, depth))
                    self._fill_block(block, paragraph, depth)
                    touched.add(pid)
                else:
                    expected = self._block_format(paragraph, depth)
                    if not self._same_layout(block.blockFormat(), expected):
                        # a removal joined this block to a deleted one's format
                        QTextCursor(block).setBlockFormat(expected)
                        touched.add(pid)
                if block.text() != paragraph.flat_text():
                    self._fill_block(block, paragraph, depth)
                    touched.add(pid)
        finally:
            self.highlighter.suspend(False)
            self._rendering = False
        self.objects.refresh(doc, self._object_names)
        # a refilled block's neighbours may have been re-highlighted (and wiped) as well
        numbers = {self.ids.index(pid) for pid in touched | beside}
        numbers |= {n + d for n in numbers for d in (-1, 1) if 0 <= n + d < len(self.ids)}
        for number in sorted(numbers):
            self.highlighter.rehighlightBlock(doc.findBlockByNumber(number))
        if where and where[0] in self.ids:
            self.place_cursor(*where)
        self.viewport().update()

    @staticmethod
    def _same_layout(a: QTextBlockFormat, b: QTextBlockFormat) -> bool:
        return (a.leftMargin(), a.rightMargin(), a.topMargin(), a.alignment()) == (
            b.leftMargin(), b.rightMargin(), b.topMargin(), b.alignment())

    def _remove_blocks(self, cursor: QTextCursor, first: int, end: int) -> None:
        doc = self.document()
        count = doc.blockCount()
        if end < count:
            cursor.setPosition(doc.findBlockByNumber(first).position())
            cursor.setPosition(doc.findBlockByNumber(end).position(), QTextCursor.MoveMode.KeepAnchor)
        elif first > 0:
            before = doc.findBlockByNumber(first - 1)
            cursor.setPosition(before.position() + before.length() - 1)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()

    def _insert_blocks(self, cursor: QTextCursor, at: int, blocks: list, removed_all: bool) -> None:
        doc = self.document()
        remaining = doc.blockCount() if not removed_all else 0
        if at < remaining:
            # open empty blocks in front of block `at`, filling each
            for paragraph, depth in blocks:
                cursor.setPosition(doc.findBlockByNumber(at).position())
                cursor.insertBlock()
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                cursor.setBlockFormat(self._block_format(paragraph, depth))
                cursor.setCharFormat(QTextCharFormat())
                insert_runs(cursor, paragraph.runs, self._opening(paragraph.id, paragraph.flat_text(), depth))
                at += 1
            return
        cursor.movePosition(QTextCursor.MoveOperation.End)
        for k, (paragraph, depth) in enumerate(blocks):
            if k or not removed_all:
                cursor.insertBlock()
            cursor.setBlockFormat(self._block_format(paragraph, depth))
            insert_runs(cursor, paragraph.runs, self._opening(paragraph.id, paragraph.flat_text(), depth))

    def _fill_block(self, block, paragraph, depth: int) -> None:
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        insert_runs(cursor, paragraph.runs, self._opening(paragraph.id, paragraph.flat_text(), depth))

    def render_block(self, pid: str) -> None:
        """Redraw one paragraph's text (after undo/redo of typing)."""
        if pid not in self.ids:
            return
        number = self.ids.index(pid)
        block = self.document().findBlockByNumber(number)
        keep = self.current_position()
        paragraph = self.paragraph(pid)
        self._rendering = True
        try:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            insert_runs(cursor, paragraph.runs, self._opening(pid, paragraph.flat_text(), self.depths[number]))
        finally:
            self._rendering = False
        if keep and keep[0] == pid:
            self.place_cursor(*keep, ensure_visible=False)
        self.highlighter.rehighlightBlock(self.document().findBlockByNumber(number))

    def _text_changed(self, pid: str, from_view: bool) -> None:
        if not from_view and pid in self.ids:
            self.render_block(pid)
            # an edit of words only (a paste within one clause) puts the cursor where it
            # asked, as a structural edit does in sync(): after the pasted words
            if self._pending_cursor is not None and self._pending_cursor[0] == pid:
                where, self._pending_cursor = self._pending_cursor, None
                self.place_cursor(*where)

    def _numbers_changed(self) -> None:
        # citations and references show numbers: draw their images again
        self.objects.refresh(self.document(), self._object_names)
        self.viewport().update()

    def loadResource(self, kind: int, url):
        """The document asks for a citation's or reference's image (see inline_objects)."""
        image = self.objects.load(self.document(), url)
        if image is None:
            return super().loadResource(kind, url)
        self._object_names.add(url.toString())
        return image
