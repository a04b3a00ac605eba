"""The draft itself: plain dataclasses, no I/O, no Qt.

Numbers (operative numbers, subparagraph labels, footnote numbers, the numbers a
cross-reference shows) are never stored here: they are derived from position by
`draftapp.model.numbering`. The one exception is `Paragraph.typed_label`, the label an
imported text *typed*, kept only so that the checks can tell the user when the typed
numbering skipped or repeated; it is never shown or exported.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator, Literal, Union

if TYPE_CHECKING:
    from draftapp.model.annex import Annex

#: The character that stands for one inline object (footnote or cross-reference) in
#: `Paragraph.flat_text()`; the same convention as QTextDocument's object character,
#: so model offsets and editor offsets agree.
OBJECT_CHAR = "\ufffc"

PREAMBLE = "preamble"
OPERATIVE = "operative"
Part = Literal["preamble", "operative"]
PARTS: tuple[str, ...] = (PREAMBLE, OPERATIVE)


def new_id(prefix: str = "p") -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


@dataclass
class Text:
    """A run of text with its character formatting."""

    text: str
    italic: bool = False
    bold: bool = False

    def same_format(self, other: "Run") -> bool:
        return isinstance(other, Text) and (self.italic, self.bold) == (other.italic, other.bold)


@dataclass
class FootnoteRef:
    """A citation of a footnote; its number is derived from the order of first citation."""

    footnote_id: str


@dataclass
class CrossRef:
    """A live reference to another paragraph; it shows that paragraph's current number."""

    target_id: str


Run = Union[Text, FootnoteRef, CrossRef]


@dataclass
class Paragraph:
    """A preambular or operative paragraph, or a subparagraph at any depth.

    `heading` marks an unnumbered section heading inside the operative part
    ("I", "A. Strengthening …"); headings take no number and have no children.
    """

    runs: list[Run] = field(default_factory=list)
    children: list["Paragraph"] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    heading: bool = False
    typed_label: str | None = None

    @classmethod
    def of(cls, text: str = "", *children: "Paragraph", **kw) -> "Paragraph":
        return cls(runs=[Text(text)] if text else [], children=list(children), **kw)

    @property
    def text(self) -> str:
        """The paragraph's words, without footnote markers or reference numbers."""
        return "".join(r.text for r in self.runs if isinstance(r, Text))

    def flat_text(self) -> str:
        """Text with one OBJECT_CHAR per inline object: the offsets edits and checks use."""
        return "".join(r.text if isinstance(r, Text) else OBJECT_CHAR for r in self.runs)

    def walk(self) -> Iterator["Paragraph"]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Footnote:
    runs: list[Run] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("f"))

    @classmethod
    def of(cls, text: str, **kw) -> "Footnote":
        return cls(runs=[Text(text)], **kw)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if isinstance(r, Text))


@dataclass
class AgendaItem:
    """An agenda item as the masthead shows it: its number ("126(v)") and title lines."""

    number: str = ""
    titles: list[str] = field(default_factory=list)


@dataclass
class Adoption:
    """What an adopted resolution carries and a draft does not."""

    adopted_line: str = ""  # "Resolution adopted by the General Assembly on 11 November 2025"
    reference_line: str = ""  # "[without reference to a Main Committee (A/80/L.9)]"
    number: str = ""  # "80/6"
    meeting_line: str = ""  # "40th plenary meeting\n11 November 2025"


#: Organ codes; their words live in resources/lang.
ORGANS = ("ga", "ga-c1", "ga-c2", "ga-c3", "ga-c4", "ga-c5", "ga-c6", "sc", "ecosoc", "hrc")
#: Document kinds; their labels ("draft resolution", "决议草案") live in resources/lang.
KINDS = ("draft-resolution", "draft-decision", "revised-draft-resolution", "amendment", "resolution")


