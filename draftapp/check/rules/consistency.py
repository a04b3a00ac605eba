"""Consistency: the title equals the item title quoted in a closing "decides to include …
entitled …" paragraph, and a session the operative part looks forward to is not earlier
than the draft's own session. The words are data: resources/check/consistency.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.data import for_language
from draftapp.check.diagnostic import INFO, WARNING, Diagnostic
from draftapp.check.text import is_placeholder, show
from draftapp.lang.ordinals import session_number
from draftapp.model import OPERATIVE, SetMeta

APPLIES_TO = ("top", "sub")  # which nodes check_paragraph and facts read (engine.py)
DEPENDS = "position"  # what the paragraph hooks read besides the text (engine.py)

TITLE = "consistency.title"
SESSION = "consistency.session"


@lru_cache(maxsize=None)
def _data(code: str):
    data = for_language("consistency", code)
    include = list(data.get("include", []))
    later = [re.compile(p) for p in data.get("later_session", [])]
    forms = [(re.compile(p), r) for p, r in data.get("session_forms", [])]
    return data, include, later, forms


def _quotes(ctx: Context, text: str) -> list[tuple[int, int]]:
    """Spans of the texts inside quotation marks (the language's own, or straight ones)."""
    p = ctx.punct
    pattern = f"{re.escape(p.open_quote)}(.+?){re.escape(p.close_quote)}|\u201c(.+?)\u201d|\"(.+?)\""
    spans = []
    for m in re.finditer(pattern, text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        spans.append(m.span(group))
    return spans


def _same(quoted: str, title: str) -> bool:
    """Whether a quoted item is the draft's title. A title that carries the item and its
    sub-item ("Review … A. Report of the Conference on Disarmament") holds the quoted
    sub-item whole."""
    norm = lambda s: re.sub(r"\s+", " ", s.replace("*", "")).strip().rstrip(".。")
    q, t = norm(quoted), norm(title)
    return q == t or (len(q) > 8 and t.endswith(q))


# --- a session the text looks forward to: local, against the draft's own session ---------
def cues(ctx: Context) -> tuple[str, ...]:
    cue = _data(ctx.code)[0].get("session_cue")
    return (cue,) if cue else ()


def check_paragraph(ctx: Context, node: Node):
    own = ctx.draft.meta.session
    if own is None or node.part != OPERATIVE or node.is_footnote:
        return
    data, _include, later, forms = _data(ctx.code)
    flat = node.flat
    if data.get("session_cue", "") not in flat:
        return
    for pattern in later:
        for m in pattern.finditer(flat):
            name = m.group("s")
            for pattern, replacement in forms:
                name = pattern.sub(replacement, name)
            found = session_number(name)
            if found and found[0] < own:
                yield Diagnostic(
                    SESSION, WARNING, node.part, node.id, m.span("s"),
                    f"This looks forward to session {found[0]}, but the draft is for session {own}: "
                    "check the session.",
                )


# --- the title against the item quoted in a closing paragraph -----------------------------
def facts(ctx: Context, node: Node):
    if node.part != OPERATIVE or node.depth != 0 or node.heading:
        return None
    data, include, _later, _forms = _data(ctx.code)
    flat = node.flat
    if not include or not all(word in flat for word in include):
        return None
    quotes = _quotes(ctx, flat)
    if not quotes:
        return None
    index = data.get("item_quote", -1)
    start, end = quotes[index if -len(quotes) <= index < len(quotes) else -1]
    return tuple(flat[s:e] for s, e in quotes), (start, end), flat[start:end]


def check_document(ctx: Context, facts: dict):
    title = ctx.draft.meta.title
    if not title:
        return
    last = None
    for node in ctx.tops:
        if facts.get(node.id) is not None:
            last = node
    if last is None:
        return
    quoted, span, item = facts[last.id]
    if any(_same(q, title) for q in quoted) or is_placeholder(title) or is_placeholder(item):
        return  # an unfilled title is reported by the placeholder rule
    # The Editorial Manual has the title repeat the agenda item's only "in many cases": a
    # difference is a note, and no fix overwrites a title the drafters chose.
    yield Diagnostic(
        TITLE, INFO, last.part, last.id, span,
        f"The title {show(title)} differs from the item quoted here, {show(item)}; in many cases the two are the same words.",
    )
