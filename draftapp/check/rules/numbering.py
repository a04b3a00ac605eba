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
from draftapp.model import OPERATIVE, Composite
from draftapp.model.numbering import alpha_value, roman_value

APPLIES_TO = ("top", "sub")  # which nodes check_paragraph and facts read (engine.py)

TYPED = "numbering.typed"
DEPTH = "numbering.depth"

#: Levels of subparagraphs the UN format has: (a), (i), a., i.
MAX_DEPTH = 4


def check_paragraph(ctx: Context, node: Node):
    # A plain function for the usual answer (not too deep, nothing typed: nothing), which
    # spares making a generator for each paragraph of a long draft.
    if node.depth <= MAX_DEPTH and not ctx.typed_labels:
        return ()
    return _check(ctx, node)


def _check(ctx: Context, node: Node):
    if node.depth > MAX_DEPTH:
        yield Diagnostic(
            DEPTH, ERROR, node.part, node.id, None,
            f"Subparagraphs go {MAX_DEPTH} levels deep at most ((a), (i), a., i.): move this one up a level.",
        )
    if not ctx.typed_labels:
        return  # nothing was typed (a draft written here): the numbers are all derived
    derived = ctx.labels.get(node.id)
    siblings = _siblings(ctx, node)
    if derived is None or siblings is None:
        return  # a preambular paragraph or a heading typed with a number: nothing to compare
    # The typed labels are read in their own scheme: a decision lettered (a), (b) where
    # the derived numbers are 1., 2. is consistent; a typed list that skips or repeats is not.
    i = siblings.index(node)
    mine = _value(ctx, node, i)
    before = _value(ctx, siblings[i - 1], i - 1) if i else 0
    if mine is not None and before is not None and mine == before + 1:
        return
    typed = node.item.typed_label or derived  # a label the importer found right is not kept
    yield Diagnostic(
        TYPED, WARNING, node.part, node.id, None,
        f"The source numbered this {show(typed)}{_how_wrong(mine, before)}; it is {show(derived)} here: "
        "check that no paragraph went missing.",
        Fix("Number the list 1, 2, 3 \u2026 as derived", _accept_all([n.id for n in siblings])),
    )


def _siblings(ctx: Context, node: Node) -> list[Node] | None:
    if node.parent is not None:
        return node.parent.children
    if node.part == OPERATIVE and node.id in ctx.operative_number:
        return list(ctx.operative_by_number.values())
    return None


def _value(ctx: Context, node: Node, index: int) -> int | None:
    """The number a label stands for (3 for "3.", "(c)" or "(iii)"); a paragraph without a
    typed label has its derived one, index + 1."""
    typed = node.item.typed_label
    if typed is None:
        return index + 1
    core = re.sub(r"[\s().\-]", "", typed)
    if core.isdigit():
        return int(core)
    counter = ctx.lang.labels.level(node.depth).counter if node.depth else "decimal"
    if isinstance(counter, tuple):
        return counter.index(core) + 1 if core in counter else None
    if counter == "lower-roman":
        found = roman_value(core.lower())
        if found is not None:
            return found
    return alpha_value(core.lower())


def _how_wrong(mine: int | None, before: int | None) -> str:
    if mine is None or before is None:
        return ""
    if mine == before:
        return ", which repeats the label before it"
    if mine > before + 1:
        return ", which skips one" if mine == before + 2 else f", which skips {mine - before - 1}"
    return ", which is out of order"


def _accept_all(ids: list[str]):
    def make(draft):
        commands = [SetTypedLabel(pid, None) for pid in ids if draft.find(pid).typed_label is not None]
        return Composite(commands, label="Accept the derived numbering")

    return make
