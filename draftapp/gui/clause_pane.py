"""A pane of clauses (the preamble or the operative part): one QTextEdit, one text block
per paragraph in document order, subparagraphs indented by their depth.

Typing inside a clause is ordinary QTextEdit typing, reported to the session as one
TypingCommand per burst. Everything that changes the structure (Enter, Backspace at a
clause start, Tab, Alt+Up/Down, drag and drop, edits across clauses) is turned into
model commands here and never reaches QTextEdit, so the blocks always match the model.
The numbers and letters are painted in the left gutter from the session's labels.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import QMimeData, QPoint, QRect, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QCompleter, QMenu, QTextEdit

from draftapp.gui.edits import Batch, delete_range, flatten, merge_into_previous, split_paragraph
from draftapp.gui.fonts import text_font
from draftapp.gui.highlighter import ClauseHighlighter
from draftapp.gui.inline import block_runs, insert_runs
from draftapp.gui.inline_objects import InlineObjects
from draftapp.gui.openings import completions, italic_opening_length, opening_length
from draftapp.model import (
    OBJECT_CHAR,
    AddFootnote,
    CiteFootnote,
    CommandError,
    EditText,
    Footnote,
    Indent,
    InsertCrossRef,
    MoveParagraph,
    Outdent,
    SetHeading,
    Text,
)

PARAGRAPH_MIME = "application/x-draftapp-paragraph"
GUTTER = 52  # room for "125." before the text
INDENT = 34  # per subparagraph level
BLOCK_SPACING = 7


def toggle_selection_format(editor: QTextEdit, italic: bool | None = None, bold: bool | None = None) -> None:
    """Ctrl+I / Ctrl+B on a selection inside one block: the editor reports it as typing."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return
    fmt = cursor.charFormat()
    change = QTextCharFormat()
    if italic is not None:
        change.setFontItalic(not fmt.fontItalic())
    if bold is not None:
        change.setFontWeight(QFont.Weight.Normal if fmt.fontWeight() >= QFont.Weight.Bold else QFont.Weight.Bold)
    cursor.mergeCharFormat(change)


