"""Annexes in the text dialect.

After the operative part, each annex is a section of its own:

    # Annex                      the line printed above the title ("# " alone: none)
    ### Doha Political Declaration …   its title
    \\We, the Heads of State …   an unnumbered paragraph (the backslash: not a label)
    1. We reaffirm …             numbered in the annex's own sequence
    (a) Taking effective …       subparagraphs, as in the operative part
    #### A call to action        a heading

Footnote bodies (`<sup>n</sup> …`) may stand anywhere; they are numbered with the
resolution's, through the annexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftapp.io.text.inline import FOOTNOTE_NUMBER
from draftapp.io.text.levels import NUMBERED, SUBPARAGRAPH, sublevel, written_indent
from draftapp.model import OPERATIVE, Draft, Footnote, Paragraph
from draftapp.model.annex import Annex, annex_numbers

ANNEX_LINE = re.compile(r"^#(?:\s+(?P<label>.*?))?\s*$")
_BODY = re.compile(rf"^\s*<sup>\s*({FOOTNOTE_NUMBER})\s*</sup>")
_RULE = re.compile(r"^\s*(-{3,}|_{3,}|\*{3,})\s*$")
_HEADING = re.compile(r"^####(?:\s+|$)")


@dataclass
class _Open:
    """An open level while an annex is read (what levels.sublevel needs, and where
    the next subparagraph goes)."""

    part: str
    label: str
    style: str
    paragraph: Paragraph
    indent: int = 0  # the label line's leading spaces


def split_annexes(source: str) -> tuple[str, list[list[str]]]:
    """The resolution's text (with every footnote body of the annexes moved to its end)
    and the blocks of each annex section."""
    lines = source.split("\n")
    starts = [i for i, line in enumerate(lines) if ANNEX_LINE.match(line) and not line.startswith("##")]
    if not starts:
        return source, []
    main = lines[: starts[0]]
    sections: list[list[str]] = []
    moved: list[str] = []
    bounds = starts + [len(lines)]
    for a, b in zip(bounds, bounds[1:]):
        blocks: list[str] = []
        for block in _blocks(lines[a:b]):
            if _BODY.match(block) or _RULE.match(block):
                moved.append(block)
            else:
                blocks.append(block)
        sections.append(blocks)
    return "\n".join(main + [""] + ["\n\n".join(moved)]) + "\n", sections


def _starts_block(line: str) -> bool:
    """A line that begins a block even with no blank line before it: the annex line, a
    title or heading, a numbered or lettered paragraph, an unnumbered one. Typed one a
    line in the Annexes pane (as its hint shows them), the lines after "# Annex" were
    read as part of that line and dropped."""
    stripped = line.lstrip()
    return bool((ANNEX_LINE.match(line) and not line.startswith("##")) or stripped.startswith(("### ", "#### ", "\\"))
                or NUMBERED.match(line) or SUBPARAGRAPH.match(line))


def _blocks(lines: list[str]) -> list[str]:
    out, current = [], []
    for line in lines:
        if line.strip() and current and _starts_block(line):
            out.append("\n".join(current))
            current = []
        if line.strip():
            current.append(line)
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def read_annexes(draft: Draft, sections: list[list[str]], footnote_of, parse_inline) -> None:
    """Add the annex sections to the draft. `footnote_of(n)` gives the id of footnote
    number n; `parse_inline(text, footnote_of)` the runs of a dialect text."""
    for blocks in sections:
        annex = Annex(label="", title="")
        head = ANNEX_LINE.match(blocks[0].split("\n")[0]) if blocks else None
        annex.label = (head.group("label") or "").strip() if head else ""
        rest = blocks[1:] if head else blocks
        stack: list[_Open] = []  # the open levels: the paragraph, then (a), (i) …
        for block in rest:
            text = " ".join(line.strip() for line in block.split("\n"))
            if text.startswith("### ") and not annex.title and not annex.paragraphs:
                annex.title = _unescape(text[4:].strip())
                continue
            heading = _HEADING.match(text)
            if heading:
                p = Paragraph(heading=True, runs=parse_inline(text[heading.end():].strip(), footnote_of))
                annex.paragraphs.append(p)
                stack = []
                continue
            indent = len(block) - len(block.lstrip())
            level = sublevel(text, stack, indent=indent)
            number = NUMBERED.match(text)
            if level:
                p = Paragraph(runs=parse_inline(text[level.end:], footnote_of))
                stack[level.depth - 1].paragraph.children.append(p)
                stack = stack[: level.depth] + [_Open(OPERATIVE, level.label, level.style, p, indent)]
            elif number:
                p = Paragraph(runs=parse_inline(text[number.end():], footnote_of))
                annex.paragraphs.append(p)
                stack = [_Open(OPERATIVE, number.group(0).strip(), "", p)]
            else:
                if text.startswith("\\"):
                    text = text[1:]
                p = Paragraph(runs=parse_inline(text, footnote_of))
                annex.paragraphs.append(p)
                annex.unnumbered.add(p.id)
                stack = [_Open("unnumbered", "", "", p)]
        draft.annexes.append(annex)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def write_annexes(draft: Draft, inline, labels_of) -> list[str]:
    """The annex sections as dialect blocks. `inline(runs)` writes runs; `labels_of(depth,
    n)` gives the label of the n-th subparagraph at a depth ("(a)", "(i)")."""
    out: list[str] = []
    for annex in draft.annexes:
        out.append(f"# {annex.label}".rstrip())
        if annex.title:
            out.append(f"### {_escape_title(annex.title)}")
        numbers = annex_numbers(annex)
        for p in annex.paragraphs:
            if p.heading:
                out.append(f"#### {inline(p.runs).strip()}".rstrip())  # "####" alone: no words yet
                continue
            text = inline(p.runs).strip()  # spaces around a paragraph have no form in the dialect
            out.append(f"{numbers[p.id]}. {text}".rstrip() if p.id in numbers else "\\" + text)
            out += _children(p, 1, inline, labels_of)
    return out


def _children(p: Paragraph, depth: int, inline, labels_of, parent_label: str = "") -> list[str]:
    out = []
    for n, child in enumerate(p.children, start=1):
        label = labels_of(depth, n)
        indent = written_indent(label, parent_label, len(p.children))
        out.append(f"{indent}{label} {inline(child.runs).strip()}".rstrip())
        out += _children(child, depth + 1, inline, labels_of, label)
    return out


def _escape_title(text: str) -> str:
    return re.sub(r"([\\*\[\]<>#_`|])", r"\\\1", text)


def footnote_map(draft: Draft, numbers: list[int]) -> dict[int, Footnote]:
    """Footnote number as written in the text -> footnote, by the order the dialect
    reader builds them in (ascending numbers)."""
    return dict(zip(sorted(numbers), draft.footnotes))
