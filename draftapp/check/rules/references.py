"""Cross-references: "paragraph 5 above" typed as text is checked against the real
positions (no such paragraph; above or below wrong) and can be turned into a live
reference; a live reference must point to a paragraph that still exists, and the
"above"/"below" beside it must still be true after paragraphs moved.

How each language writes such a reference is data: resources/check/references.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.data import for_language
from draftapp.check.diagnostic import ERROR, INFO, WARNING, Diagnostic, Fix
from draftapp.check.edits import edit, replace_span
from draftapp.model import OBJECT_CHAR, OPERATIVE, CrossRef, Text

APPLIES_TO = ("top", "sub")  # which nodes check_paragraph and facts read (engine.py)

MISSING = "references.missing"
DIRECTION = "references.direction"
TYPED = "references.typed"
BROKEN = "references.broken"

_SUB = r"(?P<sub>(?:\s?\(?[a-z]{1,4}\))*)"


@lru_cache(maxsize=None)
def _pattern(code: str):
    data = for_language("references", code)
    if not data:
        return None, {}, ""
    number = r"(?P<number>\d{1,3}|" + OBJECT_CHAR + ")"
    regex = data["pattern"].replace("{number}", number).replace("{sub}", _SUB)
    directions = {w: "above" for w in data["above"]} | {w: "below" for w in data["below"]}
    return re.compile(regex), directions, data["cue"]


class FollowFix(Fix):
    """The fix of a live reference's above/below: the editor applies it with the move
    that made the word wrong, so the word follows position as the number does."""


def _counterpart(code: str, word: str) -> str:
    """The other direction's word in the same style ("ci-dessus" -> "ci-dessous")."""
    _regex, directions, _cue = _pattern(code)
    data = for_language("references", code)
    key = word if word in directions else word.lower()
    mine = directions[key]
    other = "below" if mine == "above" else "above"
    index = data[mine].index(key) if key in data[mine] else 0
    words = data[other]
    return words[min(index, len(words) - 1)]


def follow_directions(draft) -> list:
    """Put every live reference's above/below right: applies the edits to `draft` and
    returns them (applied), for the editor to make one undo step with the move."""
    if not any(isinstance(r, CrossRef) for p in draft.paragraphs() for r in p.runs):
        return []
    ctx = Context(draft)
    applied = []
    for node in ctx.nodes:
        if node.is_footnote or not any(isinstance(r, CrossRef) for r in node.item.runs):
            continue
        fixes = [d.fix for d in check_paragraph(ctx, node) if isinstance(d.fix, FollowFix)]
        for fix in reversed(fixes):  # the last word first: earlier offsets stay valid
            command = fix.make(draft)
            command.apply(draft)
            applied.append(command)
    return applied


def _cross_refs(node: Node) -> dict[int, CrossRef]:
    out, pos = {}, 0
    for run in node.item.runs:
        if isinstance(run, Text):
            pos += len(run.text)
            continue
        if isinstance(run, CrossRef):
            out[pos] = run
        pos += 1
    return out


def _resolve(ctx: Context, number: int, sub: str) -> Node | None:
    target = ctx.operative_by_number.get(number)
    for label in re.findall(r"\(?[a-z]{1,4}\)", sub):
        if target is None:
            return None
        want = re.sub(r"\s", "", label)
        target = next((c for c in target.children if re.sub(r"\s", "", ctx.labels.get(c.id, "")) in (want, want.lstrip("("))), None)
    return target



def cues(ctx: Context) -> tuple[str, ...]:
    """A typed reference holds the language's word for "paragraph"; a live one is an object."""
    _pattern_, _directions, cue = _pattern(ctx.code)
    return (cue, OBJECT_CHAR) if cue else (OBJECT_CHAR,)

def check_paragraph(ctx: Context, node: Node):
    if node.is_footnote:
        return
    refs = _cross_refs(node)
    for offset, ref in refs.items():
        target = ctx.by_id.get(ref.target_id)
        if target is None or target.part != OPERATIVE or target.top_node.heading:
            yield Diagnostic(
                BROKEN, ERROR, node.part, node.id, (offset, offset + 1),
                "This reference points to a paragraph that no longer exists (or is not numbered): "
                "point it to the right paragraph or delete it.",
            )
    pattern, directions, cue = _pattern(ctx.code)
    flat = node.flat
    if pattern is None or cue not in flat:
        return
    for m in pattern.finditer(flat):
        number_start, number_end = m.span("number")
        sub_end = m.end("sub") if m.group("sub") else number_end
        live = m.group("number") == OBJECT_CHAR
        if live:
            ref = refs.get(number_start)
            target = ctx.by_id.get(ref.target_id) if ref else None
            if target is None:
                continue  # reported above as broken
            shown = "this paragraph"
        else:
            number = int(m.group("number"))
            target = _resolve(ctx, number, m.group("sub") or "")
            shown = f"paragraph {number}{m.group('sub') or ''}"
            if target is None:
                count = len(ctx.operative_by_number)
                yield Diagnostic(
                    MISSING, ERROR, node.part, node.id, (number_start, sub_end),
                    f"There is no {shown.strip()} in this text (it has {count} operative paragraphs).",
                )
                continue
        direction = directions.get(m.group("direction").lower()) or directions.get(m.group("direction"))
        actual = "above" if target.order < node.order else "below"
        if target is node:
            yield Diagnostic(DIRECTION, WARNING, node.part, node.id, m.span(), "This paragraph refers to itself.")
            continue
        if direction != actual:
            typed_word = m.group("direction")
            word = _counterpart(ctx.code, typed_word)
            start, end = m.span("direction")
            make = edit(node.id, lambda runs, s=start, e=end, w=word: replace_span(runs, s, e, [Text(w)]),
                        "Correct above/below")
            yield Diagnostic(
                DIRECTION, WARNING, node.part, node.id, (start, end),
                f"The paragraph referred to is {actual} this one, not {direction}.",
                (FollowFix if live else Fix)(f"Write \u201c{word}\u201d", make),
            )
            continue
        if not live:
            span = (number_start, sub_end)
            yield Diagnostic(
                TYPED, INFO, node.part, node.id, span,
                f"{shown.capitalize()} is typed as text: make it a live reference, so that its number follows when paragraphs move.",
                Fix("Make it a live reference", edit(node.id, lambda runs, s=span, t=target.id: replace_span(runs, s[0], s[1], [CrossRef(t)]), "Insert cross-reference")),
            )
