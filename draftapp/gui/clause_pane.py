"""A pane of clauses (the preamble or the operative part): one QTextEdit, one text block
per paragraph in document order, subparagraphs indented by their depth.

Typing inside a clause is ordinary QTextEdit typing, reported to the session as one
TypingCommand per burst. Everything that changes the structure (Enter, Backspace at a
clause start, Tab, Alt+Up/Down, drag and drop, edits across clauses) is turned into
model commands here and never reaches QTextEdit, so the blocks always match the model.
The numbers and letters are painted in the left gutter from the session's labels.

The pane is put together from mixins, one concern each: BlockRendering (clause_blocks:
the model drawn as blocks), GutterAndDrag (clause_gutter: numbers and drag and drop),
OpeningCompletion (clause_completion).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QCompleter, QTextEdit

from draftapp.gui.clause_blocks import BlockRendering
from draftapp.gui.clause_completion import OpeningCompletion
from draftapp.gui.clause_gutter import GutterAndDrag
from draftapp.gui.clause_layout import PARAGRAPH_MIME
from draftapp.gui.clipboard import ClipboardMixin
from draftapp.gui.edits import Batch, delete_range, merge_into_previous, split_paragraph
from draftapp.gui.fonts import text_font
from draftapp.gui.highlighter import ClauseHighlighter
from draftapp.gui.inline import block_runs
from draftapp.gui.inline_objects import InlineObjects
from draftapp.gui.key_intent import is_deleting, is_line_kill, is_typing, would_insert_text
from draftapp.model import (
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

__all__ = ["ClausePane", "PARAGRAPH_MIME", "toggle_selection_format"]


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


class ClausePane(ClipboardMixin, GutterAndDrag, OpeningCompletion, BlockRendering, QTextEdit):
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
        font = text_font(language.code, getattr(self, "zoom_factor", 1.0))  # zoom.py sets it
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

    def is_current(self) -> bool:
        """Whether the pane shows the draft fully (highlighting of a long one included)."""
        return not self.filling() and not self.highlighter.pending()

    def paragraph(self, pid: str):
        """The paragraph a block shows (kept by id since the last render: O(1))."""
        node = self.nodes.get(pid)
        return node if node is not None else self.session.draft.find(pid)


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
        if self.space_after_completion(event):
            return
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
            if not is_typing(event):
                event.ignore()
                return
            self.add_first_clause()
        if is_line_kill(event):
            return  # not Word's meaning (underline, link), and never a silent deletion
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
        if spans_blocks and is_deleting(event):
            self.delete_selection()
            return
        if would_insert_text(event):
            event.ignore()  # Alt+letter is the window's (a mnemonic), never text
            return
        if spans_blocks and is_typing(event):
            self.delete_selection()
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
        cursor = self.textCursor()
        doc = self.document()
        if not cursor.hasSelection() or doc.findBlock(cursor.selectionStart()) == doc.findBlock(cursor.selectionEnd()):
            toggle_selection_format(self, italic=italic, bold=bold)
            return
        # across clauses each clause reports its own typing: one undo step for them all
        self.session.stack.beginMacro(self.tr("Format"))
        try:
            toggle_selection_format(self, italic=italic, bold=bold)
        finally:
            self.session.stack.endMacro()

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
            from draftapp.gui.spelling_list import add_word_actions  # Add to dictionary, Ignore all

            add_word_actions(self, menu, first, word_cursor.selectedText())
            menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def _replace_word(self, cursor: QTextCursor, word: str) -> None:
        cursor.insertText(word)
