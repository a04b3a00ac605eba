"""Footnote marks whose notes the copy lost.

A web page or a copy cut short may keep the body's marks ("审议了裁军谈判会议的报告，1",
"CD/1356号决定，2 以及") but not the notes, so the citation finder, which takes only
numbers whose note exists, leaves them in the text, where they read as words. A number
glued to the comma, semicolon or full stop that ends a clause, followed by a space or the
paragraph's end, is no text of the paragraph (a number in running text stands after a
word, "paragraph 3", or is part of a figure, "4,000"); when such numbers in a copy
without notes run 1, 2, 3 … in order, as first citations do, they are the marks. They
are taken out of the paragraph and reported with their place (`Draft.unplaced`): nothing
is dropped in silence, and no note is invented.
"""

from __future__ import annotations

import re

# "报告，1" / "决定，2 以及" / "Court,1 and": a number glued after clause punctuation that
# follows a letter (not "1,2", "4,000")
_MARK = re.compile(r"(?<=[^\W\d_][,;.，；。])(\d{1,2})(?=\s|$)")


def strip_orphan_marks(texts: list[str]) -> tuple[list[str], list[str]]:
    """The paragraph texts without the marks of lost notes, and one report naming each
    mark and its place (empty when there are none)."""
    found = [(i, m) for i, text in enumerate(texts) for m in _MARK.finditer(text)]
    if not found or [int(m.group(1)) for _, m in found] != list(range(1, len(found) + 1)):
        return texts, []
    out, places = list(texts), []
    for i, m in reversed(found):
        text = out[i]
        places.append(f"{m.group(1)} after \u201c{text[max(0, m.start() - 20):m.start()].strip()}\u201d")
        end = m.end()
        if text[m.start() - 1] in "，；。":  # full-width marks hold their own space
            end += len(text[end:]) - len(text[end:].lstrip())
        out[i] = (text[:m.start()] + text[end:]).rstrip()
    return out, ["footnote marks whose notes are not in the copy, taken out of the text: " + "; ".join(places[::-1])]
