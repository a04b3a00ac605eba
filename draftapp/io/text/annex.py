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

from draftapp.model import Draft, Footnote, Paragraph
from draftapp.model.annex import Annex, annex_numbers

ANNEX_LINE = re.compile(r"^#(?:\s+(?P<label>.*?))?\s*$")
_BODY = re.compile(r"^\s*<sup>\s*(\d+)\s*</sup>")
_RULE = re.compile(r"^\s*(-{3,}|_{3,}|\*{3,})\s*$")
_NUMBER = re.compile(r"^\s*(\d{1,3})(\.|\s-)\s+(?=\S)")
_SUB = re.compile(r"^\s*(?:\((?P<paren>[a-z]{1,3}|[ivxlc]{1,6}|[\u0621-\u064a]{1,2})\)|(?P<rparen>[a-z]{1,3}|[ivxlc]{1,6})\))\s+(?=\S)")
_ROMAN = re.compile(r"^[ivxlc]+$")


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
                or _NUMBER.match(line) or _SUB.match(line))


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
        stack: list[tuple[str, Paragraph]] = []  # (label style, paragraph) from the top level down
        for block in rest:
            text = " ".join(line.strip() for line in block.split("\n"))
            if text.startswith("### ") and not annex.title and not annex.paragraphs:
                annex.title = _unescape(text[4:].strip())
                continue
            if text.startswith("#### "):
                p = Paragraph(heading=True, runs=parse_inline(text[5:].strip(), footnote_of))
                annex.paragraphs.append(p)
                stack = []
                continue
            number = _NUMBER.match(text)
            sub = _SUB.match(text)
            if number:
                p = Paragraph(runs=parse_inline(text[number.end():], footnote_of))
                annex.paragraphs.append(p)
                stack = [("top", p)]
            elif sub and stack:
                style = _style(sub, stack)
                depth = next((k for k, (s, _) in enumerate(stack) if s == style), len(stack))
                p = Paragraph(runs=parse_inline(text[sub.end():], footnote_of))
                stack[depth - 1][1].children.append(p)
                stack = stack[:depth] + [(style, p)]
            else:
                if text.startswith("\\"):
                    text = text[1:]
                p = Paragraph(runs=parse_inline(text, footnote_of))
                annex.paragraphs.append(p)
                annex.unnumbered.add(p.id)
                stack = [("top", p)]
        draft.annexes.append(annex)


def _style(sub: re.Match, stack) -> str:
    """A subparagraph label's style, as the dialect reader decides it: "(i)" after "(h)"
    (and "(v)" after "(u)", "(x)" after "(w)") is the next letter; a lone "(c)" with no
    roman numeral before it is a letter; otherwise roman numerals are roman."""
    value = sub.group("paren") or sub.group("rparen")
    form = "paren" if sub.group("paren") else "rparen"
    styles = [s for s, _ in stack]
    if _ROMAN.match(value):
        alpha_key = f"{form}-alpha"
        if alpha_key in styles and len(value) == 1:
            parent = stack[styles.index(alpha_key) - 1][1]
            if ord(value) == ord("a") + len(parent.children):
                return alpha_key
        if value == "i" or len(value) > 1 or f"{form}-roman" in styles:
            return f"{form}-roman"
    return f"{form}-alpha"


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
                out.append(f"#### {inline(p.runs)}")
                continue
            text = inline(p.runs)
            out.append(f"{numbers[p.id]}. {text}" if p.id in numbers else "\\" + text)
            out += _children(p, 1, inline, labels_of)
    return out


def _children(p: Paragraph, depth: int, inline, labels_of) -> list[str]:
    out = []
    for n, child in enumerate(p.children, start=1):
        out.append(f"{labels_of(depth, n)} {inline(child.runs)}")
        out += _children(child, depth + 1, inline, labels_of)
    return out


def _escape_title(text: str) -> str:
    return re.sub(r"([\\*\[\]<>#_`|])", r"\\\1", text)


def footnote_map(draft: Draft, numbers: list[int]) -> dict[int, Footnote]:
    """Footnote number as written in the text -> footnote, by the order the dialect
    reader builds them in (ascending numbers)."""
    return dict(zip(sorted(numbers), draft.footnotes))
