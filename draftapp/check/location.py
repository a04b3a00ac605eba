"""Where a diagnostic is, in the words of the command line: (part, 1-based index)."""

from __future__ import annotations

from draftapp.check.diagnostic import Diagnostic
from draftapp.model import Draft, footnote_numbers


def where(draft: Draft, diagnostic: Diagnostic) -> tuple[str, int | None]:
    """(part, index): for a paragraph, the 1-based position of its top-level paragraph in
    its part (headings count; without headings it is the operative number); for a
    footnote, its number; for a sponsor, its position in the list; None for metadata."""
    return places(draft, [diagnostic])[0]


def places(draft: Draft, diagnostics: list[Diagnostic]) -> list[tuple[str, int | None]]:
    """where() of many diagnostics at once, reading the draft's numbering only once."""
    tops: dict[str, int] | None = None
    notes: dict[str, int] | None = None
    out: list[tuple[str, int | None]] = []
    for d in diagnostics:
        part = d.part
        if part == "sponsors":
            out.append((part, d.span[0] + 1 if d.span else None))
        elif part == "footnotes":
            if notes is None:
                notes = footnote_numbers(draft)
            out.append((part, notes.get(d.paragraph_id)))
        elif part in ("preamble", "operative") and d.paragraph_id:
            if tops is None:
                tops = _top_positions(draft)
            out.append((part, tops.get(d.paragraph_id)))
        else:
            out.append((part, None))
    return out


def _top_positions(draft: Draft) -> dict[str, int]:
    """Paragraph id (any depth) -> 1-based position of its top-level paragraph."""
    found: dict[str, int] = {}
    for paragraphs in (draft.preamble, draft.operative):
        for i, top in enumerate(paragraphs, start=1):
            for p in top.walk():
                found[p.id] = i
    return found
