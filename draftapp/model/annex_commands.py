"""The edit command over a draft's annexes (model/annex.py)."""

from __future__ import annotations

from draftapp.model.annex import Annex
from draftapp.model.commands import Command
from draftapp.model.draft import Draft


class SetAnnexes(Command):
    """Replace the draft's annexes as a whole (the editor's Annexes pane applies an
    edited text this way); undoable like any Command."""

    label = "Edit annexes"

    def __init__(self, annexes: list[Annex]):
        self.after = annexes
        self.before: list[Annex] | None = None

    def apply(self, draft: Draft) -> None:
        self.before = draft.annexes
        draft.annexes = self.after

    def revert(self, draft: Draft) -> None:
        draft.annexes = self.before if self.before is not None else []
