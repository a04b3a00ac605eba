"""Numbering: labels typed in an imported text that skip, repeat or run out of order, and
subparagraphs nested deeper than the four levels of the UN format.

Numbers are derived from position, so the export is always right; a typed label that
disagrees (kept by the importer as Paragraph.typed_label) means the source text skipped
or repeated a number, or that a paragraph went missing on the way in.
"""

from __future__ import annotations

import re

from draftapp.check.context import Context, Node
from draftapp.check.diagnostic import ERROR, WARNING, Diagnostic, Fix
from draftapp.check.edits import SetTypedLabel
from draftapp.check.text import show

APPLIES_TO = ("top", "sub")  # which nodes check_paragraph and facts read (engine.py)

TYPED = "numbering.typed"
DEPTH = "numbering.depth"

#: Levels of subparagraphs the UN format has: (a), (i), a., i.
MAX_DEPTH = 4


def _typed_number(label: str) -> int | None:
    m = re.match(r"\s*(\d+)", label)
    return int(m.group(1)) if m else None


def check_paragraph(ctx: Context, node: Node):
    if node.is_footnote:
        return
    if node.depth > MAX_DEPTH:
        yield Diagnostic(
            DEPTH, ERROR, node.part, node.id, None,
            f"Subparagraphs go {MAX_DEPTH} levels deep at most ((a), (i), a., i.): move this one up a level.",
        )
    typed = node.item.typed_label
    if typed is None:
        return
    derived = ctx.labels.get(node.id)
    if derived is None:
        return  # a heading or preambular paragraph typed with a number: nothing to compare
    what = _how_wrong(ctx, node, typed)
    yield Diagnostic(
        TYPED, WARNING, node.part, node.id, None,
        f"The source numbered this {show(typed)}{what}; it is {show(derived)} here, "
        "so check that no paragraph went missing.",
        Fix(f"Number it {derived}", lambda draft, pid=node.id: SetTypedLabel(pid, None)),
    )


def _how_wrong(ctx: Context, node: Node, typed: str) -> str:
    """", which repeats …" / ", which skips …" for top-level operative numbers."""
    number = _typed_number(typed)
    mine = ctx.operative_number.get(node.id)
    if number is None or mine is None:
        return ""
    before = ctx.operative_by_number.get(mine - 1)
    previous = None
    if before is not None:
        previous = _typed_number(before.item.typed_label) if before.item.typed_label else mine - 1
    if previous is None:
        return ""
    if number == previous:
        return ", which repeats the number before it"
    if number > previous + 1:
        return f", which skips {previous + 1}" if number == previous + 2 else f", which skips {previous + 1} to {number - 1}"
    if number < previous:
        return ", which is out of order"
    return ""
