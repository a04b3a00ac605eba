"""Punctuation: how each paragraph ends, and the organ line.

Preambular paragraphs end with the language's preamble mark (, ， ،), operative
paragraphs with the operative mark (; ； ؛), the last paragraph of the text with the final
mark (. 。); a paragraph that introduces subparagraphs ends with a colon; subparagraphs
end like operative paragraphs. The marks come from resources/lang (Language.punct).
"""

from __future__ import annotations

import re

from draftapp.check.context import Context, Node
from draftapp.check.diagnostic import ERROR, WARNING, Diagnostic, Fix
from draftapp.check.edits import replace_text
from draftapp.check.data import load
from draftapp.check.text import END_MARKS, content_end, show, text_end
from draftapp.model import OPERATIVE, PREAMBLE, SetMeta
from draftapp.model.annex import annexes

APPLIES_TO = ("top", "sub")  # which nodes check_paragraph and facts read (engine.py)
DEPENDS = "position"  # what the paragraph hooks read besides the text (engine.py)

PREAMBLE_END = "punctuation.preamble-end"
OPERATIVE_END = "punctuation.operative-end"
FINAL_END = "punctuation.final-end"
INTRO_END = "punctuation.intro-end"
SUBPARAGRAPH_END = "punctuation.subparagraph-end"
ORGAN_LINE = "punctuation.organ-line"


def expected_end(ctx: Context, node: Node) -> tuple[str, tuple[str, ...], str]:
    """(rule, marks accepted, what the paragraph is, for the message)."""
    p = ctx.punct
    if node.item.children:
        return INTRO_END, (p.intro_end,), "A paragraph that introduces subparagraphs"
    if node.part == PREAMBLE:
        if node.depth == 0:
            if node.last_top and _lettered_decision(ctx):
                # "The General Assembly, recalling …: (a) Expresses …; (b) Endorses …"
                return PREAMBLE_END, (p.preamble_end, p.intro_end), "A preambular paragraph"
            return PREAMBLE_END, (p.preamble_end,), "A preambular paragraph"
        if node.ends_top:
            return PREAMBLE_END, (p.preamble_end,), "The last subparagraph of a preambular paragraph"
        return SUBPARAGRAPH_END, (p.subparagraph_end, p.preamble_end), "A subparagraph"
    if node.last_in_part:
        if node.depth == 0 and _text_follows(ctx):
            # "Adopts the following political declaration …:" and the declaration after it
            return FINAL_END, (p.final_end, p.intro_end), "The last paragraph of the text"
        return FINAL_END, (p.final_end,), "The last paragraph of the text"
    if node.depth == 0:
        return OPERATIVE_END, (p.operative_end,), "An operative paragraph"
    return SUBPARAGRAPH_END, (p.subparagraph_end,), "A subparagraph"


def _text_follows(ctx: Context) -> bool:
    """Whether an annex follows the operative part directly, without an "Annex" line
    (model/annex.py): the last paragraph then introduces it with a colon (A/RES/73/3)."""
    found = annexes(ctx.draft)
    return bool(found) and not found[0].label.strip()


def _lettered_decision(ctx: Context) -> bool:
    """A decision whose paragraphs the source lettered (a), (b) …: its preamble then
    ends with a colon that introduces them."""
    first = next((p for p in ctx.draft.operative if not p.heading), None)
    typed = (first.typed_label or "") if first else ""
    return ctx.draft.meta.kind == "draft-decision" or bool(re.fullmatch(r"\(?[a-z]\)\.?", typed.strip()))


def _quoted_question(flat: str, end: int, node: Node) -> bool:
    """A question the text quotes ends it: "(a) What are the legal consequences …?" in a
    request for an advisory opinion, the last one before its closing quotation mark."""
    data = load("questions")
    i = end
    closing = data["closing_quotes"]
    while i > 0 and (flat[i - 1] in closing or flat[i - 1].isspace()):  # French « … ? »
        i -= 1
    if i == 0 or flat[i - 1] not in data["question_marks"]:
        return False
    return i < end or node.depth > 0


def check_paragraph(ctx: Context, node: Node):
    # A plain function returning a list (at most one diagnostic): most paragraphs end
    # right, and a generator for each of them would cost more than the test.
    if node.is_footnote or node.heading or node.part not in (PREAMBLE, OPERATIVE):
        return ()
    flat = node.flat
    end = text_end(flat)
    if end == 0:
        return ()  # an empty paragraph, being written
    rule, accepted, what = expected_end(ctx, node)
    last = flat[end - 1]
    # A mark may carry a space before it (French " :"); the space is checked too.
    for mark in accepted:
        if last == mark.strip():
            if mark[:1].isspace() and (end < 2 or not flat[end - 2].isspace()):
                space = mark[: len(mark) - len(mark.lstrip())]
                return [Diagnostic(
                    rule, ERROR, node.part, node.id, (end - 1, end),
                    f"{what} ends with {show(mark)}, with a space before {show(last)}.",
                    Fix(f"Put a space before {show(last)}", replace_text(node.id, end - 1, end - 1, space, "Space before the mark")),
                )]
            return ()
    if _quoted_question(flat, end, node):
        return ()
    mark = accepted[0]
    if last in END_MARKS:
        start, stop, verb = end - 1, end, "Replace"
        before = flat[end - 2] if end >= 2 else ""
    else:
        # The mark goes before a footnote marker where markers follow punctuation
        # (en, ru, zh), after it where they precede punctuation (fr, es).
        start = stop = end if ctx.lang.marker_after_punctuation else content_end(flat)
        verb = "Add"
        before = flat[start - 1] if start else ""
    written = mark.lstrip() if before.isspace() else mark
    return [Diagnostic(
        rule,
        ERROR,
        node.part,
        node.id,
        (end - 1, end),
        f"{what} ends with {show(mark)}" + (f", not {show(last)}." if last in END_MARKS else "."),
        Fix(f"{verb} {show(mark.strip())} at the end", replace_text(node.id, start, stop, written, "End the paragraph")),
    )]


def check_meta(ctx: Context):
    line = ctx.draft.meta.organ_line
    if not line:
        return  # the export writes the organ's own line
    try:
        expected = ctx.lang.organ_line(ctx.draft.meta.organ)
    except ValueError:
        return
    if line.strip() == expected:
        return
    yield Diagnostic(
        ORGAN_LINE,
        WARNING,
        "meta",
        None,
        None,
        f"The organ line reads {show(expected)} in this language.",
        Fix(f"Write {show(expected)}", lambda draft: SetMeta(organ_line=expected)),
        field="organ_line",
    )
