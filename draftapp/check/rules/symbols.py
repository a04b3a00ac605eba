"""Document symbols: malformed ones ("A/71//160", "A/71/L23", "a/71/160") and
"A/RES/64/256" written inside the text, where the UN writes "resolution 64/256".
The symbol series are data: resources/check/symbols.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.data import load
from draftapp.check.diagnostic import WARNING, Diagnostic, Fix
from draftapp.check.edits import replace_words
from draftapp.check.text import is_placeholder, show
from draftapp.model import SetMeta

DEPENDS = "text"  # what the paragraph hooks read besides the text (engine.py)

MALFORMED = "symbols.malformed"
RES_IN_TEXT = "symbols.resolution"


@lru_cache(maxsize=1)
def _patterns():
    data = load("symbols")
    prefixes = "|".join(sorted(data["prefixes"], key=len, reverse=True))
    token = re.compile(rf"(?<![\w/.])(?:{prefixes})/[^\s,;:，；。、）)\]“”\"']*", re.I)
    dotted = re.compile(rf"^({'|'.join(data['dotted'])})(\d+)$")
    return data, token, dotted



def cues(ctx: Context) -> tuple[str, ...]:
    return ("/",)

def check_paragraph(ctx: Context, node: Node):
    data, token, _dotted = _patterns()
    flat = node.flat
    if "/" not in flat:
        return
    part = "footnotes" if node.is_footnote else node.part
    for m in token.finditer(flat):
        symbol = m.group(0).rstrip(".")
        start, end = m.start(), m.start() + len(symbol)
        parts = symbol.split("/")
        if len(parts) > 2 and parts[1].upper() == "RES" and parts[0] in data["prefixes"] and "" not in parts:
            if not node.is_footnote:
                yield from _resolution(ctx, data, node, part, flat, start, end, parts)
            continue
        problem = symbol_problem(symbol)
        if problem:
            fixed, why = problem
            yield _malformed(node, part, start, end, symbol, fixed, why)


def check_meta(ctx: Context):
    """The draft's own symbol (A/80/L.9), unless a template left it to fill in."""
    symbol = ctx.draft.meta.symbol.strip()
    if not symbol or is_placeholder(symbol):
        return
    problem = symbol_problem(symbol)
    if problem:
        fixed, why = problem
        yield Diagnostic(
            MALFORMED, WARNING, "meta", None, (0, len(symbol)),
            f"{show(symbol)} is not a well-formed document symbol ({why}): {show(fixed)}?",
            Fix(f"Write {show(fixed)}", lambda draft: SetMeta(symbol=fixed)),
            field="symbol",
        )


def symbol_problem(symbol: str) -> tuple[str, str] | None:
    """(the corrected symbol, why) for a malformed symbol; None for a good one."""
    data, _token, dotted = _patterns()
    head, _, rest = symbol.partition("/")
    if head not in data["prefixes"]:
        if head.upper() in data["prefixes"] and re.match(r"^[a-z]+/\d", symbol):
            return head.upper() + "/" + rest, "symbols begin with capital letters"
        return None
    parts = symbol.split("/")
    if "" in parts[1:]:
        return re.sub(r"/{2,}", "/", symbol).rstrip("/"), "a symbol has no empty part"
    if any(dotted.match(p) for p in parts[1:]):
        return "/".join(dotted.sub(r"\1.\2", p) if i else p for i, p in enumerate(parts)), "the series takes a dot before its number"
    return None


def _malformed(node, part, start, end, symbol, fixed, why):
    return Diagnostic(
        MALFORMED, WARNING, part, node.id, (start, end),
        f"{show(symbol)} is not a well-formed document symbol ({why}): {show(fixed)}?",
        Fix(f"Write {show(fixed)}", replace_words(node.id, start, end, fixed, "Correct the symbol")),
    )


def _resolution(ctx, data, node, part, flat, start, end, parts):
    citation = "/".join(parts[2:])
    words = data["resolution_words"].get(ctx.code, [])
    preceded = any(flat[:start].rstrip().endswith(w) for w in words)
    fix = None
    if preceded:
        fix = Fix(f"Write {show(citation)}", replace_words(node.id, start, end, citation, "Cite the resolution"))
    yield Diagnostic(
        RES_IN_TEXT, WARNING, part, node.id, (start, end),
        f"Inside the text a resolution is cited by its number ({show(citation)}), not its document symbol.",
        fix,
    )
