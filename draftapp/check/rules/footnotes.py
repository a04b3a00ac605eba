"""Footnotes: citations of footnotes that do not exist, footnotes never cited, how a
footnote's text ends, two footnotes with the same text, and where the marker stands
against punctuation (after it in en, ru, zh; before it in fr, es: Language.marker_after_punctuation).
"""

from __future__ import annotations

import re

from draftapp.check.context import Context, Node
from draftapp.check.diagnostic import ERROR, WARNING, Diagnostic, Fix
from draftapp.check.edits import replace_span, replace_text
from draftapp.check.text import END_MARKS, content_end, show
from draftapp.model import (
    OBJECT_CHAR,
    Composite,
    Draft,
    EditText,
    FootnoteRef,
    RemoveFootnote,
    Text,
    split_runs,
)

DEPENDS = "text"  # what the paragraph hooks read besides the text (engine.py)

MISSING = "footnotes.missing"
UNCITED = "footnotes.uncited"
END = "footnotes.end"
DUPLICATE = "footnotes.duplicate"
MARKER_PLACE = "footnotes.marker-place"

#: Punctuation a footnote marker stands next to (not quotes or brackets).
_MARKER_PUNCT = frozenset(",;:.，；：。،؛")


def _refs(node: Node):
    """(model offset, footnote id) of every citation in a paragraph."""
    pos = 0
    for run in node.item.runs:
        if isinstance(run, Text):
            pos += len(run.text)
            continue
        if isinstance(run, FootnoteRef):
            yield pos, run.footnote_id
        pos += 1


def _missing_number(footnote_id: str) -> str:
    m = re.fullmatch(r"missing-(\d+)", footnote_id)
    return f"footnote {m.group(1)}" if m else "a footnote"


def check_paragraph(ctx: Context, node: Node):
    # A plain function for the usual answer (a paragraph without citations: nothing),
    # which spares making a generator for each paragraph of a long draft.
    if node.is_footnote:
        return _check_end(ctx, node)
    if OBJECT_CHAR not in node.flat:
        return ()  # no citation here
    return _check_citations(ctx, node)


def _check_citations(ctx: Context, node: Node):
    for offset, footnote_id in _refs(node):
        if footnote_id not in ctx.footnote_ids:
            yield Diagnostic(
                MISSING, ERROR, node.part, node.id, (offset, offset + 1),
                f"This cites {_missing_number(footnote_id)}, which does not exist: write its text or remove the marker.",
            )
    yield from _check_marker_place(ctx, node)


def _check_end(ctx: Context, node: Node):
    flat = node.flat
    end = content_end(flat)
    if end == 0:
        return
    mark = ctx.punct.footnote_end
    last = flat[end - 1]
    if last == mark or last in "?!":
        return
    start = end - 1 if last in END_MARKS else end
    yield Diagnostic(
        END, WARNING, "footnotes", node.id, (end - 1, end),
        f"A footnote ends with {show(mark)}.",
        Fix(f"End with {show(mark)}", replace_text(node.id, start, end, mark, "End the footnote")),
    )


def _marker_groups(node: Node):
    """(start, end) of each stretch of adjacent inline objects holding a footnote citation."""
    pos, group, has_note = 0, None, False
    for run in node.item.runs:
        if isinstance(run, Text):
            if run.text:
                if group is not None and has_note:
                    yield group, pos
                group, has_note = None, False
            pos += len(run.text)
            continue
        if group is None:
            group = pos
        has_note = has_note or isinstance(run, FootnoteRef)
        pos += 1
    if group is not None and has_note:
        yield group, pos


def _check_marker_place(ctx: Context, node: Node):
    if not any(isinstance(r, FootnoteRef) for r in node.item.runs):
        return
    flat = node.flat
    after = ctx.lang.marker_after_punctuation
    for start, end in _marker_groups(node):
        if after and end < len(flat) and flat[end] in _MARKER_PUNCT:
            mark, span, moved = flat[end], (start, end + 1), "before"
        elif not after and start > 0 and flat[start - 1] in _MARKER_PUNCT:
            mark, span, moved = flat[start - 1], (start - 1, end), "after"
        else:
            continue
        where = "after" if after else "before"
        yield Diagnostic(
            MARKER_PLACE, WARNING, node.part, node.id, span,
            f"In this language the footnote marker stands {where} the punctuation: {show(mark)} goes {moved} it.",
            Fix(f"Put {show(mark)} {moved} the marker", _swap(node.id, span, after)),
        )


