"""Misspellings as a list: rows in the Diagnostics pane ("Spelling", where, the word), F7
to step through them, and "Add to dictionary" / "Ignore all" on a clause's right-click
menu. A word the dictionary knows only in a spelling the UN does not use
(organisation) gets a fix with the UN's spelling.

The list follows typing 0.3 s after the last edit; each paragraph's misspellings are
cached by its text, so only edited paragraphs are checked again."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from draftapp.check.diagnostic import Diagnostic, Fix
from draftapp.check.edits import replace_words
from draftapp.gui.spelling import speller
from draftapp.model import OBJECT_CHAR, OPERATIVE, PREAMBLE, Text

SPELLING = "spelling"  # the rule and the severity of a misspelling row
DELAY_MS = 300
PART_ORDER = {PREAMBLE: 0, OPERATIVE: 1, "footnotes": 2}


class SpellingList(QObject):
    changed = Signal()

    def __init__(self, window, enabled: bool = True):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.enabled = enabled is not False
        self.items: list[Diagnostic] = []
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.session.changed.connect(self._timer.start)
        self.session.languageChanged.connect(self._forget)
        pane = window.diagnostics
        pane.extra_sources.append(lambda: self.items)
        self.changed.connect(pane.refresh)
        self._timer.start()  # not while the window opens: a moment after

    def _forget(self) -> None:
        self._spans.clear()

    def _speller(self):
        if not self.enabled:
            return None
        s = speller(self.session.draft.language)
        return s if s.available else None

    # --- the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        s = self._speller()
        items: list[Diagnostic] = []
        if s is not None:
            draft = self.session.draft
            name = self.session.language.name
            owners = [(part, p) for part in (PREAMBLE, OPERATIVE) for top in draft.part(part) for p in top.walk()]
            owners += [("footnotes", f) for f in draft.footnotes]
            for part, owner in owners:
                text = "".join(r.text if isinstance(r, Text) else OBJECT_CHAR for r in owner.runs)
                spans = self._spans.get(text)
                if spans is None:
                    spans = s.misspelt(text)
                    if len(self._spans) > 20000:
                        self._spans.clear()
                    self._spans[text] = spans
                for start, length in spans:
                    items.append(self._item(s, name, part, owner.id, text, start, length))
        if [(d.paragraph_id, d.span, d.message) for d in items] != [(d.paragraph_id, d.span, d.message) for d in self.items]:
            self.items = items
            self.changed.emit()

    def _item(self, s, language_name: str, part: str, owner_id: str, text: str, start: int, length: int) -> Diagnostic:
        word = text[start:start + length]
        better = s.style_fix(word)
        if better:
            message = self.tr("“%1”: the UN spells it “%2”").replace("%1", word).replace("%2", better)
            fix = Fix(self.tr("Use “%1”").replace("%1", better),
                      replace_words(owner_id, start, start + length, better, "Spelling"))
        else:
            message = self.tr("“%1” is not in the %2 dictionary").replace("%1", word).replace("%2", language_name)
            fix = None
        return Diagnostic(SPELLING, SPELLING, part, owner_id, (start, start + length), message, fix)

    def words_changed(self) -> None:
        """After Add to dictionary or Ignore all: underlines and the list drop the word."""
        self._spans.clear()
        for pane in (self.window.preamble, self.window.operative):
            pane.highlighter.rehighlight()
        self.refresh()

    # --- F7 ------------------------------------------------------------------------------------
    def _key(self, part: str, owner_id: str, offset: int) -> tuple:
        if part == "footnotes":
            ids = [f.id for f in self.session.draft.footnotes]
        else:
            ids = [p.id for top in self.session.draft.part(part) for p in top.walk()]
        return (PART_ORDER.get(part, 3), ids.index(owner_id) if owner_id in ids else -1, offset)

    def step(self) -> Diagnostic | None:
        """Select the next misspelling after the cursor (wrapping at the end)."""
        self.refresh()
        w = self.window
        if not self.items:
            w.show_message(self.tr("No misspellings") if self._speller() is not None
                           else self.tr("No spelling dictionary for %s") % self.session.language.name)
            return None
        pane = w.current_pane()
        here = (-1, -1, -1)
        cursor = pane.textCursor()
        pid = pane.current_id()
        if pid is not None and pane.part in PART_ORDER:
            offset = max(cursor.position(), cursor.anchor()) - cursor.block().position()
            here = self._key(pane.part, pid, offset - 1)
        keyed = [(self._key(d.part, d.paragraph_id, d.span[0]), d) for d in self.items]
        after = [d for key, d in keyed if key > here]
        d = after[0] if after else self.items[0]
        w.jump_to_diagnostic(d)
        index = self.items.index(d)
        self._select_row(d)
        w.show_message(self.tr("Spelling: %1 (%2 of %3); F7 for the next")
                       .replace("%1", d.message).replace("%2", str(index + 1)).replace("%3", str(len(self.items))))
        return d

    def _select_row(self, d: Diagnostic) -> None:
        pane = self.window.diagnostics
        pane.refresh()
        for i, shown in enumerate(pane.shown):
            if shown is d:
                pane.tree.setCurrentItem(pane.tree.topLevelItem(i))
                pane.tree.scrollToItem(pane.tree.topLevelItem(i))
                return


def install(window, enabled: bool = True) -> SpellingList:
    """The list, and Tools > Next misspelling (F7)."""
    spelling = SpellingList(window, enabled)
    tools = window.menuBar().addMenu(window.tr("&Tools"))
    action = QAction(window.tr("Next &misspelling"), window)
    action.setShortcut(QKeySequence("F7"))
    action.setStatusTip(window.tr("Select the next misspelt word"))
    action.triggered.connect(lambda checked=False: spelling.step())
    tools.addAction(action)
    window.next_misspelling_action = action
    return spelling


def add_word_actions(pane, menu, before, word: str) -> None:
    """"Add “word” to dictionary" and "Ignore all" on a clause's right-click menu."""
    s = pane.highlighter.speller
    if s is None or not word:
        return
    add = QAction(pane.tr("Add “%1” to dictionary").replace("%1", word), menu)
    ignore = QAction(pane.tr("Ignore all"), menu)

    def after_change() -> None:
        window = pane.window()
        spelling = getattr(window, "spelling_list", None)
        if spelling is not None:
            spelling.words_changed()
        else:
            pane.highlighter.rehighlight()

    def add_word() -> None:
        try:
            s.add_word(word)
        except OSError as e:
            pane.session.message.emit(pane.tr("The word is known until you close Draftapp, but the dictionary "
                                              "could not be saved: %s") % (e.strerror or e))
        after_change()

    def ignore_all() -> None:
        s.ignore_word(word)
        after_change()

    add.triggered.connect(add_word)
    ignore.triggered.connect(ignore_all)
    menu.insertAction(before, add)
    menu.insertAction(before, ignore)
