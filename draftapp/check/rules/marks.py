"""Punctuation inside the text: half-width marks in Chinese text (，；： are full width
after a Chinese character). The ends of paragraphs are the punctuation module's; the
marks are data: resources/check/marks.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.data import for_language
from draftapp.check.diagnostic import WARNING, Diagnostic, Fix
from draftapp.check.edits import edit, formatted_like, replace_span
from draftapp.check.text import content_end, show
from draftapp.model import Text

DEPENDS = "text"  # what the paragraph hooks read besides the text (engine.py)

FULL_WIDTH = "punctuation.full-width"

_CJK = "\u3400-\u9fff\uf900-\ufaff\u201c\u201d\u300a\u300b\uff08\uff09"


@lru_cache(maxsize=None)
def _patterns(code: str):
    data = for_language("marks", code)
    wide = dict(data.get("full_width", {}))
    wide_re = re.compile(f"(?<=[{_CJK}])[{re.escape(''.join(wide))}]") if wide else None
    return wide, wide_re, tuple(data.get("quotes", ()))


def cues(ctx: Context) -> tuple[str, ...]:
    wide, _wide_re, quotes = _patterns(ctx.code)
    return tuple(wide) + (('"',) if quotes else ())  # none outside Chinese: never runs there


def check_paragraph(ctx: Context, node: Node):
    wide, wide_re, quotes = _patterns(ctx.code)
    if wide_re is None:
        return
    flat = node.flat
    end = content_end(flat)
    # the last mark of a paragraph is the punctuation rules' to report
    spots = [(m.start(), wide[m.group(0)]) for m in wide_re.finditer(flat) if m.end() < end]
    # straight double quotes around Chinese words, in pairs: “ then ”
    straight = [i for i, ch in enumerate(flat) if ch == '"']
    if quotes and straight and len(straight) % 2 == 0 and re.search(f"[{_CJK}]", flat):
        spots += [(i, quotes[k % 2]) for k, i in enumerate(straight)]
        spots.sort()
    if spots:
        first, right = spots[0]
        yield Diagnostic(
            FULL_WIDTH, WARNING, "footnotes" if node.is_footnote else node.part, node.id, (first, first + 1),
            f"Chinese text takes full-width punctuation: {show(right)}, not {show(flat[first])}"
            + (f" ({len(spots)} in this paragraph)." if len(spots) > 1 else "."),
            Fix("Use full-width marks", _widen(node.id, spots)),
        )


def _widen(item_id: str, spots: list[tuple[int, str]]):
    """Replace the mark at each spot (from the end, so offsets hold)."""

    def change(runs):
        for start, new in reversed(spots):
            italic, bold = formatted_like(runs, start)
            runs = replace_span(runs, start, start + 1, [Text(new, italic, bold)])
        return runs

    return edit(item_id, change, "Correct the punctuation")