class ClausePane(QTextEdit):
    #: the cursor moved to another paragraph (id) — the footnotes/diagnostics follow it
    currentParagraphChanged = Signal(str)

    def __init__(self, session, part: str, spelling=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.part = part
        self.ids: list[str] = []
        self.depths: list[int] = []
        self.nodes: dict = {}
        self._rendering = False
        self._pending_cursor: tuple[str, int] | None = None
        self._drag_start: tuple[QPoint, str] | None = None
        self._drop_line: int | None = None
        self._last_paragraph = ""

        self.setUndoRedoEnabled(False)  # the session's QUndoStack owns undo
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self.setAcceptDrops(True)
        self.objects = InlineObjects(session)
        self._object_names: set[str] = set()
        self.highlighter = ClauseHighlighter(self, spelling)

        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self.accept_completion)

        self.document().contentsChange.connect(self._contents_changed)
        self.cursorPositionChanged.connect(self._cursor_moved)
        session.structureChanged.connect(self.sync)
        session.textChanged.connect(self._text_changed)
        session.numbersChanged.connect(self._numbers_changed)
        session.diagnosticsChanged.connect(self.highlighter.diagnostics_changed)
        session.languageChanged.connect(self.apply_language)
        session.metaChanged.connect(self._organ_maybe_changed)
        self._gender = session.gender
        self.highlighter.diagnostics_changed()  # the problems found when the draft was opened
        self.apply_language()

    # --- drawing the model ---------------------------------------------------------
    def apply_language(self) -> None:
        language = self.session.language
        self._gender = self.session.gender
        font = text_font(language.code)
        self.document().setDefaultFont(font)
        self.setFont(font)
        direction = Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute) if language.rtl
                            else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.highlighter.set_language(language.code)
        self.render()

    def _organ_maybe_changed(self) -> None:
        # a council's openings agree in the masculine (Préoccupé): italics follow
        if self.session.gender != self._gender:
            self._gender = self.session.gender
            self.render()

    def paragraph(self, pid: str):
        """The paragraph a block shows (kept by id since the last render: O(1))."""
        node = self.nodes.get(pid)
        return node if node is not None else self.session.draft.find(pid)

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
        """Rebuild every block from the model, keeping the cursor on its paragraph."""
        where = self._pending_cursor or self.current_position()
        self._pending_cursor = None
        scroll = self.verticalScrollBar().value()
        blocks = flatten(self.session.draft.part(self.part))
        self._rendering = True
        self.highlighter.suspend(True)
        try:
            self.ids = [p.id for p, _ in blocks]
            self.nodes = {p.id: p for p, _ in blocks}
            self.depths = [d for _, d in blocks]
            doc = self.document()
            doc.clear()
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            for i, (paragraph, depth) in enumerate(blocks):
                if i:
                    cursor.insertBlock()
                cursor.setBlockFormat(self._block_format(paragraph, depth))
                opening = self._opening(paragraph.id, paragraph.flat_text(), depth)
                insert_runs(cursor, paragraph.runs, opening)
            if not blocks:
                cursor.setBlockFormat(self._block_format_empty())
            cursor.endEditBlock()
        finally:
            self.highlighter.suspend(False)
            self._rendering = False
        self.objects.refresh(self.document(), self._object_names, force=True)
        self.highlighter.rehighlight()
        self.verticalScrollBar().setValue(scroll)
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
        an inserted clause should not)."""
        blocks = flatten(self.session.draft.part(self.part))
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
        for pid in touched:
            self.highlighter.rehighlightBlock(doc.findBlockByNumber(self.ids.index(pid)))
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

    # --- cursor --------------------------------------------------------------------
    def current_position(self) -> tuple[str, int] | None:
        """(paragraph id, model offset) of the cursor, or None in an empty pane."""
        cursor = self.textCursor()
        number = cursor.blockNumber()
        if not 0 <= number < len(self.ids):
            return None
        return self.ids[number], cursor.positionInBlock()

    def current_id(self) -> str | None:
        where = self.current_position()
        return where[0] if where else None

    def place_cursor(self, pid: str, offset: int = 0, end: int | None = None, ensure_visible: bool = True) -> None:
        if pid not in self.ids:
            return
        block = self.document().findBlockByNumber(self.ids.index(pid))
        cursor = QTextCursor(block)
        length = block.length() - 1
        cursor.setPosition(block.position() + max(0, min(offset, length)))
        if end is not None:
            cursor.setPosition(block.position() + max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if ensure_visible:
            self.ensureCursorVisible()

    def _cursor_moved(self) -> None:
        pid = self.current_id()
        if pid and pid != self._last_paragraph:
            self._last_paragraph = pid
            self.currentParagraphChanged.emit(pid)

    # --- typing --------------------------------------------------------------------
    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if self._rendering:
            return
        doc = self.document()
        if doc.blockCount() != max(1, len(self.ids)) or not self.ids:
            # something slipped past the structural key handling: the model wins
            self.render()
            return
        first = doc.findBlock(position)
        last = doc.findBlock(position + added)
        block = first
        while block.isValid():
            number = block.blockNumber()
            pid = self.ids[number]
            text = block.text()
            runs = block_runs(block, self._opening(pid, text, self.depths[number]))
            before = self.paragraph(pid).runs
            if runs != before:
                self.session.typed(pid, before, runs)
            if block == last:
                break
            block = block.next()
        self._update_completer()

    # --- keys ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: C901 - one switch over the keys
        key = event.key()
        mods = event.modifiers()
        popup = self.completer.popup()
        if popup.isVisible() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
            index = popup.currentIndex()
            popup.hide()
            if key == Qt.Key.Key_Tab and not index.isValid():
                index = self.completer.completionModel().index(0, 0)
            if key == Qt.Key.Key_Escape:
                return
            if index.isValid():
                self.accept_completion(index.data())
                return
            # Enter after a complete phrase with nothing chosen: a new clause, as usual
        if event.matches(QKeySequence.StandardKey.Undo):
            self.session.stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.session.stack.redo()
            return
        if not self.ids:
            # only typing starts the first clause: arrows or Shift in an empty pane do not
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_first_clause()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()  # insertFromMimeData starts the first clause
                return
            if not (event.text() and event.text().isprintable()):
                return
            self.add_first_clause()
        cursor = self.textCursor()
        spans_blocks = cursor.hasSelection() and (
            self.document().findBlock(cursor.selectionStart()) != self.document().findBlock(cursor.selectionEnd())
        )
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if spans_blocks:
                self.delete_selection()
            self.split_at_cursor()
            return
        if key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ControlModifier:
            self.change_level(+1)
            return
        if key == Qt.Key.Key_Backtab:
            self.change_level(-1)
            return
        if event.matches(QKeySequence.StandardKey.Cut) and spans_blocks:
            self.copy()
            self.delete_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection() and cursor.positionInBlock() == 0:
            self.merge_up(self.current_id())
            return
        if key == Qt.Key.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            number = cursor.blockNumber()
            if number + 1 < len(self.ids):
                self.merge_up(self.ids[number + 1])
            return
        if spans_blocks and (key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or event.text()):
            self.delete_selection()
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        if not self.ids and event.commitString():
            self.add_first_clause()
        cursor = self.textCursor()
        if cursor.hasSelection() and self.document().findBlock(cursor.selectionStart()) != self.document().findBlock(
            cursor.selectionEnd()
        ):
            self.delete_selection()
        super().inputMethodEvent(event)

    # --- structural edits ----------------------------------------------------------
    def _batch_push(self, build, label: str, cursor_after=None) -> bool:
        batch = Batch(self.session.draft)
        try:
            result = build(batch)
        except (CommandError, KeyError, IndexError) as e:
            batch.rollback()
            self.session.message.emit(str(e))
            return False
        if not batch.commands:
            return False
        self._pending_cursor = cursor_after(result) if cursor_after else None
        self.session.push(batch.composite(label), applied=True)
        return True

    def add_first_clause(self) -> None:
        from draftapp.model import InsertParagraph, Paragraph

        paragraph = Paragraph()
        self._pending_cursor = (paragraph.id, 0)
        self.session.push(InsertParagraph(self.part, 0, paragraph))

    def split_at_cursor(self) -> None:
        where = self.current_position()
        if where is None:
            return
        pid, offset = where
        self._batch_push(lambda b: split_paragraph(b, pid, offset), self.tr("New clause"), lambda new_id: (new_id, 0))

    def merge_up(self, pid: str | None) -> None:
        if pid is None:
            return
        self._batch_push(
            lambda b: merge_into_previous(b, self.part, pid), self.tr("Join clauses"), lambda result: result
        )

    def delete_selection(self) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
        start = (self.ids[first.blockNumber()], cursor.selectionStart() - first.position())
        end = (self.ids[last.blockNumber()], cursor.selectionEnd() - last.position())
        self._batch_push(lambda b: delete_range(b, self.part, start, end), self.tr("Delete"), lambda r: r)

    def change_level(self, delta: int) -> None:
        pid = self.current_id()
        if pid is None:
            return
        offset = self.current_position()[1]
        self._pending_cursor = (pid, offset)
        self.session.push(Indent(pid) if delta > 0 else Outdent(pid))

    def move_current(self, delta: int) -> None:
        where = self.current_position()
        if where is None:
            return
        try:
            command = MoveParagraph.by(self.session.draft, where[0], delta)
        except CommandError as e:
            self.session.message.emit(str(e))
            return
        self._pending_cursor = where
        self.session.push(command)

    def toggle_heading(self) -> None:
        where = self.current_position()
        if where is None:
            return
        self._pending_cursor = where
        self.session.push(SetHeading(where[0], not self.paragraph(where[0]).heading))

    def set_format(self, italic: bool | None = None, bold: bool | None = None) -> None:
        toggle_selection_format(self, italic=italic, bold=bold)

    # --- inline objects ------------------------------------------------------------
    def insert_footnote(self, text: str = "") -> str | None:
        """A new footnote cited at the cursor; returns its id."""
        where = self.current_position()
        if where is None:
            return None
        footnote = Footnote.of(text) if text else Footnote()
        self._pending_cursor = (where[0], where[1] + 1)
        return footnote.id if self.session.push(AddFootnote(where[0], where[1], footnote)) else None

    def cite_footnote(self, footnote_id: str) -> None:
        where = self.current_position()
        if where is None:
            return
        self._pending_cursor = (where[0], where[1] + 1)
        self.session.push(CiteFootnote(where[0], where[1], footnote_id))

    def insert_cross_reference(self, target_id: str, pattern: str) -> None:
        """Insert `pattern` ("paragraph {n} above") with {n} a live reference to target."""
        where = self.current_position()
        if where is None:
            return
        pid, offset = where
        before_words, _, after_words = pattern.partition("{n}")

        def build(batch: Batch):
            from draftapp.model import split_runs

            runs = self.paragraph(pid).runs
            head, tail = split_runs(runs, offset)
            batch.do(EditText(pid, head + [Text(before_words), Text(after_words)] + tail))
            at = offset + len(before_words)
            batch.do(InsertCrossRef(pid, at, target_id))
            return pid, at + 1 + len(after_words)

        self._batch_push(build, self.tr("Insert cross-reference"), lambda r: r)

    # --- completion of opening phrases ---------------------------------------------
    def _update_completer(self) -> None:
        cursor = self.textCursor()
        number = cursor.blockNumber()
        popup = self.completer.popup()
        if not 0 <= number < len(self.ids) or self.depths[number]:
            popup.hide()
            return
        typed = cursor.block().text()[: cursor.positionInBlock()]
        if len(typed.strip()) < 2 or len(typed) > 40 or OBJECT_CHAR in typed:
            popup.hide()
            return
        options = completions(typed, self.part, self.session.draft.language, gender=self._gender)
        if not options:
            popup.hide()
            return
        self.completer.model().setStringList(options)
        rect = self.cursorRect()
        rect.setWidth(self.completer.popup().sizeHintForColumn(0) + 24)
        self.completer.complete(rect)
        # after a complete phrase ("Recalling") Enter should still start a new clause:
        # preselect a longer phrase only while the words typed are not a phrase yet
        if opening_length(typed, self.part, self.session.draft.language, self._gender) < len(typed.rstrip()):
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            popup.setCurrentIndex(self.completer.completionModel().index(-1, -1))

    def accept_completion(self, phrase: str) -> None:
        if not phrase:
            return
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        rest = self.textCursor().block().text()[self.textCursor().positionInBlock():]
        space = "" if self.session.language.cjk or rest.startswith(" ") else " "
        cursor.insertText(phrase + space)
        self.setTextCursor(cursor)
        self.completer.popup().hide()

    # --- painting the numbers ------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        layout = self.document().documentLayout()
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        height = self.viewport().height()
        width = self.viewport().width()
        rtl = self.session.language.rtl
        metrics = QFontMetrics(self.document().defaultFont())
        painter.setFont(self.document().defaultFont())
        painter.setPen(QColor("#5e6a78"))
        block = self.firstVisibleBlock() if hasattr(self, "firstVisibleBlock") else self._first_visible_block(offset.y())
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(-offset.x(), -offset.y())
            if rect.top() > height:
                break
            number = block.blockNumber()
            if rect.bottom() >= 0 and number < len(self.ids):
                label = self.session.labels.get(self.ids[number], "")
                if label:
                    depth = self.depths[number]
                    text_edge = GUTTER + depth * INDENT
                    box_width = min(text_edge, INDENT + 10 if depth else GUTTER) - 8
                    top = int(rect.top() + block.blockFormat().topMargin())
                    if rtl:
                        box = QRect(int(width - text_edge + 8), top, box_width, metrics.height())
                        align = Qt.AlignmentFlag.AlignLeft
                    else:
                        box = QRect(int(text_edge - box_width - 8), top, box_width, metrics.height())
                        align = Qt.AlignmentFlag.AlignRight
                    painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
            block = block.next()
        if self._drop_line is not None:
            painter.setPen(QPen(QColor("#1a5fb4"), 2))
            painter.drawLine(GUTTER // 2, self._drop_line, width - 8, self._drop_line)
        painter.end()

    def _first_visible_block(self, y: int):
        cursor = self.cursorForPosition(QPoint(0, 0))
        return cursor.block()

    # --- drag and drop of clauses by their number ----------------------------------
    def _in_gutter(self, pos: QPoint) -> bool:
        x = pos.x()
        return x > self.viewport().width() - GUTTER if self.session.language.rtl else x < GUTTER - 4

    def _block_at(self, pos: QPoint):
        return self.cursorForPosition(pos).block()

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._in_gutter(pos) and self.ids:
            number = self._block_at(pos).blockNumber()
            if 0 <= number < len(self.ids):
                self._drag_start = (pos, self.ids[number])
                self.place_cursor(self.ids[number], 0)
                return
        self._drag_start = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            start, pid = self._drag_start
            if (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
                self._drag_start = None
                drag = QDrag(self)
                mime = QMimeData()
                mime.setData(PARAGRAPH_MIME, pid.encode())
                mime.setText(self.paragraph(pid).text)
                drag.setMimeData(mime)
                drag.exec(Qt.DropAction.MoveAction)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._drag_start = None
        super().mouseReleaseEvent(event)

    def _drop_target(self, pos: QPoint) -> tuple[str, bool] | None:
        """(paragraph id, after?) the dragged clause would land beside."""
        if not self.ids:
            return None
        block = self._block_at(pos)
        number = block.blockNumber()
        if not 0 <= number < len(self.ids):
            return None
        rect = self.document().documentLayout().blockBoundingRect(block)
        y = pos.y() + self.verticalScrollBar().value()
        return self.ids[number], y > rect.center().y()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(PARAGRAPH_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if not event.mimeData().hasFormat(PARAGRAPH_MIME):
            event.ignore()
            return
        target = self._drop_target(event.position().toPoint())
        if target:
            block = self.document().findBlockByNumber(self.ids.index(target[0]))
            rect = self.document().documentLayout().blockBoundingRect(block)
            y = rect.bottom() if target[1] else rect.top()
            self._drop_line = int(y - self.verticalScrollBar().value())
            self.viewport().update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._drop_line = None
        self.viewport().update()

    def dropEvent(self, event) -> None:
        self._drop_line = None
        self.viewport().update()
        if not event.mimeData().hasFormat(PARAGRAPH_MIME):
            event.ignore()
            return
        pid = bytes(event.mimeData().data(PARAGRAPH_MIME)).decode()
        target = self._drop_target(event.position().toPoint())
        event.acceptProposedAction()
        if target:
            self.move_beside(pid, *target)

    def move_beside(self, pid: str, target_id: str, after: bool) -> None:
        """Move a clause (with its subparagraphs) next to another one, at its level."""
        if pid == target_id:
            return
        draft = self.session.draft
        try:
            _part, siblings, index, parent = draft.locate(target_id)
            here_part, here_siblings, here_index, _ = draft.locate(pid)
        except KeyError:
            return
        new_index = index + (1 if after else 0)
        if here_siblings is siblings and here_index < new_index:
            new_index -= 1  # counted after the clause has left its old place
        self._pending_cursor = (pid, 0)
        self.session.push(MoveParagraph(pid, self.part, new_index, parent.id if parent else None))

    # --- clipboard -----------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        mime = QMimeData()
        mime.setText(self.textCursor().selection().toPlainText().replace(OBJECT_CHAR, "").replace("\u2029", "\n"))
        return mime

    def canInsertFromMimeData(self, source) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source) -> None:
        """Pasted lines become clauses of this kind; one line is ordinary typing."""
        text = source.text().replace(OBJECT_CHAR, "")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            return
        if not self.ids:
            self.add_first_clause()
        if len(lines) <= 1:
            self.textCursor().insertText(text.replace("\n", " ").replace("\r", ""))
            return
        if self.textCursor().hasSelection():
            self.textCursor().removeSelectedText()
        where = self.current_position()
        if where is None:
            return

        def build(batch: Batch):
            pid, offset = where
            from draftapp.model import split_runs

            head, tail = split_runs(self.paragraph(pid).runs, offset)
            batch.do(EditText(pid, head + [Text(lines[0])] + tail))
            current, at = pid, offset + len(lines[0])
            for line in lines[1:]:
                new_id = split_paragraph(batch, current, at)
                batch.do(EditText(new_id, [Text(line)] + self.session.draft.find(new_id).runs))
                current, at = new_id, len(line)
            return current, at

        self._batch_push(build, self.tr("Paste clauses"), lambda r: r)

    def paste(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection() and self.document().findBlock(cursor.selectionStart()) != self.document().findBlock(
            cursor.selectionEnd()
        ):
            self.delete_selection()
        super().paste()

    # --- context menu: spelling and fixes ------------------------------------------
    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            if action.text().replace("&", "").startswith(("Undo", "Redo")):
                menu.removeAction(action)
        cursor = self.cursorForPosition(event.pos())
        extra = self.highlighter.suggestions_at(cursor)
        if extra is not None:
            word_cursor, suggestions = extra
            first = menu.actions()[0] if menu.actions() else None
            if suggestions:
                for word in suggestions[:6]:
                    action = menu.addAction(word)
                    action.triggered.connect(lambda _=False, w=word, c=word_cursor: self._replace_word(c, w))
                    menu.insertAction(first, action)
            else:
                none = menu.addAction(self.tr("(no spelling suggestions)"))
                none.setEnabled(False)
                menu.insertAction(first, none)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def _replace_word(self, cursor: QTextCursor, word: str) -> None:
        cursor.insertText(word)
