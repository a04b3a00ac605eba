"""Pasting a clipboard fragment (io/fragment) into a part of the draft, as model
commands in a Batch (one undo step). No Qt.

The first block's words go in at the cursor, each further block becomes a clause right
below the one before, one level under it, beside it or above it as in the copy (copied
"1.", "(a)", "(b)", "2." pasted at the start of an empty clause 4 become 4, (a), (b), 5), and the words after the cursor end up at
the end of the last block, as in a word processor. Footnote citations whose footnote
this draft lacks bring the footnote's body along; a cross-reference whose target is not
in this draft becomes the number it showed.
"""

from __future__ import annotations

import copy

from draftapp.gui.edits import Batch, flatten, split_paragraph
from draftapp.io.fragment import Fragment, runs_length
from draftapp.model import (
    Command,
    CrossRef,
    Draft,
    EditText,
    Footnote,
    FootnoteRef,
    Indent,
    Outdent,
    SetHeading,
    Text,
    split_runs,
)


class AddFootnoteBodies(Command):
    """Footnotes that arrive with pasted citations (from another draft)."""

    label = "Add footnotes"

    def __init__(self, footnotes: list[Footnote]):
        self.footnotes = list(footnotes)

    def apply(self, draft: Draft) -> None:
        draft.footnotes.extend(self.footnotes)

    def revert(self, draft: Draft) -> None:
        for f in self.footnotes:
            draft.footnotes.remove(f)


def depth_of(draft: Draft, paragraph_id: str) -> int:
    depth = 0
    parent = draft.locate(paragraph_id)[3]
    while parent is not None:
        depth += 1
        parent = draft.locate(parent.id)[3]
    return depth


def _set_depth(batch: Batch, paragraph_id: str, target: int, depth: int) -> int:
    """Indent or outdent a fresh clause (now at `depth`) to `target` as far as the
    structure allows; returns its depth."""
    draft = batch.draft
    while depth != target:
        _part, siblings, index, parent = draft.locate(paragraph_id)
        if depth < target:
            if index == 0 or siblings[index - 1].heading or siblings[index].heading:
                break
            batch.do(Indent(paragraph_id))
            depth += 1
        elif parent is not None:
            batch.do(Outdent(paragraph_id))
            depth -= 1
        else:
            break
    return depth


def _resolve(fragment: Fragment, draft: Draft) -> tuple[list[list], list[Footnote]]:
    """The blocks' runs as this draft can hold them, and the footnotes to add."""
    have = {f.id for f in draft.footnotes}
    bodies = {f.id: f for f in fragment.footnotes}
    paragraphs = {p.id for p in draft.paragraphs()}
    adding: list[Footnote] = []
    out = []
    for _depth, p in fragment.blocks:
        runs = []
        for run in p.runs:
            if isinstance(run, FootnoteRef):
                if run.footnote_id in have:
                    runs.append(FootnoteRef(run.footnote_id))
                elif run.footnote_id in bodies:
                    adding.append(copy.deepcopy(bodies[run.footnote_id]))
                    have.add(run.footnote_id)
                    runs.append(FootnoteRef(run.footnote_id))
                # a citation of a footnote nobody sent has nothing to show: dropped
            elif isinstance(run, CrossRef):
                if run.target_id in paragraphs:
                    runs.append(CrossRef(run.target_id))
                else:
                    runs.append(Text(fragment.references.get(run.target_id) or "?"))
            else:
                runs.append(copy.deepcopy(run))
        out.append(runs)
    return out, adding


def paste_fragment(batch: Batch, part: str, where: tuple[str, int], fragment: Fragment) -> tuple[str, int]:
    """Paste at (paragraph id, offset); returns where the cursor belongs (the end of the
    pasted words)."""
    draft = batch.draft
    pid, offset = where
    blocks, adding = _resolve(fragment, draft)
    if adding:
        batch.do(AddFootnoteBodies(adding))
    if not blocks:
        return where
    paragraph = draft.find(pid)
    head, tail = split_runs(paragraph.runs, offset)
    if len(blocks) == 1:
        batch.do(EditText(pid, head + blocks[0] + tail))
        return pid, offset + runs_length(blocks[0])
    source_depth = fragment.blocks[0][0]
    batch.do(EditText(pid, head + blocks[0] + tail))
    current, at = pid, offset + runs_length(blocks[0])
    previous_depth = depth_of(draft, pid)
    for (depth, source), runs in zip(fragment.blocks[1:], blocks[1:]):
        new_id = split_paragraph(batch, current, at)  # the words after the cursor travel on
        # where the split put it (no walk from the root: a paste of hundreds of clauses)
        _part, siblings, index, parent = draft.locate(new_id)
        new = siblings[index]
        # the first subparagraph of a clause that had some, else beside it
        placed = previous_depth + 1 if new_id != current and parent is not None and parent.id == current \
            else previous_depth
        batch.do(EditText(new_id, runs + new.runs))
        # the step from the block before, as copied: a subparagraph stays one under it
        target = max(0, min(previous_depth + depth - source_depth, previous_depth + 1))
        source_depth = depth
        previous_depth = _set_depth(batch, new_id, target, placed)
        if (source.heading and part == "operative" and previous_depth == 0 and not new.children
                and runs_length(runs) == runs_length(new.runs)):
            batch.do(SetHeading(new_id, True))
        current, at = new_id, runs_length(runs)
    return current, at


def italic_prefix(runs: list, length: int) -> list:
    """The runs with their first `length` characters in italics: an opening phrase as
    the pane shows it and the export must print it (typing stores it so, see inline.py)."""
    out = []
    pos = 0
    for run in runs:
        if isinstance(run, Text) and pos < length and not run.italic:
            cut = min(len(run.text), length - pos)
            out.append(Text(run.text[:cut], True, run.bold))
            if cut < len(run.text):
                out.append(Text(run.text[cut:], False, run.bold))
        else:
            out.append(run)
        pos += len(run.text) if isinstance(run, Text) else 1
    return out


def touched_blocks(draft: Draft, part: str, first_id: str, last_id: str) -> list[tuple[str, int]]:
    """(id, depth) of the clauses from one to another in document order."""
    blocks = [(p.id, d) for p, d in flatten(draft.part(part))]
    ids = [pid for pid, _ in blocks]
    try:
        i, j = ids.index(first_id), ids.index(last_id)
    except ValueError:
        return []
    return blocks[min(i, j):max(i, j) + 1]
