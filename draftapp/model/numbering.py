"""Numbers derived from position: operative numbers, subparagraph labels, footnote
numbers and what a cross-reference shows. Nothing here is stored in the draft.

The words and shapes of labels differ by language ("(a)" in English, "a)" in French,
"(أ)" in Arabic); they come in as a `LabelScheme` built by `draftapp.lang` from
resources/lang, so this module stays free of I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftapp.model.annex import all_paragraphs
from draftapp.model.draft import OPERATIVE, CrossRef, Draft, FootnoteRef, Paragraph


def roman(n: int) -> str:
    """Lower-case roman numeral: 1 -> i, 4 -> iv, 14 -> xiv."""
    out = []
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_value(text: str) -> int | None:
    """What a lower-case roman numeral counts: "xiv" -> 14 (up to 399); None for anything else."""
    return _ROMAN_VALUES.get(text)


_ROMAN_VALUES = {roman(n): n for n in range(1, 400)}


def alpha_value(text: str) -> int | None:
    """What a lower-case letter label counts, as `alpha` writes them: "b" -> 2, "bb" -> 28;
    None for anything else ("ab")."""
    if text and text.isascii() and text.isalpha() and text.islower() and text == text[0] * len(text):
        return (len(text) - 1) * 26 + ord(text[0]) - ord("a") + 1
    return None


def alpha(n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz") -> str:
    """a … z, then aa, bb … as UN documents continue a long list."""
    size = len(alphabet)
    return alphabet[(n - 1) % size] * ((n - 1) // size + 1)


@dataclass(frozen=True)
class LevelStyle:
    """One subparagraph level: a counter ("lower-alpha", "lower-roman", "decimal" or a
    list of symbols) and a format with `{}` where the counter goes, e.g. "({})"."""

    counter: str | tuple[str, ...] = "lower-alpha"
    format: str = "({})"

    def label(self, n: int) -> str:
        if isinstance(self.counter, tuple):
            symbols = self.counter
            value = symbols[(n - 1) % len(symbols)] * ((n - 1) // len(symbols) + 1)
        elif self.counter == "lower-alpha":
            value = alpha(n)
        elif self.counter == "lower-roman":
            value = roman(n)
        elif self.counter == "decimal":
            value = str(n)
        else:
            raise ValueError(f"unknown counter {self.counter!r}")
        return self.format.format(value)


@dataclass(frozen=True)
class LabelScheme:
    operative: str = "{}."
    levels: tuple[LevelStyle, ...] = field(
        default_factory=lambda: (
            LevelStyle("lower-alpha", "({})"),
            LevelStyle("lower-roman", "({})"),
            LevelStyle("lower-alpha", "{}."),
            LevelStyle("lower-roman", "{}."),
        )
    )

    def level(self, depth: int) -> LevelStyle:
        """Style of subparagraph depth 1, 2, …; past the last level the last one repeats."""
        return self.levels[min(depth, len(self.levels)) - 1]


ENGLISH = LabelScheme()


def operative_number(draft: Draft, paragraph: Paragraph) -> int | None:
    """1-based number of a top-level operative paragraph; headings are not counted."""
    n = 0
    for p in draft.operative:
        if not p.heading:
            n += 1
        if p is paragraph or p.id == paragraph.id:
            return None if p.heading else n
    return None


def operative_numbers(draft: Draft) -> dict[str, int]:
    numbers: dict[str, int] = {}
    n = 0
    for p in draft.operative:
        if not p.heading:
            n += 1
            numbers[p.id] = n
    return numbers


def labels(draft: Draft, scheme: LabelScheme = ENGLISH) -> dict[str, str]:
    """The label of every numbered paragraph: "5." for operative paragraphs, "(a)",
    "(i)" … for subparagraphs (preambular subparagraphs included)."""
    out: dict[str, str] = {}

    def children(p: Paragraph, depth: int) -> None:
        style = scheme.level(depth)
        for i, child in enumerate(p.children, start=1):
            out[child.id] = style.label(i)
            children(child, depth + 1)

    for p in draft.preamble:
        children(p, 1)
    for pid, n in operative_numbers(draft).items():
        out[pid] = scheme.operative.format(n)
    for p in draft.operative:
        children(p, 1)
    return out


def reference_text(draft: Draft, target_id: str, scheme: LabelScheme = ENGLISH) -> str:
    """What a cross-reference to `target_id` shows: "5" for operative paragraph 5,
    "5 (a)" for its first subparagraph, "5 (a) (ii)" deeper; "?" for a lost target."""
    try:
        part, indices = draft.path(target_id)
    except KeyError:
        return "?"
    if part != OPERATIVE:
        return "?"
    top = draft.operative[indices[0]]
    number = operative_number(draft, top)
    pieces = [str(number) if number is not None else "?"]
    node = top
    for depth, i in enumerate(indices[1:], start=1):
        pieces.append(scheme.level(depth).label(i + 1))
        node = node.children[i]
    return " ".join(pieces)


def footnote_numbers(draft: Draft) -> dict[str, int]:
    """Footnote id -> number, in order of first citation through the text. A footnote
    cited again keeps its first number. Footnotes never cited are numbered after the
    cited ones, in the order they are kept, so that they still show somewhere."""
    numbers: dict[str, int] = {}
    for p in all_paragraphs(draft):  # through the annexes too
        for run in p.runs:
            if isinstance(run, FootnoteRef) and run.footnote_id not in numbers:
                numbers[run.footnote_id] = len(numbers) + 1
    for f in draft.footnotes:
        if f.id not in numbers:
            numbers[f.id] = len(numbers) + 1
    return numbers


def citations(draft: Draft) -> dict[str, list[str]]:
    """Footnote id -> ids of the paragraphs citing it, in document order (one entry per
    citation). The first entry is the first citation, which a document marks with the
    real footnote; later ones are repeated references to the same number."""
    out: dict[str, list[str]] = {f.id: [] for f in draft.footnotes}
    for p in all_paragraphs(draft):
        for run in p.runs:
            if isinstance(run, FootnoteRef):
                out.setdefault(run.footnote_id, []).append(p.id)
    return out


def cross_references(draft: Draft) -> list[tuple[str, CrossRef]]:
    """(paragraph id, reference) for every cross-reference in document order."""
    return [(p.id, r) for p in draft.paragraphs() for r in p.runs if isinstance(r, CrossRef)]
