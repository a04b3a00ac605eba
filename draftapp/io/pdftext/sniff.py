"""Tell the two kinds of .txt/.md apart: our text dialect, or text copied from a PDF.

The dialect is recognised by its own marks: the `<!-- draftapp` header, `## ` session
and `### ` title lines, `<sup>n</sup>` citations. Anything else is taken for a copy of
an official document, whose importer also copes with Markdown footnotes ("[^1]:").
"""

from __future__ import annotations

import re

_DIALECT_MARKS = re.compile(
    r"^\s*<!--\s*draftapp"  # our header
    r"|^#{2,4} \S"  # session, title, heading lines
    r"|<sup>\s*\d+\s*</sup>"  # footnote citations and bodies
    r"|^\*[^*\n]{2,60}\*\s*[,，،]\s*$",  # the italic organ line: "*The General Assembly*,"
    re.M,
)


def looks_like_dialect(text: str) -> bool:
    return _DIALECT_MARKS.search(text[:200_000]) is not None
