"""Annexes: the texts a resolution adopts or attaches after its operative part (a
declaration, a programme of action, rules of procedure).

An annex has the line printed above its title ("Annex", "Annex I", "附件"; empty for a
text that simply follows the resolution, as in "Adopts the following declaration:"),
a title, and paragraphs: numbered ones ("1. We reaffirm …", numbered in the annex's own
sequence, from 1), unnumbered ones ("We, the Heads of State …") and headings ("A call
to action"), each with subparagraphs as anywhere else. Footnotes are numbered through
the resolution and then its annexes, in order of first citation, like any document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from draftapp.model.draft import Draft, Paragraph


@dataclass
class Annex:
    label: str = "Annex"
    title: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    unnumbered: set[str] = field(default_factory=set)  # ids of top-level paragraphs printed without a number

    def numbered(self, paragraph: Paragraph) -> bool:
        return not paragraph.heading and paragraph.id not in self.unnumbered

    def walk(self) -> Iterator[Paragraph]:
        for p in self.paragraphs:
            yield from p.walk()


def annexes(draft: Draft) -> list[Annex]:
    """The draft's annexes (a draft made before annexes existed has none)."""
    return getattr(draft, "annexes", None) or []


def all_paragraphs(draft: Draft) -> Iterator[Paragraph]:
    """Every paragraph of the resolution, then of its annexes, in document order: the
    order footnotes are numbered in."""
    yield from draft.paragraphs()
    for annex in annexes(draft):
        yield from annex.walk()


def annex_numbers(annex: Annex) -> dict[str, int]:
    """Paragraph id -> number in the annex's own sequence (numbered paragraphs only)."""
    out: dict[str, int] = {}
    for p in annex.paragraphs:
        if annex.numbered(p):
            out[p.id] = len(out) + 1
    return out

