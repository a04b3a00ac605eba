"""Find and Replace over the whole draft (Ctrl+F, Ctrl+H, F3 / Shift+F3): a bar at the
bottom of the window with the words to find and their replacement, Match case and Whole
words, Previous / Next / Replace / Replace all and the count of hits. Every hit in the
clause panes (and in the footnote being edited) is highlighted; the current one in
orange. Replace all is one undo step. The search itself is draftapp/gui/search.py."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from draftapp.gui.search import DOCUMENT, FOOTNOTES, OPERATIVE, PREAMBLE, Hit, find_hits, replace_commands
from draftapp.model import Composite

HIT_COLOUR = QColor("#fce588")
CURRENT_COLOUR = QColor("#f6a434")


class FindBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match case"))
        self.whole_words = QCheckBox(self.tr("Whole words"))
        self.previous = QPushButton(self.tr("Previous"))
        self.previous.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next = QPushButton(self.tr("Next"))
        self.next.setToolTip(self.tr("Next hit (F3, Enter)"))
        self.replace = QPushButton(self.tr("Replace"))
        self.replace_all = QPushButton(self.tr("Replace all"))
        self.count = QLabel()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        for w in (self.find_edit, self.match_case, self.whole_words, self.previous, self.next, self.replace_edit,
                  self.replace, self.replace_all, self.count):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        for button in (self.previous, self.next, self.replace, self.replace_all):
            button.setAutoDefault(False)
        # Tab from Find goes to Replace with, as in Word's dialog: on a real X display a
        # user pressed Ctrl+H, typed, Tab, typed the replacement into the Match case box
        chain = (self.find_edit, self.replace_edit, self.match_case, self.whole_words, self.previous,
                 self.next, self.replace, self.replace_all, self.close_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)


class FindReplace:
    """The bar, its actions in the Edit menu and the hits."""

    def __init__(self, window, menu):
        self.window = window
        self.session = window.session
        self.hits: list[Hit] = []
        self.current = -1
        self._resume: tuple[int, str, int] | None = None
        self.bar = FindBar()
        self.toolbar = QToolBar(window.tr("Find and Replace"))
        self.toolbar.setObjectName("find-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        self.toolbar.toggleViewAction().setVisible(False)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.toolbar.hide()

        bar = self.bar
        bar.find_edit.textChanged.connect(lambda _t: self.search())
        bar.match_case.toggled.connect(lambda _c: self.search())
        bar.whole_words.toggled.connect(lambda _c: self.search())
        bar.find_edit.returnPressed.connect(self.find_next)
        bar.replace_edit.returnPressed.connect(self.replace_current)
        bar.next.clicked.connect(self.find_next)
        bar.previous.clicked.connect(self.find_previous)
        bar.replace.clicked.connect(self.replace_current)
        bar.replace_all.clicked.connect(self.replace_all)
        bar.close_button.clicked.connect(self.close)
        # an edit of many paragraphs (Replace all, its undo) reports each paragraph: the
        # hits are found again once, when the event loop comes back
        self._refresh = QTimer(window)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(lambda: self.search(move=False))
        self.session.changed.connect(self._draft_changed)
        # only the hits in sight are drawn (a draft of 60,000 words has thousands of "the")
        self._redraw = QTimer(window)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self._highlight)
        for pane in (window.preamble, window.operative):
            pane.verticalScrollBar().valueChanged.connect(lambda _v: self._schedule_redraw())
            pane.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._schedule_redraw())  # resized

        self.actions = {
            "find": window._action(menu, window.tr("&Find…"), self.open_find, QKeySequence.StandardKey.Find),
            "replace": window._action(menu, window.tr("R&eplace…"), self.open_replace, "Ctrl+H"),
            "next": window._action(menu, window.tr("Find &next"), self.find_next, "F3"),
            "previous": window._action(menu, window.tr("Find pre&vious"), self.find_previous, "Shift+F3"),
        }
        close = window._action(self.bar, window.tr("Close find"), self.close, "Escape")
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- opening and closing ---------------------------------------------------------------
    def open_find(self) -> None:
        pane = self.window.current_pane()
        cursor = pane.textCursor()
        # the words selected in the clause being edited (not a hit the bar selected)
        if pane.hasFocus() and cursor.hasSelection() and "\u2029" not in cursor.selectedText():
            self.bar.find_edit.setText(cursor.selectedText().replace("\ufffc", ""))
        self.toolbar.show()
        self.bar.find_edit.setFocus()
        self.bar.find_edit.selectAll()
        self.search()

    def open_replace(self) -> None:
        self.open_find()
        if self.bar.find_edit.text():
            self.bar.replace_edit.setFocus()
            self.bar.replace_edit.selectAll()

    def close(self) -> None:
        hit = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.toolbar.hide()
        self.hits, self.current = [], -1
        self._highlight()
        if hit is not None and hit.area in (PREAMBLE, OPERATIVE):
            self._pane(hit.area).setFocus()
        else:
            self.window.current_pane().setFocus()

    # --- hits ------------------------------------------------------------------------------
    def search(self, move: bool = True) -> None:
        """Find the hits again; `move`: show the current hit (not while the user edits
        the draft with the bar open, which would take the cursor from under them)."""
        bar = self.bar
        old = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.hits = find_hits(self.session.draft, bar.find_edit.text(), bar.match_case.isChecked(),
                              bar.whole_words.isChecked())
        if self._resume is not None:
            index, owner, offset = self._resume
            self._resume = None
            self.current = next((j for j in range(index, len(self.hits))
                                 if not (self.hits[j].owner == owner and self.hits[j].start < offset)), -1)
        elif old in self.hits:
            self.current = self.hits.index(old)
        else:
            self.current = self._first_after_cursor()
        self._show_count()
        self._highlight()
        if move and 0 <= self.current < len(self.hits) and old != self.hits[self.current]:
            self._go(self.hits[self.current])

    def _first_after_cursor(self) -> int:
        if not self.hits:
            return -1
        pane = self.window.current_pane()
        start = pane.textCursor().selectionStart()  # a hit already selected counts as "here"
        block = pane.document().findBlock(start)
        if not 0 <= block.blockNumber() < len(pane.ids):
            return 0
        pid, offset = pane.ids[block.blockNumber()], start - block.position()
        order = {p.id: i for i, p in enumerate(self.session.draft.paragraphs())}
        if pid not in order:
            return 0
        here = (order[pid], offset)
        for i, h in enumerate(self.hits):
            if h.area in (PREAMBLE, OPERATIVE) and (order[h.owner], h.start) >= here:
                return i
        return 0

    def _draft_changed(self) -> None:
        if self.toolbar.isVisible() and self.bar.find_edit.text():
            self._refresh.start()

    def _schedule_redraw(self) -> None:
        if self.hits:
            self._redraw.start()

    def _searched_after_edit(self) -> None:
        """After our own edit: the hits now, not when the event loop comes back."""
        self._refresh.stop()
        self.search(move=False)

    def _show_count(self) -> None:
        if not self.bar.find_edit.text():
            self.bar.count.setText("")
        elif not self.hits:
            self.bar.count.setText(self.window.tr("No hits"))
        else:
            self.bar.count.setText(self.window.tr("%1 of %2").replace("%1", str(self.current + 1))
                                   .replace("%2", str(len(self.hits))))

    def find_next(self, step: int = 1) -> None:
        if not self.bar.find_edit.text():
            self.open_find()
            return
        reopened = not self.toolbar.isVisible()
        if reopened:  # F3 after the bar was closed: the search comes back at the next hit
            self.toolbar.show()
            self.hits, self.current = [], -1
            self.search(move=False)
        if not self.hits:
            self.window.show_message(self.window.tr("Not found: %s") % self.bar.find_edit.text())
            return
        if not (reopened and step > 0):  # the first hit after the cursor is the next one
            self.current = (self.current + step) % len(self.hits)
        self._show_count()
        self._highlight()
        self._go(self.hits[self.current])

    def find_previous(self) -> None:
        self.find_next(-1)

    # --- replacing -------------------------------------------------------------------------
    def replace_current(self) -> None:
        if not 0 <= self.current < len(self.hits):
            self.find_next()
            return
        hit = self.hits[self.current]
        texts, document = replace_commands(self.session.draft, [hit], self.bar.replace_edit.text())
        self._resume = (self.current, hit.owner, hit.start + len(self.bar.replace_edit.text()))
        self._push(texts, document, self.window.tr("Replace"))
        self._searched_after_edit()
        if 0 <= self.current < len(self.hits):
            self._go(self.hits[self.current])

    def replace_all(self) -> None:
        if not self.hits:
            return
        count = len(self.hits)
        texts, document = replace_commands(self.session.draft, self.hits, self.bar.replace_edit.text())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # thousands of hits take seconds
        try:
            self._push(texts, document, self.window.tr("Replace all"))
            self._searched_after_edit()
        finally:
            QApplication.restoreOverrideCursor()
        self.window.show_message(self.window.tr("Replaced: %s") % count)

    def _push(self, texts, document, label: str) -> None:
        stack = self.session.stack
        stack.beginMacro(label)
        try:
            if texts:
                self.session.push(Composite(texts, label))
            if document:
                self.session.push(Composite(document, label))
        finally:
            stack.endMacro()

    # --- showing ---------------------------------------------------------------------------
    def _pane(self, area: str):
        return self.window.preamble if area == PREAMBLE else self.window.operative

    def _go(self, hit: Hit) -> None:
        window = self.window
        if hit.area in (PREAMBLE, OPERATIVE):
            pane = self._pane(hit.area)
            pane.place_cursor(hit.owner, hit.start, hit.end)
            window._last_pane = pane
        elif hit.area == FOOTNOTES:
            window.docks["footnotes"].show()
            window.footnotes.select(hit.owner)
            editor = window.footnotes.editor
            cursor = QTextCursor(editor.document())
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            self._highlight()
        elif hit.area == DOCUMENT:
            window.docks["document"].show()
            self._select_field(hit)

    def _select_field(self, hit: Hit) -> None:
        pane = self.window.document_pane
        field, _, index = hit.owner.partition(":")
        if field == "sponsor":
            pane.sponsors.setCurrentRow(int(index))
            pane.sponsors.scrollToItem(pane.sponsors.item(int(index)))
        elif field == "agenda_title":
            editor = pane.agenda_titles
            block = editor.document().findBlockByNumber(int(index))
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + hit.start)
            cursor.setPosition(block.position() + hit.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
        else:
            edit = {"agenda": pane.agenda_number, "symbol": pane.symbol, "title": pane.title}.get(field)
            if edit is not None:
                edit.setSelection(hit.start, hit.end - hit.start)

    def _selections(self, pick) -> list:
        """Extra selections for the hits `pick(hit)` places in a block (None: not there)."""
        out = []
        for i, hit in enumerate(self.hits):
            block = pick(hit)
            if block is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + hit.start)
            cursor.setPosition(block.position() + hit.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOUR if i == self.current else HIT_COLOUR)
            selection.format = fmt
            out.append(selection)
        return out

    def _highlight(self) -> None:
        for area in (PREAMBLE, OPERATIVE):
            pane = self._pane(area)
            doc = pane.document()
            viewport = pane.viewport()
            # the blocks in sight, and a screenful either side
            top = pane.cursorForPosition(QPoint(0, -viewport.height())).blockNumber()
            bottom = pane.cursorForPosition(QPoint(0, 2 * viewport.height())).blockNumber()
            rows = {pid: n for n, pid in enumerate(pane.ids) if top <= n <= bottom}
            pane.setExtraSelections(self._selections(
                lambda h, a=area, r=rows, d=doc: d.findBlockByNumber(r[h.owner])
                if h.area == a and h.owner in r else None))
        editor = self.window.footnotes.editor
        shown = editor.footnote_id
        first = editor.document().firstBlock()
        editor.setExtraSelections(self._selections(
            lambda h: first if h.area == FOOTNOTES and h.owner == shown else None))
        self._highlight_document()

    def _highlight_document(self) -> None:
        """The agenda item's title lines get highlights; a sponsor with a hit is marked."""
        pane = self.window.document_pane
        titles = pane.agenda_titles.document()

        def title_line(h: Hit):
            field, _, index = h.owner.partition(":")
            if h.area != DOCUMENT or field != "agenda_title":
                return None
            block = titles.findBlockByNumber(int(index))
            return block if block.isValid() and h.end <= block.length() - 1 else None

        pane.agenda_titles.setExtraSelections(self._selections(title_line))
        if isinstance(pane.sponsors, QListWidget):
            rows = {int(h.owner.partition(":")[2]) for h in self.hits if h.owner.startswith("sponsor:")}
            for row in range(pane.sponsors.count()):
                item = pane.sponsors.item(row)
                item.setBackground(QBrush(HIT_COLOUR) if row in rows else QBrush())


def add_find_actions(window, menu) -> FindReplace:
    menu.addSeparator()
    return FindReplace(window, menu)
