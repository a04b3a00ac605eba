"""Cut, copy and paste in the clause panes, and the Edit menu's clipboard actions.

Copy puts the selection on the clipboard twice: as a fragment (io/fragment: the clauses
with their levels, footnote bodies, cross-reference numbers; JSON under FRAGMENT_MIME)
for Draftapp windows, and as text/plain (one line a clause, numbers and letters in front
when the selection spans clauses) for other programs. Paste takes the fragment when
there is one, else text from Word (text/html) or a PDF or web page (text/plain), read by
the importer's rules. Every paste and every cut is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtGui import QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from draftapp.gui.edits import Batch, delete_range
from draftapp.gui.fragment_edits import italic_prefix, paste_fragment, touched_blocks
from draftapp.io.fragment import (
    FRAGMENT_MIME,
    Fragment,
    cut_fragment,
    fragment_from_json,
    fragment_from_text,
    fragment_to_json,
    plain_text,
)
from draftapp.gui.openings import italic_opening_length
from draftapp.io.validate import clean_text
from draftapp.model import EditText, InsertParagraph, Paragraph, Text


#: A paste larger than this is refused with a message (more clauses or a longer clause
#: than any draft has).
MAX_PASTE_CHARS = 1_000_000


def fragment_of(source: QMimeData, plain: bool = False) -> Fragment:
    """What a paste brings: our fragment, else Word's HTML as text, else plain text.
    `plain`: only the words (Paste as plain text). ValueError when it cannot be read."""
    if not plain and source.hasFormat(FRAGMENT_MIME):
        data = bytes(source.data(FRAGMENT_MIME))
        return fragment_from_json(data.decode("utf-8", errors="replace"))
    if not plain and source.hasHtml() and not source.hasText():
        text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
    elif not plain and source.hasHtml():
        # Word puts both; its HTML keeps the paragraph breaks its text/plain sometimes wraps
        text = QTextDocumentFragment.fromHtml(source.html()).toPlainText() or source.text()
    else:
        text = source.text()
    if len(text) > MAX_PASTE_CHARS:  # more than any draft: splitting it would stall the editor
        raise ValueError(f"{len(text):,} characters is far more than a draft holds")
    fragment = fragment_from_text(clean_text(text))  # without what XML cannot carry
    if plain:
        for _depth, p in fragment.blocks:
            p.runs = [Text(r.text) for r in p.runs if isinstance(r, Text)]
        fragment.footnotes = []
    return fragment


class ClipboardMixin:
    """For ClausePane: the clipboard keeps the draft's structure."""

    def event(self, e) -> bool:  # noqa: D401 - Qt's name
        # the clipboard keys (and Select all) before the pane's key handling: none of them
        # may reach the typing path, which would edit the blocks behind the model's back
        if e.type() == QEvent.Type.KeyPress:
            if e.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return True
            if e.matches(QKeySequence.StandardKey.Cut):
                self.cut()
                return True
            if e.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if e.matches(QKeySequence.StandardKey.SelectAll):
                self.selectAll()
                return True
        return super().event(e)

    def createStandardContextMenu(self, *args):
        """The right-click menu's Cut, Copy, Paste and Delete go through the model (Qt's
        own would cut or delete a selection across clauses behind the model's back), and
        Paste as plain text follows Paste."""
        menu = super().createStandardContextMenu(*args)
        slots = {"edit-cut": self.cut, "edit-copy": self.copy, "edit-paste": self.paste,
                 "edit-delete": self.delete_selected}
        for action in menu.actions():
            slot = slots.get(action.objectName())
            if slot is None:
                continue
            action.triggered.disconnect()
            action.triggered.connect(lambda _=False, f=slot: f())
            if action.objectName() == "edit-paste":
                plain = menu.addAction(self.tr("Paste as plain text"))
                plain.setObjectName("edit-paste-plain")
                plain.setEnabled(action.isEnabled())
                plain.triggered.connect(lambda _=False: self.paste_plain())
                menu.insertAction(menu.actions()[menu.actions().index(action) + 1], plain)
        return menu

    def delete_selected(self) -> None:
        if self.textCursor().hasSelection():
            self.delete_selection()

    # --- selection as model positions ------------------------------------------------
    def selection_range(self):
        """((id, offset), (id, offset)) of the selection, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self.ids:
            return None
        doc = self.document()
        first, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
        return ((self.ids[first.blockNumber()], cursor.selectionStart() - first.position()),
                (self.ids[last.blockNumber()], cursor.selectionEnd() - last.position()))

    # --- QTextEdit's clipboard hooks ---------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own object, emptied: a QMimeData made in Python and handed to the
        # clipboard was deleted twice (a segmentation fault at exit after any copy)
        mime = super().createMimeDataFromSelection()
        for fmt in mime.formats():
            mime.removeFormat(fmt)
        selection = self.selection_range()
        if selection is None:
            return mime
        start, end = selection
        session = self.session
        fragment = cut_fragment(session.draft, self.part, start, end, session.reference)
        mime.setData(FRAGMENT_MIME, fragment_to_json(fragment).encode("utf-8"))
        mime.setText(plain_text(fragment, session.labels, session.footnote_numbers, whole_first=start[1] == 0))
        return mime

    def canInsertFromMimeData(self, source) -> bool:
        return source.hasFormat(FRAGMENT_MIME) or source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source, plain: bool = False) -> None:
        try:
            fragment = fragment_of(source, plain)
        except ValueError as e:
            self.session.message.emit(self.tr("Nothing pasted: %s") % e)
            return
        self.paste_fragment(fragment)

    def paste_fragment(self, fragment: Fragment) -> None:
        if not fragment.blocks or (len(fragment.blocks) == 1 and not fragment.blocks[0][1].runs):
            return
        draft = self.session.draft
        where = self.current_position()  # None in an empty pane
        selection = self.selection_range()
        # a whole resolution pasted into a blank draft: each part's paragraphs to their pane
        parts = [(part or self.part, piece) for part, piece in
                 (fragment.by_part() if not draft.preamble and not draft.operative else [(None, fragment)])]

        def build(batch: Batch):
            end = None
            for part, piece in parts:
                if not piece.blocks:
                    continue
                if part != self.part or where is None:
                    first = Paragraph()  # the part's first clause, in the same undo step
                    batch.do(InsertParagraph(part, 0, first))
                    at = (first.id, 0)
                else:
                    at = delete_range(batch, part, *selection) if selection else where
                last = paste_fragment(batch, part, at, piece)
                self._store_openings(batch, part, at[0], last[0])
                if part == self.part:
                    end = last
            return end

        self._batch_push(build, self.tr("Paste"), lambda r: r)

    def _store_openings(self, batch: Batch, part: str, first: str, last: str) -> None:
        """Opening phrases of the pasted clauses stored in italics, as typing stores them
        (the export prints the runs, not the pane's highlighting)."""
        language, gender = self.session.draft.language, self.session.gender
        for pid, depth in touched_blocks(batch.draft, part, first, last):
            paragraph = batch.draft.find(pid)
            length = 0 if depth or paragraph.heading else italic_opening_length(
                paragraph.flat_text(), part, language, gender)
            runs = italic_prefix(paragraph.runs, length)
            if runs != paragraph.runs:
                batch.do(EditText(pid, runs))

    # --- the actions ---------------------------------------------------------------------
    def copy(self) -> None:
        if self.textCursor().hasSelection():
            QApplication.clipboard().setMimeData(self.createMimeDataFromSelection())

    def cut(self) -> None:
        if self.textCursor().hasSelection():
            self.copy()
            self.delete_selection()

    def paste(self) -> None:
        source = QApplication.clipboard().mimeData()
        if source is not None and self.canInsertFromMimeData(source):
            self.insertFromMimeData(source)

    def paste_plain(self) -> None:
        source = QApplication.clipboard().mimeData()
        if source is not None and (source.hasText() or source.hasHtml()):
            self.insertFromMimeData(source, plain=True)


def add_clipboard_actions(window, menu) -> dict:
    """Cut, Copy, Paste, Paste as plain text and Select all in the Edit menu. They act on
    the widget with the focus (a clause pane, the footnote text, a Document field), or on
    the clause pane used last."""

    def target():
        widget = QApplication.focusWidget()
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            return widget
        return window.current_pane()

    def paste_plain():
        widget = target()
        if hasattr(widget, "paste_plain"):
            widget.paste_plain()
        elif isinstance(widget, QLineEdit):
            widget.insert(QApplication.clipboard().text())
        else:
            widget.insertPlainText(QApplication.clipboard().text())

    actions = {}
    specs = [
        ("cut", window.tr("Cu&t"), lambda: target().cut(), QKeySequence.StandardKey.Cut),
        ("copy", window.tr("&Copy"), lambda: target().copy(), QKeySequence.StandardKey.Copy),
        ("paste", window.tr("&Paste"), lambda: target().paste(), QKeySequence.StandardKey.Paste),
        ("paste_plain", window.tr("Paste as plain te&xt"), paste_plain, "Ctrl+Shift+V"),
        ("select_all", window.tr("Select &all"), lambda: target().selectAll(), QKeySequence.StandardKey.SelectAll),
    ]
    for name, text, slot, keys in specs:
        action = window._action(menu, text, slot)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(keys))
        else:
            action.setShortcut(QKeySequence(keys))
        actions[name] = action
    return actions


__all__ = ["ClipboardMixin", "add_clipboard_actions", "fragment_of", "FRAGMENT_MIME"]
