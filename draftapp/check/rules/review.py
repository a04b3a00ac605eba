"""Review after a carry-over: a draft made from last year's resolution (meta.based_on
set by draftapp.io.carryover) names dates and sessions that were right last year. Each
is flagged for the drafter to confirm or update; nothing is changed for them.

Dates are found with the dates check's own reader; session mentions ("its eighty-first
session", "第五十三届会议") with the language's pattern in resources/import/<lang>.json.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.dates import dates_in
from draftapp.check.diagnostic import INFO, Diagnostic
from draftapp.check.text import show
from draftapp.paths import RESOURCES

# What check_paragraph reads besides the text (engine.py): the metadata (based_on, which
# the engine watches itself) and, for the recall paragraph, its place (part, depth, first
# top-level paragraph). Declared so that a structural edit does not run this hook again
# on every paragraph of the draft (added by the checks' maintainer for speed).
DEPENDS = "position"

DATE = "review.date"
SESSION = "review.session"


@lru_cache(maxsize=None)
def _session_pattern(code: str) -> re.Pattern:
    data = json.loads((RESOURCES / "import" / f"{code}.json").read_text(encoding="utf-8"))
    return re.compile(data["session_mention"])


def _is_the_recall(ctx: Context, node: Node) -> bool:
    """The "Recalling its resolution 80/6 of …" paragraph the carry-over wrote: its date
    is the source's own and needs no review."""
    return node.part == "preamble" and node.depth == 0 and node.top == 0 and ctx.draft.meta.based_on in node.text


def cues(ctx: Context):
    """No cue to look for when the draft is no carry-over: the hook then finds nothing,
    and the engine need not call it on each of a long draft's paragraphs; otherwise
    every text is read (None). Declared for speed by the checks' maintainer."""
    return None if ctx.draft.meta.based_on else ()


def check_paragraph(ctx: Context, node: Node):
    based_on = ctx.draft.meta.based_on
    if not based_on or _is_the_recall(ctx, node):
        return
    part = "footnotes" if node.is_footnote else node.part
    for date in dates_in(node, ctx.code):
        yield Diagnostic(DATE, INFO, part, node.id, (date.start, date.end),
                         f"Carried over from resolution {based_on}: is {show(date.text)} still the right date?")
    for m in _session_pattern(ctx.code).finditer(node.flat):
        yield Diagnostic(SESSION, INFO, part, node.id, (m.start(), m.end()),
                         f"Carried over from resolution {based_on}: is {show(m.group(0))} still the right session?")
