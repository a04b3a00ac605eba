"""Edit commands: every change to a draft is one of these, with its exact undo.

The editor wraps them in its QUndoStack and the tests call them directly, so both use
the same operations. A command is applied once, then reverted and re-applied any number
of times; `apply` records what `revert` needs.

Offsets inside a paragraph are model offsets: each character of text counts one and each
inline object (footnote citation, cross-reference) counts one (see `OBJECT_CHAR`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields

from draftapp.model.canonical import merge_runs
from draftapp.model.draft import (
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Run,
    Text,
)


class CommandError(ValueError):
    """The edit cannot be made (e.g. indenting a first paragraph); nothing changed."""


class Command:
    label = "Edit"

    def apply(self, draft: Draft) -> None:
        raise NotImplementedError

    def revert(self, draft: Draft) -> None:
        raise NotImplementedError


def run_length(run: Run) -> int:
    return len(run.text) if isinstance(run, Text) else 1


def split_runs(runs: list[Run], offset: int) -> tuple[list[Run], list[Run]]:
    """Cut a run list at a model offset."""
    if offset < 0:
        raise CommandError(f"offset {offset} is before the paragraph start")
    before: list[Run] = []
    after: list[Run] = []
    pos = 0
    for run in runs:
        length = run_length(run)
        if pos + length <= offset:
            before.append(run)
        elif pos >= offset:
            after.append(run)
        else:  # a text run straddles the offset
            cut = offset - pos
            before.append(Text(run.text[:cut], run.italic, run.bold))
            after.append(Text(run.text[cut:], run.italic, run.bold))
        pos += length
    if offset > pos:
        raise CommandError(f"offset {offset} is past the paragraph end ({pos})")
    return before, after


def insert_run(runs: list[Run], offset: int, run: Run) -> list[Run]:
    before, after = split_runs(runs, offset)
    return merge_runs(before + [run] + after)


def _container(draft: Draft, part: str, parent_id: str | None) -> list[Paragraph]:
    if parent_id is None:
        return draft.part(part)
    return draft.find(parent_id).children


@dataclass
class _Place:
    part: str
    parent_id: str | None
    index: int

    @classmethod
    def of(cls, draft: Draft, paragraph_id: str) -> "_Place":
        part, _siblings, index, parent = draft.locate(paragraph_id)
        return cls(part, parent.id if parent else None, index)

    def insert(self, draft: Draft, paragraph: Paragraph) -> None:
        siblings = _container(draft, self.part, self.parent_id)
        if not 0 <= self.index <= len(siblings):
            raise CommandError(f"no position {self.index + 1} there")
        siblings.insert(self.index, paragraph)

    def remove(self, draft: Draft) -> Paragraph:
        return _container(draft, self.part, self.parent_id).pop(self.index)


class InsertParagraph(Command):
    label = "Insert paragraph"

    def __init__(self, part: str, index: int, paragraph: Paragraph | None = None, parent_id: str | None = None):
        self.place = _Place(part, parent_id, index)
        self.paragraph = paragraph if paragraph is not None else Paragraph()

    def apply(self, draft: Draft) -> None:
        self.place.insert(draft, self.paragraph)

    def revert(self, draft: Draft) -> None:
        self.place.remove(draft)


class DeleteParagraph(Command):
    label = "Delete paragraph"

    def __init__(self, paragraph_id: str):
        self.paragraph_id = paragraph_id
        self.place: _Place | None = None
        self.removed: Paragraph | None = None

    def apply(self, draft: Draft) -> None:
        self.place = _Place.of(draft, self.paragraph_id)
        self.removed = self.place.remove(draft)

    def revert(self, draft: Draft) -> None:
        self.place.insert(draft, self.removed)


class MoveParagraph(Command):
    """Move a paragraph (with its subparagraphs) to `index` of another list; the index is
    counted after the paragraph has left its old place."""

    label = "Move paragraph"

    def __init__(self, paragraph_id: str, part: str, index: int, parent_id: str | None = None):
        self.paragraph_id = paragraph_id
        self.target = _Place(part, parent_id, index)
        self.origin: _Place | None = None

    @classmethod
    def by(cls, draft: Draft, paragraph_id: str, delta: int) -> "MoveParagraph":
        """Move up (delta -1) or down (+1) among its siblings (Alt+Up / Alt+Down)."""
        part, siblings, index, parent = draft.locate(paragraph_id)
        new_index = index + delta
        if not 0 <= new_index < len(siblings):
            end = "first" if delta < 0 else "last"
            raise CommandError(f"the paragraph is already the {end} of its list")
        return cls(paragraph_id, part, new_index, parent.id if parent else None)

    def apply(self, draft: Draft) -> None:
        if self.target.parent_id is not None:
            moving = draft.find(self.paragraph_id)
            if any(p.id == self.target.parent_id for p in moving.walk()):
                raise CommandError("a paragraph cannot be moved into itself")
        self.origin = _Place.of(draft, self.paragraph_id)
        paragraph = self.origin.remove(draft)
        try:
            self.target.insert(draft, paragraph)
        except CommandError:
            self.origin.insert(draft, paragraph)
            raise

    def revert(self, draft: Draft) -> None:
        paragraph = self.target.remove(draft)
        self.origin.insert(draft, paragraph)


#: Subparagraph levels below an operative paragraph: (a), (i), a., i. -- the label
#: schemes have four; a fifth would repeat a form and could not be told apart in text.
MAX_LEVELS = 4


def _height(p: Paragraph) -> int:
    return 1 + max((_height(c) for c in p.children), default=0)


class Indent(Command):
    """Make a paragraph the last subparagraph of the paragraph before it (Tab)."""

    label = "Indent"

    def __init__(self, paragraph_id: str):
        self.paragraph_id = paragraph_id
        self.origin: _Place | None = None

    def apply(self, draft: Draft) -> None:
        part, siblings, index, parent = draft.locate(self.paragraph_id)
        if index == 0:
            raise CommandError("the first paragraph of a list cannot be indented")
        if siblings[index - 1].heading or siblings[index].heading:
            raise CommandError("headings cannot take or become subparagraphs")
        _, indices = draft.path(self.paragraph_id)
        if len(indices) + _height(siblings[index]) - 1 > MAX_LEVELS:
            raise CommandError(f"subparagraphs go at most {MAX_LEVELS} levels deep")
        self.origin = _Place(part, parent.id if parent else None, index)
        paragraph = siblings.pop(index)
        siblings[index - 1].children.append(paragraph)

    def revert(self, draft: Draft) -> None:
        siblings = _container(draft, self.origin.part, self.origin.parent_id)
        paragraph = siblings[self.origin.index - 1].children.pop()
        siblings.insert(self.origin.index, paragraph)


class Outdent(Command):
    """Make a subparagraph a sibling of its parent (Shift+Tab). The subparagraphs that
    followed it become its own, so the words stay in the same order."""

    label = "Outdent"

    def __init__(self, paragraph_id: str):
        self.paragraph_id = paragraph_id
        self.adopted = 0
        self.origin: _Place | None = None

    def apply(self, draft: Draft) -> None:
        part, siblings, index, parent = draft.locate(self.paragraph_id)
        if parent is None:
            raise CommandError("a top-level paragraph cannot be outdented")
        self.origin = _Place(part, parent.id, index)
        paragraph = siblings.pop(index)
        followers = siblings[index:]
        del siblings[index:]
        paragraph.children.extend(followers)
        self.adopted = len(followers)
        _p, grand_siblings, parent_index, grandparent = draft.locate(parent.id)
        grand_siblings.insert(parent_index + 1, paragraph)

    def revert(self, draft: Draft) -> None:
        part, siblings, index, _parent = draft.locate(self.paragraph_id)
        paragraph = siblings.pop(index)
        if self.adopted:
            followers = paragraph.children[-self.adopted:]
            del paragraph.children[-self.adopted:]
        else:
            followers = []
        old_siblings = _container(draft, self.origin.part, self.origin.parent_id)
        old_siblings.insert(self.origin.index, paragraph)
        old_siblings.extend(followers)


class EditText(Command):
    """Replace a paragraph's (or a footnote's) runs."""

    label = "Edit text"

    def __init__(self, paragraph_id: str, runs: list[Run]):
        self.paragraph_id = paragraph_id
        self.runs = merge_runs(list(runs))
        self.old: list[Run] | None = None

    def _owner(self, draft: Draft):
        try:
            return draft.find(self.paragraph_id)
        except KeyError:
            return draft.footnote(self.paragraph_id)

    def apply(self, draft: Draft) -> None:
        owner = self._owner(draft)
        self.old = owner.runs
        owner.runs = list(self.runs)

    def revert(self, draft: Draft) -> None:
        self._owner(draft).runs = self.old


class SetHeading(Command):
    label = "Heading"

    def __init__(self, paragraph_id: str, heading: bool):
        self.paragraph_id, self.heading, self.old = paragraph_id, heading, None

    def apply(self, draft: Draft) -> None:
        p = draft.find(self.paragraph_id)
        if self.heading and (p.children or draft.locate(p.id)[3] is not None):
            raise CommandError("only a top-level paragraph without subparagraphs can be a heading")
        self.old, p.heading = p.heading, self.heading

    def revert(self, draft: Draft) -> None:
        draft.find(self.paragraph_id).heading = self.old


class _InsertInline(Command):
    def __init__(self, paragraph_id: str, offset: int):
        self.paragraph_id = paragraph_id
        self.offset = offset
        self.old: list[Run] | None = None

    def _insert(self, draft: Draft, run: Run) -> None:
        p = draft.find(self.paragraph_id)
        self.old = p.runs
        p.runs = insert_run(p.runs, self.offset, run)

    def revert(self, draft: Draft) -> None:
        draft.find(self.paragraph_id).runs = self.old


class AddFootnote(_InsertInline):
    """A new footnote, cited at the offset."""

    label = "Insert footnote"

    def __init__(self, paragraph_id: str, offset: int, footnote: Footnote):
        super().__init__(paragraph_id, offset)
        self.footnote = footnote

    def apply(self, draft: Draft) -> None:
        self._insert(draft, FootnoteRef(self.footnote.id))
        draft.footnotes.append(self.footnote)

    def revert(self, draft: Draft) -> None:
        super().revert(draft)
        draft.footnotes.remove(self.footnote)


class AddFootnoteOnly(Command):
    """Add a footnote to the list without citing it (a fix then points a citation to it)."""

    label = "Add footnote"

    def __init__(self, footnote: Footnote):
        self.footnote = footnote

    def apply(self, draft: Draft) -> None:
        draft.footnotes.append(self.footnote)

    def revert(self, draft: Draft) -> None:
        draft.footnotes.remove(self.footnote)


class CiteFootnote(_InsertInline):
    """Cite an existing footnote again, in the draft's repetition style
    (`Metadata.footnote_repeats`): in the "same" style the citation keeps the number of
    the first; in the "new" style (current practice) a footnote already cited is cited
    through a new footnote with the same text."""

    label = "Cite footnote"

    def __init__(self, paragraph_id: str, offset: int, footnote_id: str):
        super().__init__(paragraph_id, offset)
        self.footnote_id = footnote_id
        self.added: Footnote | None = None

    def apply(self, draft: Draft) -> None:
        from draftapp.model import footnote_repeats

        note = draft.footnote(self.footnote_id)  # KeyError for a footnote that does not exist
        cited = any(isinstance(r, FootnoteRef) and r.footnote_id == note.id for p in draft.paragraphs() for r in p.runs)
        if cited and footnote_repeats.style_of(draft) == footnote_repeats.NEW:
            self.added = self.added or footnote_repeats.twin(note)
            self._insert(draft, FootnoteRef(self.added.id))
            draft.footnotes.append(self.added)
        else:
            self.added = None
            self._insert(draft, FootnoteRef(self.footnote_id))

    def revert(self, draft: Draft) -> None:
        super().revert(draft)
        if self.added is not None:
            draft.footnotes.remove(self.added)


class InsertCrossRef(_InsertInline):
    label = "Insert cross-reference"

    def __init__(self, paragraph_id: str, offset: int, target_id: str):
        super().__init__(paragraph_id, offset)
        self.target_id = target_id

    def apply(self, draft: Draft) -> None:
        draft.find(self.target_id)
        self._insert(draft, CrossRef(self.target_id))


class RemoveFootnote(Command):
    """Delete a footnote and every citation of it."""

    label = "Delete footnote"

    def __init__(self, footnote_id: str):
        self.footnote_id = footnote_id
        self.index = -1
        self.footnote: Footnote | None = None
        self.old_runs: dict[str, list[Run]] = {}

    def apply(self, draft: Draft) -> None:
        self.footnote = draft.footnote(self.footnote_id)
        self.index = draft.footnotes.index(self.footnote)
        self.old_runs = {}
        for p in draft.paragraphs():
            if any(isinstance(r, FootnoteRef) and r.footnote_id == self.footnote_id for r in p.runs):
                self.old_runs[p.id] = p.runs
                p.runs = merge_runs(
                    [r for r in p.runs if not (isinstance(r, FootnoteRef) and r.footnote_id == self.footnote_id)]
                )
        draft.footnotes.pop(self.index)

    def revert(self, draft: Draft) -> None:
        draft.footnotes.insert(self.index, self.footnote)
        for pid, runs in self.old_runs.items():
            draft.find(pid).runs = runs


class SetMeta(Command):
    label = "Change document details"

    def __init__(self, **changes):
        names = {f.name for f in fields(Metadata)}
        unknown = set(changes) - names
        if unknown:
            raise CommandError(f"unknown metadata field(s): {', '.join(sorted(unknown))}")
        self.changes = changes
        self.old: dict = {}

    def apply(self, draft: Draft) -> None:
        self.old = {k: copy.deepcopy(getattr(draft.meta, k)) for k in self.changes}
        for k, v in self.changes.items():
            setattr(draft.meta, k, copy.deepcopy(v))

    def revert(self, draft: Draft) -> None:
        for k, v in self.old.items():
            setattr(draft.meta, k, v)


class SetSponsors(Command):
    label = "Change sponsors"

    def __init__(self, sponsors: list[str]):
        self.sponsors = list(sponsors)
        self.old: list[str] = []

    def apply(self, draft: Draft) -> None:
        self.old, draft.sponsors = draft.sponsors, list(self.sponsors)

    def revert(self, draft: Draft) -> None:
        draft.sponsors = self.old


class SetLanguage(Command):
    label = "Change language"

    def __init__(self, language: str):
        self.language, self.old = language, ""

    def apply(self, draft: Draft) -> None:
        self.old, draft.language = draft.language, self.language

    def revert(self, draft: Draft) -> None:
        draft.language = self.old


@dataclass
class Composite(Command):
    """Several commands as one undo step; if one fails, those before it are reverted."""

    commands: list[Command] = field(default_factory=list)
    label: str = "Edit"

    def apply(self, draft: Draft) -> None:
        done: list[Command] = []
        try:
            for c in self.commands:
                c.apply(draft)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.revert(draft)
            raise

    def revert(self, draft: Draft) -> None:
        for c in reversed(self.commands):
            c.revert(draft)


class History:
    """A plain undo/redo stack over a draft, for the CLI and tests (the editor uses
    QUndoStack with the same commands)."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.done: list[Command] = []
        self.undone: list[Command] = []

    def do(self, command: Command) -> None:
        command.apply(self.draft)
        self.done.append(command)
        self.undone.clear()

    def undo(self) -> bool:
        if not self.done:
            return False
        command = self.done.pop()
        command.revert(self.draft)
        self.undone.append(command)
        return True

    def redo(self) -> bool:
        if not self.undone:
            return False
        command = self.undone.pop()
        command.apply(self.draft)
        self.done.append(command)
        return True