@dataclass
class Metadata:
    organ: str = "ga"
    session: int | None = None
    agenda: list[AgendaItem] = field(default_factory=list)
    provisional_agenda: str = ""  # symbol of the provisional agenda, when the item is "of the provisional agenda*"
    symbol: str = ""
    distribution: str = "Limited"
    date: str = ""  # ISO date, yyyy-mm-dd
    original_language: str = ""
    job_number: str = ""
    job_date: str = ""  # ISO date the job was processed: the page-1 footer's date (may differ from `date`)
    kind: str = "draft-resolution"
    amends: str = ""  # an amendment's target: the symbol of the draft it amends ("A/80/L.12")
    title: str = ""
    organ_line: str = ""  # as written, e.g. "大会，" or "*The General Assembly*,"
    sponsors_note: bool = False  # the "*" note on the sponsors line
    adoption: Adoption | None = None
    based_on: str = ""  # the resolution this draft was carried over from ("80/6"), for review flags
    footnote_repeats: str = "new"  # a repeated source: "new" footnote with the same text, or the "same" number cited again (model/footnote_repeats.py)


@dataclass(eq=False)
class Draft:
    """A draft resolution. Two drafts are equal when they have the same content in
    the same order; ids are private and do not count (see `canonical`)."""

    language: str = "en"
    meta: Metadata = field(default_factory=Metadata)
    sponsors: list[str] = field(default_factory=list)
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    # What the draft is measured against and its named snapshots (model/versions.py);
    # not content: equality ignores them.
    base: "Base | None" = None  # noqa: F821
    versions: list = field(default_factory=list)  # list[Version]
    negotiation: "Negotiation | None" = None  # noqa: F821 - proposals, statuses, comments (model/negotiation.py); not content
    annexes: list["Annex"] = field(default_factory=list)  # model/annex.py
    unplaced: list[str] = field(default_factory=list)  # text an import could not place, shown to the user

    def part(self, name: str) -> list[Paragraph]:
        if name == PREAMBLE:
            return self.preamble
        if name == OPERATIVE:
            return self.operative
        raise ValueError(f"unknown part {name!r}")

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph and subparagraph, in document order."""
        for top in itertools.chain(self.preamble, self.operative):
            yield from top.walk()

    def find(self, paragraph_id: str) -> Paragraph:
        for p in self.paragraphs():
            if p.id == paragraph_id:
                return p
        raise KeyError(paragraph_id)

    def locate(self, paragraph_id: str) -> tuple[str, list[Paragraph], int, Paragraph | None]:
        """(part, the list holding the paragraph, its index there, its parent or None)."""

        def search(siblings, parent, part):
            for i, p in enumerate(siblings):
                if p.id == paragraph_id:
                    return part, siblings, i, parent
                found = search(p.children, p, part)
                if found:
                    return found
            return None

        for part in PARTS:
            found = search(self.part(part), None, part)
            if found:
                return found
        raise KeyError(paragraph_id)

    def path(self, paragraph_id: str) -> tuple[str, tuple[int, ...]]:
        """(part, indices from the top): the paragraph's position, e.g. ("operative", (4, 0))."""

        def search(siblings, prefix):
            for i, p in enumerate(siblings):
                if p.id == paragraph_id:
                    return prefix + (i,)
                found = search(p.children, prefix + (i,))
                if found:
                    return found
            return None

        for part in PARTS:
            found = search(self.part(part), ())
            if found:
                return part, found
        raise KeyError(paragraph_id)

    def at_path(self, part: str, indices: tuple[int, ...]) -> Paragraph:
        siblings = self.part(part)
        node = None
        for i in indices:
            node = siblings[i]
            siblings = node.children
        if node is None:
            raise IndexError("empty path")
        return node

    def footnote(self, footnote_id: str) -> Footnote:
        for f in self.footnotes:
            if f.id == footnote_id:
                return f
        raise KeyError(footnote_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Draft):
            return NotImplemented
        from draftapp.model.canonical import canonical

        return canonical(self) == canonical(other)

    __hash__ = None  # type: ignore[assignment]
