"""QUndoStack commands wrapping the model's commands, so the editor and the tests use the
same operations. Typing in a paragraph is one `TypingCommand` per burst (mergeWith)."""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand

from draftapp.model import Command, EditText, Run

#: QUndoCommand.id of typing, so QUndoStack tries to merge consecutive keystrokes.
TYPING_ID = 1
#: A pause longer than this (seconds) starts a new undo step.
BURST_GAP = 2.0


class ModelCommand(QUndoCommand):
    """One model Command on the undo stack. `applied` says the draft already holds the
    change (a Batch built it step by step), so the first redo only announces it."""

    def __init__(self, session, command: Command, applied: bool = False):
        super().__init__(command.label)
        self.session = session
        self.command = command
        self._skip_apply = applied

    def redo(self) -> None:
        if self._skip_apply:
            self._skip_apply = False
        else:
            self.command.apply(self.session.draft)
        self.session.model_changed(self.command)

    def undo(self) -> None:
        self.command.revert(self.session.draft)
        self.session.model_changed(self.command)


class TypingCommand(QUndoCommand):
    """Text typed into one paragraph (or footnote). The pane already shows the text when
    the command is pushed, so the first redo updates the model without redrawing it."""

    def __init__(self, session, owner_id: str, before: list[Run], after: list[Run]):
        super().__init__(session.tr_typing())
        self.session = session
        self.owner_id = owner_id
        self.before = list(before)
        self.after = list(after)
        self.when = time.monotonic()
        self._from_view = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TYPING_ID

    def _set(self, runs: list[Run], from_view: bool) -> None:
        EditText(self.owner_id, runs).apply(self.session.draft)
        self.session.text_changed(self.owner_id, from_view)

    def redo(self) -> None:
        self._set(self.after, self._from_view)
        self._from_view = False

    def undo(self) -> None:
        self._set(self.before, False)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand) or other.owner_id != self.owner_id:
            return False
        if other.when - self.when > BURST_GAP:
            return False
        self.after = other.after
        self.when = other.when
        return True
