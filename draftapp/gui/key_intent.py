"""What a key press means to a clause pane: typing, deleting, or neither.

A key event carries text even when it is a command: X11 gives Ctrl+C the text "\\x03",
and Alt+C the text "c". Taking every event with text for typing made Ctrl+C (and any
Ctrl+key) delete a selection across clauses. Only these two questions decide whether a
key may change the draft; everything else is navigation, selection, the clipboard's Copy
or a shortcut of the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

_Mod = Qt.KeyboardModifier

#: The platform's bindings for deleting words (Ctrl+Backspace, Ctrl+Delete): with a
#: selection each deletes the selection.
DELETING = (
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
)

#: X11's Emacs-style line bindings, Ctrl+K and Ctrl+U. A Word user presses Ctrl+U for
#: underline and Ctrl+K for a link: on a real X display Ctrl+U emptied the pane's
#: selection (a whole part after Ctrl+A). Neither key edits here.
LINE_KILLING = (
    QKeySequence.StandardKey.DeleteEndOfLine,
    QKeySequence.StandardKey.DeleteCompleteLine,
)


def is_typing(event) -> bool:
    """Whether the key enters its text. Ctrl (or Meta) with or without Shift is a
    command; Alt alone is a menu mnemonic, except on macOS where Option types accents.
    Ctrl+Alt is AltGr on Windows keyboards and types (e.g. "@" on a German one)."""
    text = event.text()
    if not text or not (text[0].isprintable() or text[0] == "\u200c" or text[0] == "\u200d"):
        return False
    mods = event.modifiers() & ~(_Mod.ShiftModifier | _Mod.KeypadModifier | _Mod.GroupSwitchModifier)
    ctrl = bool(mods & _Mod.ControlModifier)
    alt = bool(mods & _Mod.AltModifier)
    if mods & _Mod.MetaModifier:
        return False
    if ctrl:
        return alt
    if alt:
        return sys.platform == "darwin"
    return True


def is_deleting(event) -> bool:
    """Backspace, Delete, or a platform binding that deletes a word or a line."""
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    return any(event.matches(binding) for binding in DELETING)


def is_line_kill(event) -> bool:
    """Ctrl+K or Ctrl+U where the platform binds them to deleting a line (X11)."""
    return any(event.matches(binding) for binding in LINE_KILLING)


def would_insert_text(event) -> bool:
    """An event QTextEdit would insert although it is not typing: Alt+letter on X11.
    (QTextEdit itself refuses text with Ctrl or Ctrl+Shift, so Ctrl+A stays Select all.)"""
    text = event.text()
    mods = event.modifiers()
    command = bool(mods & (_Mod.AltModifier | _Mod.MetaModifier)) and not mods & _Mod.ControlModifier
    return command and bool(text) and text[0].isprintable() and not is_typing(event)
