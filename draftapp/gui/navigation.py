"""Moving through the draft by keyboard across the panes.

- Down on the last line of the preamble enters the operative part; Up on the first line
  of the operative part comes back to the end of the preamble.
- Ctrl+Home / Ctrl+End go to the start / end of the draft (the preamble's first clause,
  the operative part's last), from either pane.
- F6 / Shift+F6 cycle the panes: Document, Preamble, Operative part, Footnotes,
  Diagnostics (hidden docks are skipped).

The keys of the clause panes are read by an event filter, so the panes themselves need
not know about each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication


class Navigation(QObject):
    def __init__(self, window, menu):
        super().__init__(window)
        self.window = window
        for pane in (window.preamble, window.operative):
            pane.installEventFilter(self)
        menu.addSeparator()
        self.actions = {
            "next_pane": window._action(menu, window.tr("Next pane"), lambda: self.cycle(1), "F6"),
            "previous_pane": window._action(menu, window.tr("Previous pane"), lambda: self.cycle(-1), "Shift+F6"),
        }

    # --- the panes, in F6 order ---------------------------------------------------------
    def stops(self) -> list:
        """(container, widget to focus) of every pane in F6 order that is shown."""
        w = self.window
        out = []
        for name, container, default in (
            ("document", w.document_pane, w.document_pane.title),
            (None, w.preamble, w.preamble),
            (None, w.operative, w.operative),
            ("footnotes", w.footnotes, w.footnotes.list),
            ("diagnostics", w.diagnostics, w.diagnostics.tree),
        ):
            if name is not None and w.docks[name].isHidden():
                continue
            out.append((container, default))
        return out

    def cycle(self, step: int) -> None:
        stops = self.stops()
        focus = QApplication.focusWidget()
        here = next((i for i, (container, _) in enumerate(stops)
                     if focus is not None and (focus is container or container.isAncestorOf(focus))), None)
        index = 0 if here is None and step > 0 else (len(stops) - 1 if here is None else (here + step) % len(stops))
        container, default = stops[index]
        target = default
        last = container.focusWidget() if container not in (self.window.preamble, self.window.operative) else None
        if last is not None and last.isVisible() and last.isEnabled():
            target = last  # back to the field used last in that pane
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if container in (self.window.preamble, self.window.operative):
            self.window._last_pane = container

    # --- keys in the clause panes -----------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or obj.completer.popup().isVisible():
            return False
        w = self.window
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            return self._go_to(w.preamble if w.preamble.ids else w.operative, start=True)
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            return self._go_to(w.operative if w.operative.ids else w.preamble, start=False)
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if event.key() == Qt.Key.Key_Down and obj is w.preamble and self._on_edge(obj, down=True):
            return self._go_to(w.operative, start=True) if w.operative.ids else False
        if event.key() == Qt.Key.Key_Up and obj is w.operative and self._on_edge(obj, down=False):
            return self._go_to(w.preamble, start=False) if w.preamble.ids else False
        return False

    @staticmethod
    def _on_edge(pane, down: bool) -> bool:
        """The cursor is on the last line of the pane (down) or on its first line."""
        if not pane.ids:
            return True
        probe = QTextCursor(pane.textCursor())
        probe.clearSelection()
        move = QTextCursor.MoveOperation.Down if down else QTextCursor.MoveOperation.Up
        layout_line = pane.cursorRect(probe).center().y()
        moved = probe.movePosition(move)
        return not moved or pane.cursorRect(probe).center().y() == layout_line

    def _go_to(self, pane, start: bool) -> bool:
        if not pane.ids:
            return False
        pid = pane.ids[0] if start else pane.ids[-1]
        offset = 0 if start else len(pane.paragraph(pid).flat_text())
        pane.setFocus(Qt.FocusReason.OtherFocusReason)
        pane.place_cursor(pid, offset)
        self.window._last_pane = pane
        return True
