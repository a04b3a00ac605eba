"""The one marker of what a new draft leaves for the user to fill in.

A placeholder is "[…" (a left square bracket and U+2026) followed by an optional hint and
the next "]": "[…]", "[… title …]", "[…标题…]". Templates write them; the checks flag
them until they are filled (docs/templates.md).
"""

from __future__ import annotations

import re

PLACEHOLDER_PATTERN = r"\[…[^\]\n]*\]"
_PLACEHOLDER = re.compile(PLACEHOLDER_PATTERN)


def find_placeholders(text: str) -> list[tuple[int, int]]:
    """(start, end) of every placeholder in `text`."""
    return [m.span() for m in _PLACEHOLDER.finditer(text)]
