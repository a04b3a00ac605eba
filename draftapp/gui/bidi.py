"""Text of both directions in one line. An English message quoting Arabic ("Fill in
“[… نص الديباجة …]”.") is scrambled by the bidi algorithm unless the quotation is
isolated: FSI … PDI lets it take its own direction and keeps it in one piece."""

from __future__ import annotations

import re
import unicodedata

FSI, PDI = "\u2068", "\u2069"
_QUOTED = re.compile("([“«])([^”»]*)([”»])")


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate_quotes(message: str) -> str:
    """Each quotation of right-to-left text in `message` isolated (the quotation marks
    outside, so they stay where English puts them); other messages are left alone."""
    return _QUOTED.sub(lambda m: f"{m.group(1)}{FSI}{m.group(2)}{PDI}{m.group(3)}"
                       if _right_to_left(m.group(2)) else m.group(0), message)
