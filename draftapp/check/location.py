"""Where a diagnostic is, in the words of the command line: (part, 1-based index)."""

from __future__ import annotations

from draftapp.check.diagnostic import Diagnostic
from draftapp.model import Draft, footnote_numbers


def where(draft: Draft, diagnostic: Diagnostic) -> tuple[str, int | None]:
    """(part, index): for a paragraph, the 1-based position of its top-level paragraph in
    its part (headings count; without headings it is the operative number); for a
    footnote, its number; for a sponsor, its position in the list; None for metadata."""
    part = diagnostic.part
    if part == "sponsors":
        return part, diagnostic.span[0] + 1 if diagnostic.span else None
    if part == "footnotes":
        return part, footnote_numbers(draft).get(diagnostic.paragraph_id)
    if part in ("preamble", "operative") and diagnostic.paragraph_id:
        try:
            _part, indices = draft.path(diagnostic.paragraph_id)
        except KeyError:
            return part, None
        return part, indices[0] + 1
    return part, None
