"""Completion of opening phrases from the language's phrase bank, at the start of a
top-level clause. A mixin of ClausePane (it reads `self.completer`, set up there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from draftapp.gui.openings import completions, opening_length
from draftapp.model import OBJECT_CHAR


class OpeningCompletion:
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
        self._completion_space = cursor.position() if space else None
        self.completer.popup().hide()

    def space_after_completion(self, event) -> bool:
        """Whether this key is a space typed right after a completion that put one there:
        it is taken as that space. A user types the space after the phrase out of habit
        (seen on a real X display: "Requests the Secretary-General  the Council", a double
        space that no check flags and that went into the DOCX)."""
        if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                           Qt.Key.Key_AltGr):
            return False
        at = getattr(self, "_completion_space", None)
        self._completion_space = None
        cursor = self.textCursor()
        return (at is not None and event.text() == " " and not cursor.hasSelection()
                and cursor.position() == at and self.document().characterAt(at - 1) == " ")

