"""Annexes in PDF-copied text: where the resolution ends and an annexed text begins.

Two shapes occur in UN resolutions:
- the word "Annex" ("Annex I", "Annexe", "附件" … from resources/import) alone on its
  line after the operative part, then the annex's title, then its paragraphs (A/RES/80/5);
- a text adopted *in* the resolution: the last operative paragraph ends with a colon
  ("Adopts the following political declaration …:") and a title follows, then the
  declaration's own paragraphs, numbered from 1 again (A/RES/73/3).

An annex is read by the paragraph reader in annex mode: its paragraphs are numbered in
their own sequence, an unnumbered paragraph ("We, the Heads of State …") starts where
the one before ended with a full stop, and short unpunctuated lines are headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from draftapp.io.pdftext.layout import Block, fold
from draftapp.io.pdftext.structure import HEADING, OPERATIVE_LABEL, SUB_LABEL, BodyReader, Body, Para, closed
from draftapp.io.pdftext.words import words
from draftapp.lang import Language


@dataclass
class AnnexPart:
    label: str  # "Annex", "Annex I"; "" for a text adopted in the resolution
    title: str = ""
    body: Body = field(default_factory=lambda: Body([]))


def _text(block: Block) -> str:
    return " ".join(line.strip() for line in block.lines).strip()


def _title_like(block: Block) -> bool:
    text = _text(block)
    return (len(block.lines) <= 3 and 0 < len(text) <= 250 and not closed(text) and text[:1].isupper()
            and not OPERATIVE_LABEL.match(text) and not SUB_LABEL.match(text) and not HEADING.match(text))


def split_annexes(blocks: list[Block], lang: Language, title: str = "") -> tuple[list[Block], list[tuple[str, list[Block]]]]:
    """The resolution's blocks, and (label, blocks) for each annex: the blocks after its
    label line, or from its title on when it has none."""
    annex_re = words(lang.code).annex_re
    blocks = _cut_adopted_title(blocks, title)
    starts: list[tuple[int, int, str]] = []  # (first block of the annex, first of its content, label)
    for i, block in enumerate(blocks):
        if i > 0 and len(block.lines) == 1 and annex_re.match(_text(block)):
            starts.append((i, i + 1, _text(block)))
        elif (not starts and 0 < i < len(blocks) - 1 and _adopts_following(blocks[i - 1], block, blocks[i + 1])
              and _operative_paragraph(blocks[i - 1], lang)):
            starts.append((i, i, ""))
    if not starts:
        return blocks, []
    parts: list[tuple[str, list[Block]]] = []
    for k, (_, content, label) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(blocks)
        parts.append((label, blocks[content:end]))
    return blocks[: starts[0][0]], parts


def _cut_adopted_title(blocks: list[Block], title: str) -> list[Block]:
    """A copy without blank lines runs the adopted text's title into its first paragraph;
    when those first lines read the resolution's own title (a resolution adopting a
    declaration is named after it), they are cut off as a block of their own."""
    if not title:
        return blocks
    target = fold(title)
    for i in range(1, len(blocks)):
        before, block = blocks[i - 1], blocks[i]
        if not before.lines or not before.lines[-1].rstrip().endswith((":", "：")) or len(block.lines) < 2:
            continue
        text = ""
        for k, line in enumerate(block.lines[:4]):
            text = (text + " " + line.strip()).strip()
            if fold(text) == target and k + 1 < len(block.lines):
                head = Block(block.lines[: k + 1], block.after_break)
                return blocks[:i] + [head, Block(block.lines[k + 1:])] + blocks[i + 1:]
            if not target.startswith(fold(text)):
                break
    return blocks


def _operative_paragraph(block: Block, lang: Language) -> bool:
    """The block that adopts the text is an operative paragraph: numbered, or opening
    with an operative verb ("Adopts the following political declaration …:")."""
    from draftapp.io.pdftext.openings import opening

    text = _text(block)
    return bool(OPERATIVE_LABEL.match(text)) or bool(opening(lang.code, text, "operative"))


def _adopts_following(before: Block, block: Block, after: Block) -> bool:
    """"… approved by the high-level meeting …:" / "Political declaration of …" / a
    paragraph that is not a subparagraph: the resolution adopts the text that follows."""
    last = before.lines[-1].rstrip() if before.lines else ""
    if not last.endswith((":", "：")) or not _title_like(block):
        return False
    nxt = _text(after)
    return not SUB_LABEL.match(nxt) and not nxt[:1].islower()


class AnnexReader(BodyReader):
    """The paragraph reader in annex mode (see the module docstring)."""

    def __init__(self, lang: Language):
        super().__init__(lang, "")
        self._operative_seen = True

    def _continues(self, last: Para, text: str, after_break: bool) -> bool:
        if last.kind == "heading":
            return False
        tail = last.tail.rstrip()
        if tail.endswith((".", "。", ".”", "?")) and (text[:1].isupper() or not text[:1].isalpha()):
            return False  # a new unnumbered paragraph
        return True

    def _is_heading_block(self, block: Block, following: Block | None) -> bool:
        if len(block.lines) > 2 or following is None or HEADING.match(block.lines[0].strip()):
            return False
        text = _text(block)
        if len(text) > 150 or closed(text) or not text[:1].isupper() or self._label(text):
            return False
        if self.paragraphs and self.paragraphs[-1].kind != "heading" and not closed(self.paragraphs[-1].tail):
            return False
        nxt = _text(following)
        return bool(nxt) and not nxt[:1].islower()


def read_annex(label: str, blocks: list[Block], lang: Language) -> AnnexPart:
    part = AnnexPart(label)
    rest = list(blocks)
    while rest and _title_like(rest[0]) and not part.title:
        part.title = _text(rest[0])
        rest = rest[1:]
    part.body = AnnexReader(lang).read(rest)
    part.title = re.sub(r"\s+", " ", part.title)
    return part
