"""Punctuation inside the text: half-width marks in Chinese text (，；： are full width
after a Chinese character) and a space before a mark that takes none ("report ,").
The ends of paragraphs are the punctuation module's; the marks are data:
resources/check/marks.json.
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
SPACING = "punctuation.spacing"

_CJK = "\u3400-\u9fff\uf900-\ufaff\u201c\u201d\u300a\u300b\uff08\uff09"


@lru_cache(maxsize=None)
def _patterns(code: str):
    data = for_language("marks", code)
    wide = data.get("full_width", {})
    wide_re = re.compile(f"(?<=[{_CJK}])[{re.escape(''.join(wide))}]") if wide else None
    narrow = data.get("no_space_before", [])
    # a space before the mark, not at a footnote marker, not before an ellipsis or a number (".5")
    space_re = re.compile(rf"(?<=[^\s\ufffc])[ \u00a0]+(?=[{re.escape(''.join(narrow))}](?![.\d]))") if narrow else None
    return wide, wide_re, space_re


def cues(ctx: Context) -> tuple[str, ...]:
    wide, _wide_re, space_re = _patterns(ctx.code)
    return tuple(wide) + ((" ", "\u00a0") if space_re is not None else ())


def check_paragraph(ctx: Context, node: Node):
    wide, wide_re, space_re = _patterns(ctx.code)
    flat = node.flat
    part = "footnotes" if node.is_footnote else node.part
    end = content_end(flat)
    if wide_re is not None:
        # the last mark of a paragraph is the punctuation rules' to report
        spots = [m.start() for m in wide_re.finditer(flat) if m.end() < end]
        if spots:
            first = spots[0]
            yield Diagnostic(
                FULL_WIDTH, WARNING, part, node.id, (first, first + 1),
                f"Chinese text takes full-width punctuation: {show(wide[flat[first]])}, not {show(flat[first])}"
                + (f" ({len(spots)} in this paragraph)." if len(spots) > 1 else "."),
                Fix("Use full-width marks", _widen(node.id, [(i, wide[flat[i]]) for i in spots])),
            )
    if space_re is not None:
        for m in space_re.finditer(flat):
            mark = flat[m.end()]
            yield Diagnostic(
                SPACING, WARNING, part, node.id, (m.start(), m.end() + 1),
                f"No space before {show(mark)}.",
                Fix(f"Remove the space before {show(mark)}", _widen(node.id, [(m.start(), "")], m.end() - m.start())),
            )


def _widen(item_id: str, spots: list[tuple[int, str]], width: int = 1):
    """Replace `width` characters at each spot (from the end, so offsets hold)."""

    def change(runs):
        for start, new in reversed(spots):
            italic, bold = formatted_like(runs, start)
            runs = replace_span(runs, start, start + width, [Text(new, italic, bold)] if new else [])
        return runs

    return edit(item_id, change, "Correct the punctuation")