def _swap(item_id: str, span: tuple[int, int], mark_first: bool):
    start, end = span

    def make(draft: Draft):
        from draftapp.check.edits import owner

        runs = owner(draft, item_id).runs
        middle = split_runs(split_runs(runs, start)[1], end - start)[0]
        if mark_first:  # [markers][mark] -> [mark][markers]
            new = middle[-1:] + middle[:-1]
        else:  # [mark][markers] -> [markers][mark]
            new = middle[1:] + middle[:1]
        cmd = EditText(item_id, replace_span(runs, start, end, new))
        cmd.label = "Move the footnote marker"
        return cmd

    return make


# --- document-level: which footnotes are cited, and their texts --------------------------
def facts(ctx: Context, node: Node):
    if node.is_footnote:
        text = re.sub(r"\s+", " ", node.text).strip()
        return ("text", text)
    if OBJECT_CHAR not in node.flat:
        return None
    return tuple(footnote_id for _offset, footnote_id in _refs(node)) or None


def check_document(ctx: Context, facts: dict):
    numbers: dict[str, int] = {}
    for node in ctx.nodes:
        if node.is_footnote:
            break
        for footnote_id in facts.get(node.id) or ():
            if footnote_id in ctx.footnote_ids and footnote_id not in numbers:
                numbers[footnote_id] = len(numbers) + 1
    for footnote_id in _annex_citations(ctx.draft):  # numbered on through the annexes
        if footnote_id in ctx.footnote_ids and footnote_id not in numbers:
            numbers[footnote_id] = len(numbers) + 1
    first_with_text: dict[str, Node] = {}
    for node in ctx.nodes:
        if not node.is_footnote:
            continue
        if node.id not in numbers:
            yield Diagnostic(
                UNCITED, WARNING, "footnotes", node.id, None,
                "This footnote is cited nowhere in the text: cite it or delete it.",
            )
            continue
        _kind, text = facts[node.id]
        if not text:
            continue
        first = first_with_text.get(text)
        if first is None or numbers[node.id] < numbers[first.id]:
            if first is not None:
                yield _duplicate(first, node, numbers)
            first_with_text[text] = node
        else:
            yield _duplicate(node, first, numbers)


def _annex_citations(draft: Draft) -> list[str]:
    """Footnotes cited in the annexes (model/annex.py), in order: an annex is no part of
    the checked paragraphs, but its citations count (an edit of an annex rebuilds the
    whole check, so these need no facts of their own)."""
    return [run.footnote_id for annex in getattr(draft, "annexes", None) or [] for p in annex.walk()
            for run in p.runs if isinstance(run, FootnoteRef)]


def _duplicate(later: Node, first: Node, numbers: dict[str, int]) -> Diagnostic:
    n, m = numbers[later.id], numbers[first.id]
    return Diagnostic(
        DUPLICATE, WARNING, "footnotes", later.id, None,
        f"Footnote {n} has the same text as footnote {m}: cite footnote {m} again instead.",
        Fix(f"Cite footnote {m} instead of footnote {n}", _merge(later.id, first.id)),
    )


def _merge(duplicate_id: str, keep_id: str):
    def make(draft: Draft):
        edits = []
        for p in draft.paragraphs():
            if any(isinstance(r, FootnoteRef) and r.footnote_id == duplicate_id for r in p.runs):
                runs = [FootnoteRef(keep_id) if isinstance(r, FootnoteRef) and r.footnote_id == duplicate_id else r for r in p.runs]
                edits.append(EditText(p.id, runs))
        return Composite(edits + [RemoveFootnote(duplicate_id)], label="Merge duplicate footnotes")

    return make
