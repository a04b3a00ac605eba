"""Tell the two kinds of .txt/.md apart: our text dialect, or text copied from a PDF.

The dialect is recognised by its own marks: the `<!-- draftapp` header, `## ` session
and `### ` title lines, `<sup>n</sup>` citations. Anything else is taken for a copy of
an official document, whose importer also copes with Markdown footnotes ("[^1]:").
"""

from __future__ import annotations

import re

_DIALECT_MARKS = re.compile(r"^\s*<!--\s*draftapp|^#{2,4} \S|<sup>\s*\d+\s*</sup>", re.M)


def looks_like_dialect(text: str) -> bool:
    return _DIALECT_MARKS.search(text[:200_000]) is not None
