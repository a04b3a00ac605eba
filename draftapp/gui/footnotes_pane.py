"""The Footnotes pane: every footnote with its live number (order of first citation),
where it is cited, and an editor for the selected one. Deleting a footnote that the
text cites asks first, since its citations go with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from draftapp.gui.fonts import text_font
from draftapp.gui.inline import block_runs, insert_runs
from draftapp.io.validate import MAX_PARAGRAPH_CHARS, clean_text
from draftapp.model import OBJECT_CHAR, RemoveFootnote, citations

ID_ROLE = Qt.ItemDataRole.UserRole


class FootnoteEditor(QTextEdit):
    """One footnote's text: a single block; typing is a TypingCommand on the footnote."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.footnote_id: str | None = None
        self._rendering = False
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFixedHeight(70)
        self.setPlaceholderText(self.tr("Select a footnote to edit its text, or insert one with Ctrl+Alt+F"))
        self.document().contentsChange.connect(self._changed)

    def show_footnote(self, footnote_id: str | None) -> None:
        self.footnote_id = footnote_id
        self._rendering = True
        try:
            self.clear()
            if footnote_id is not None:
                insert_runs(QTextCursor(self.document()), self.session.draft.footnote(footnote_id).runs)
        finally:
            self._rendering = False
        self.setEnabled(footnote_id is not None)
        # an empty footnote selected (a new one, or its text undone) is not "no footnote"
        self.setPlaceholderText(self.tr("Type the text of this footnote") if footnote_id is not None else
                                self.tr("Select a footnote to edit its text, or insert one with Ctrl+Alt+F"))

    def _changed(self, *args) -> None:
        if self._rendering or self.footnote_id is None:
            return
        runs = block_runs(self.document().firstBlock())
        before = self.session.draft.footnote(self.footnote_id).runs
        if runs != before:
            self.session.typed(self.footnote_id, before, runs)

    def keyPressEvent(self, event) -> None:
        from PySide6.QtGui import QKeySequence

        if event.matches(QKeySequence.StandardKey.Undo):
            self.session.stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.session.stack.redo()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # a footnote is one paragraph
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        text = source.text()
        if len(text) > MAX_PARAGRAPH_CHARS:
            return  # far longer than any footnote: not pasted
        self.textCursor().insertText(" ".join(clean_text(text.replace(OBJECT_CHAR, "")).split()))


class FootnotesPane(QWidget):
    #: the user asked to see where a footnote is cited (paragraph id)
    jumpRequested = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(self._jump)
        layout.addWidget(self.list, 1)
        self.editor = FootnoteEditor(session)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        self.cited = QLabel()
        self.cited.setStyleSheet("color: #5e6a78;")
        row.addWidget(self.cited, 1)
        self.delete_button = QPushButton(self.tr("Delete footnote"))
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        session.structureChanged.connect(self.refresh)
        session.numbersChanged.connect(self.refresh)
        session.languageChanged.connect(self._language)
        session.textChanged.connect(self._text_changed)
        self._language()

    def _language(self) -> None:
        font = text_font(self.session.draft.language, 0.85)
        self.list.setFont(font)
        self.editor.setFont(font)
        self.editor.document().setDefaultFont(font)
        rtl = Qt.LayoutDirection.RightToLeft if self.session.language.rtl else Qt.LayoutDirection.LeftToRight
        self.list.setLayoutDirection(rtl)
        self.editor.setLayoutDirection(rtl)
        self.refresh()

    def _label(self, footnote) -> str:
        number = self.session.footnote_numbers.get(footnote.id, "?")
        text = footnote.text.strip() or self.tr("(empty footnote)")
        return f"{number}\t{text}"

    def refresh(self) -> None:
        current = self.current_id()
        numbers = self.session.footnote_numbers
        footnotes = sorted(self.session.draft.footnotes, key=lambda f: numbers.get(f.id, 10**6))
        self.list.blockSignals(True)
        self.list.clear()
        for footnote in footnotes:
            item = QListWidgetItem(self._label(footnote))
            item.setData(ID_ROLE, footnote.id)
            self.list.addItem(item)
            if footnote.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.current_id() != self.editor.footnote_id:
            self.editor.show_footnote(self.current_id())
        self._show_citations()

    def _text_changed(self, owner_id: str, from_view: bool) -> None:
        if self.current_id() is not None:
            # a citation deleted or restored in a clause leaves the numbers as they were
            self._show_citations()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == owner_id:
                item.setText(self._label(self.session.draft.footnote(owner_id)))
                if owner_id == self.editor.footnote_id and not from_view:
                    self.editor.show_footnote(owner_id)
                return

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def select(self, footnote_id: str, edit: bool = False) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == footnote_id:
                self.list.setCurrentRow(i)
                if edit:
                    self.editor.setFocus()
                return

    def _selected(self, *args) -> None:
        self.editor.show_footnote(self.current_id())
        self._show_citations()

    def _show_citations(self) -> None:
        fid = self.current_id()
        self.delete_button.setEnabled(fid is not None)
        if fid is None:
            self.cited.setText("")
            return
        count = len(citations(self.session.draft).get(fid, []))
        self.cited.setText(self.tr("Not cited in the text") if not count else self.tr("Cited %n time(s)", "", count))

    def _jump(self, item: QListWidgetItem) -> None:
        where = citations(self.session.draft).get(item.data(ID_ROLE), [])
        if where:
            self.jumpRequested.emit(where[0])

    def delete_current(self) -> bool:
        fid = self.current_id()
        if fid is None:
            return False
        count = len(citations(self.session.draft).get(fid, []))
        if count:
            answer = QMessageBox.question(
                self,
                self.tr("Delete footnote"),
                self.tr("This footnote is cited %n time(s) in the text. Delete it and its citations?", "", count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.session.push(RemoveFootnote(fid))
