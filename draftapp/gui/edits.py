"""Structural edits a text pane needs, built from the model's commands.

A pane shows a part (preamble or operative) as one block per paragraph, in document
order (a paragraph, then its subparagraphs). Splitting a block (Enter) and merging two
neighbouring blocks (Backspace at a block start) are compositions of the model's
commands whose indexes depend on the earlier steps, so they are applied as they are
built (`Batch`) and handed to the undo stack already applied. No Qt here.
"""

from __future__ import annotations

from draftapp.model import (
    Command,
    Composite,
    DeleteParagraph,
    Draft,
    EditText,
    InsertParagraph,
    MoveParagraph,
    Paragraph,
    split_runs,
)


class Batch:
    """Commands applied one by one as they are added; `composite()` is their undo step.
    If a step fails, the steps before it are reverted and the error is raised."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.commands: list[Command] = []

    def do(self, command: Command) -> None:
        try:
            command.apply(self.draft)
        except Exception:
            self.rollback()
            raise
        self.commands.append(command)

    def rollback(self) -> None:
        for c in reversed(self.commands):
            c.revert(self.draft)
        self.commands.clear()

    def composite(self, label: str) -> Composite:
        return Composite(list(self.commands), label)


def flatten(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, int]]:
    """(paragraph, depth) in document order: the blocks of a pane."""
    out: list[tuple[Paragraph, int]] = []

    def walk(ps: list[Paragraph], depth: int) -> None:
        for p in ps:
            out.append((p, depth))
            walk(p.children, depth + 1)

    walk(paragraphs, 0)
    return out


def split_paragraph(batch: Batch, paragraph_id: str, offset: int) -> str:
    """Enter: the words after `offset` become a new clause of the same kind right below.
    A paragraph with subparagraphs gets the new clause as its first subparagraph (the
    next block down); otherwise it is the next sibling. At offset 0 of a clause with words,
    an empty clause is opened above instead. Returns the id of the paragraph that holds
    the words after `offset` (where the cursor goes)."""
    draft = batch.draft
    part, siblings, index, parent = draft.locate(paragraph_id)
    paragraph = siblings[index]
    if offset == 0 and paragraph.runs:
        # Enter at the start of a clause: an empty clause opens above it, and the clause
        # keeps its words, its subparagraphs and its id (cross-references follow it)
        batch.do(InsertParagraph(part, index, Paragraph(), parent_id=parent.id if parent else None))
        return paragraph_id
    before, after = split_runs(paragraph.runs, offset)
    new = Paragraph(runs=after)
    batch.do(EditText(paragraph_id, before))
    if paragraph.children:
        batch.do(InsertParagraph(part, 0, new, parent_id=paragraph_id))
    else:
        batch.do(InsertParagraph(part, index + 1, new, parent_id=parent.id if parent else None))
    return new.id


def merge_into_previous(batch: Batch, part: str, paragraph_id: str) -> tuple[str, int] | None:
    """Backspace at the start of a block: the paragraph's words join the block above.
    Its subparagraphs keep their place in the text: they become the upper paragraph's
    subparagraphs when the two were siblings, else they take the merged paragraph's
    place. Returns (id of the block above, offset where the words joined), or None at
    the top of the pane."""
    draft = batch.draft
    blocks = [p for p, _ in flatten(draft.part(part))]
    ids = [p.id for p in blocks]
    i = ids.index(paragraph_id)
    if i == 0:
        return None
    upper, lower = blocks[i - 1], blocks[i]
    join_at = len(upper.flat_text())
    _part, lower_siblings, lower_index, lower_parent = draft.locate(lower.id)
    _part, upper_siblings, _ui, _up = draft.locate(upper.id)
    siblings = upper_siblings is lower_siblings
    batch.do(EditText(upper.id, upper.runs + lower.runs))
    for k, child in enumerate(list(lower.children)):
        if siblings:
            batch.do(MoveParagraph(child.id, part, len(upper.children), parent_id=upper.id))
        else:
            # after each move the lower paragraph still sits at lower_index, children before it
            batch.do(MoveParagraph(child.id, part, lower_index + k, parent_id=lower_parent.id if lower_parent else None))
    batch.do(DeleteParagraph(lower.id))
    return upper.id, join_at


def delete_range(batch: Batch, part: str, start: tuple[str, int], end: tuple[str, int]) -> tuple[str, int]:
    """Delete from (paragraph, offset) to (paragraph, offset) across clauses: the first
    clause keeps its head and takes the last clause's tail; the clauses between go.
    Returns where the cursor belongs."""
    draft = batch.draft
    ids = [p.id for p, _ in flatten(draft.part(part))]
    first, last = ids.index(start[0]), ids.index(end[0])
    if first > last or (first == last and start[1] > end[1]):
        first, last, start, end = last, first, end, start
    head, _ = split_runs(draft.find(start[0]).runs, start[1])
    if first == last:
        _, tail = split_runs(draft.find(end[0]).runs, end[1])
        batch.do(EditText(start[0], head + tail))
        return start
    _, tail = split_runs(draft.find(end[0]).runs, end[1])
    batch.do(EditText(start[0], head))
    for pid in ids[first + 1:last]:
        batch.do(EditText(pid, []))
    batch.do(EditText(end[0], tail))
    for pid in ids[first + 1:last + 1]:
        merge_into_previous(batch, part, pid)
    return start
