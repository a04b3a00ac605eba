"""Helpers that build the model Commands behind fixes.

A fix is computed from the draft as it is when the user picks it: these helpers read the
paragraph's current runs and return an EditText (or another model Command) that the
editor pushes on its undo stack.
"""

from __future__ import annotations

from typing import Callable

from draftapp.model import Command, Draft, EditText, Run, Text, merge_runs, split_runs


def owner(draft: Draft, item_id: str):
    """The paragraph (any depth) or footnote with this id."""
    try:
        return draft.find(item_id)
    except KeyError:
        return draft.footnote(item_id)


def replace_span(runs: list[Run], start: int, end: int, new: list[Run]) -> list[Run]:
    """Runs with model offsets start..end replaced by `new`."""
    before, rest = split_runs(runs, start)
    _gone, after = split_runs(rest, end - start)
    return merge_runs(before + list(new) + after)


def set_italic(runs: list[Run], start: int, end: int) -> list[Run]:
    before, rest = split_runs(runs, start)
    middle, after = split_runs(rest, end - start)
    middle = [Text(r.text, True, r.bold) if isinstance(r, Text) else r for r in middle]
    return merge_runs(before + middle + after)


def edit(item_id: str, change: Callable[[list[Run]], list[Run]], label: str = "Edit text") -> Callable[[Draft], Command]:
    """A Fix.make that applies `change` to the current runs of one paragraph or footnote."""

    def make(draft: Draft) -> Command:
        command = EditText(item_id, change(list(owner(draft, item_id).runs)))
        command.label = label
        return command

    return make


def replace_text(item_id: str, start: int, end: int, text: str, label: str = "Edit text") -> Callable[[Draft], Command]:
    """A Fix.make that puts plain (roman) `text` in place of offsets start..end."""
    return edit(item_id, lambda runs: replace_span(runs, start, end, [Text(text)] if text else []), label)


def formatted_like(runs: list[Run], offset: int) -> tuple[bool, bool]:
    """(italic, bold) of the text at a model offset, to keep a replaced word's format."""
    pos = 0
    for run in runs:
        length = len(run.text) if isinstance(run, Text) else 1
        if pos <= offset < pos + length and isinstance(run, Text):
            return run.italic, run.bold
        pos += length
    return False, False


def replace_words(item_id: str, start: int, end: int, text: str, label: str = "Edit text") -> Callable[[Draft], Command]:
    """Like replace_text, but the new words keep the format of the words they replace."""

    def change(runs: list[Run]) -> list[Run]:
        italic, bold = formatted_like(runs, start)
        return replace_span(runs, start, end, [Text(text, italic, bold)] if text else [])

    return edit(item_id, change, label)


class SetTypedLabel(Command):
    """Forget (or change) the label an importer recorded as typed in the source, which is
    what accepting the derived numbering means."""

    label = "Accept the paragraph's number"

    def __init__(self, paragraph_id: str, typed_label: str | None = None):
        self.paragraph_id, self.typed_label, self.old = paragraph_id, typed_label, None

    def apply(self, draft: Draft) -> None:
        p = draft.find(self.paragraph_id)
        self.old, p.typed_label = p.typed_label, self.typed_label

    def revert(self, draft: Draft) -> None:
        draft.find(self.paragraph_id).typed_label = self.old
