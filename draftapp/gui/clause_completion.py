"""Completion of opening phrases from the language's phrase bank, at the start of a
top-level clause. A mixin of ClausePane (it reads `self.completer`, set up there)."""

from __future__ import annotations

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
        self.completer.popup().hide()

