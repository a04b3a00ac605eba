"""Page layout of text copied from a PDF or a web page: what is furniture, what is text.

The input is split at the organ line ("The General Assembly,") into the masthead lines
before it and the body after it. In the body, page furniture goes (running headers: the
symbol, the job number, "2/5" page numbers, the barcode), footnote bodies at page bottoms
(after the "_____" rule) and Markdown footnotes ("[^1]: …") are collected as notes, and
what remains is cut into blocks at blank lines; a block knows whether a page break (a
footnote zone or furniture) came before it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

from draftapp.io.text.reader import join_lines
from draftapp.io.pdftext.words import common
from draftapp.lang import LANGUAGES, get_language


@dataclass
class Block:
    lines: list[str]
    after_break: bool = False  # a page break (footnotes, running header) came just before


@dataclass
class Layout:
    head: list[str] = field(default_factory=list)  # masthead lines before the organ line ("" = blank)
    organ_line: str = ""
    blocks: list[Block] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)  # footnote number -> text
    star_notes: dict[str, str] = field(default_factory=dict)  # "*", "**" -> text
    note_style: str = "plain"  # how citations look: plain digits, "1/", "(1)", "[1]"
    dropped: list[str] = field(default_factory=list)  # body lines that were neither text nor a note


def fold(text: str) -> str:
    """A line in compare form: NFKC, straight apostrophes, no markup stars, casefolded."""
    s = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


_END_PUNCT = ",،:;"
_STAR_NOTE = re.compile(r"^\\?(?P<mark>[*\u2217]{1,3})\s+(?P<text>\S.*)$")


@lru_cache(maxsize=None)
def _organ_forms() -> tuple[dict[str, str], frozenset[str]]:
    """Organ lines without their final comma -> language code, and the organ names
    (a masthead line like "Генеральная Ассамблея" that is not the organ line)."""
    lines: dict[str, str] = {}
    names: set[str] = set()
    for code in LANGUAGES:
        lang = get_language(code)
        for organ in lang.data["organs"]:
            lines.setdefault(fold(lang.organ_line(organ)).rstrip(_END_PUNCT).strip(), code)
            names.add(fold(lang.organ_name(organ)))
    return lines, frozenset(names)


def organ_line_language(line: str) -> str | None:
    """The language whose organ line this is ("L'Assemblée générale," -> "fr"), or None."""
    lines, names = _organ_forms()
    folded = fold(line)
    bare = folded.rstrip(_END_PUNCT).strip()
    if bare not in lines:
        return None
    if folded == bare and bare in names:
        return None  # the organ's name in a masthead, not the organ line
    return lines[bare]


def find_organ_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if line.strip() and len(line) < 60 and organ_line_language(line):
            return i
    return None


def _is_furniture(line: str, symbol: str) -> bool:
    c = common()
    s = line.strip()
    parts = re.split(r"\s{3,}", s)
    if len(parts) > 1:  # "4/5        18-18142": a footer laid out on one line
        return all(_is_furniture(part, symbol) for part in parts)
    if symbol and s.rstrip("*").replace(" ", "") == symbol.rstrip("*").replace(" ", ""):
        return True
    if c.symbol.match(s) and "/RES/" not in s.upper() and len(s) < 40:
        return True
    if c.job_alone.match(s) or c.job_line.match(s) or c.job_date.match(s) or c.barcode.match(s):
        return True
    page = c.page_number.match(s)
    return bool(page) and 0 < int(page.group("page")) <= int(page.group("pages"))


def split_layout(lines: list[str], symbol: str = "") -> Layout:
    """Cut the lines at the organ line and clean the body; see the module docstring."""
    c = common()
    lines = [line for line in lines if not c.annotation.match(line.strip())]
    organ = find_organ_line(lines)
    layout = Layout()
    if organ is None:
        layout.blocks = [Block([line.strip()]) for line in lines if line.strip()]
        return layout
    layout.head = [line.strip() for line in lines[:organ]]
    layout.organ_line = lines[organ].strip()
    _read_body(lines[organ + 1:], layout, symbol)
    return layout


def _read_body(lines: list[str], layout: Layout, symbol: str) -> None:
    c = common()
    zone = None  # None, "page" (footnotes at a page bottom) or "markdown" (notes at the end)
    note_key: int | str | None = None
    blank = True
    broke = False
    current: list[str] = []
    cited_text: list[str] = []  # body lines read so far, where a note's number must stand

    def close_block() -> None:
        nonlocal current, broke
        if current:
            layout.blocks.append(Block(current, after_break=broke))
            broke = False
        current = []

    def add_note(mark: str, text: str) -> int | str:
        if mark.isdigit():
            layout.notes.setdefault(int(mark), text.strip())
            return int(mark)
        key = "*" * len(mark)
        layout.star_notes.setdefault(key, text.strip())
        return key

    def extend_note(key, text: str) -> None:
        if isinstance(key, int):
            layout.notes[key] = join_lines(layout.notes[key], text)
        else:
            layout.star_notes[key] = join_lines(layout.star_notes[key], text)

    for raw in lines:
        line = re.sub(r"\s+\|$", "", raw.strip())  # residue of a web page's table
        if not line:
            blank = True
            if zone is None:
                close_block()
            continue
        md = c.markdown_footnote.match(line)
        if md:
            close_block()
            n = int(md.group("n"))
            # "[^2013]: (S/INF/68)." is a footnote's wrapped line that a converter
            # mistook for a new note: a note number must follow the last one.
            if zone == "markdown" and isinstance(note_key, int) and n != note_key + 1:
                extend_note(note_key, f"{n} {md.group('text')}")
            else:
                note_key = add_note(str(n), md.group("text"))
            zone, blank = "markdown", False
            layout.note_style = "markdown"
            continue
        if c.footnote_rule.match(line):
            close_block()
            zone, note_key, blank, broke = "page", None, True, True
            continue
        if c.markdown_rule.match(line):
            close_block()
            broke = True
            continue
        if _is_furniture(line, symbol):
            close_block()
            zone, note_key, broke = None, None, True
            continue
        if zone == "markdown":
            if note_key is not None:
                extend_note(note_key, line)
            else:
                layout.dropped.append(line)
            continue
        if zone == "page":
            body = c.note_body.match(line)
            if body and (blank or note_key is None):
                mark = body.group("mark").replace("\u2217", "*")
                note_key = add_note(mark, body.group("text"))
            elif note_key is not None and not blank:
                extend_note(note_key, line)
            elif note_key is not None and re.match(r"^\(?\d{1,3}[.)]\s", line) is None:
                extend_note(note_key, line)
            else:
                zone = None  # body text resumed without a running header
            if zone == "page":
                blank = False
                continue
        star = _STAR_NOTE.match(line)
        if star and zone is None and not current:
            # "* Any changes to the list of sponsors …" at the foot of page 1 with its
            # rule lost: a paragraph never opens with a star and a space
            note_key = add_note(star.group("mark").replace("\u2217", "*"), star.group("text"))
            zone, blank, broke = "inline", False, True
            continue
        if blank and not current and _inline_note(line, layout, cited_text):
            # a re-flowed copy: the footnote body inline, with no rule above it
            body = c.note_body.match(line)
            note_key = add_note(body.group("mark"), body.group("text"))
            zone, blank, broke = "inline", False, True
            continue
        if zone == "inline":
            if not blank and note_key is not None:
                extend_note(note_key, line)
                continue
            zone, note_key = None, None
        old = c.old_note_body.match(line)
        if old and len(line) < 200 and (blank or not current or zone is None):
            # "1/ A/52/456." at the end of an older document
            note_key = add_note(old.group("mark"), old.group("text"))
            layout.note_style = "slash"
            zone, blank = "page", False
            continue
        current.append(line)
        cited_text.append(line)
        blank = False
    close_block()


def _inline_note(line: str, layout: Layout, cited_text: list[str]) -> bool:
    """"1 Including General Assembly resolution 60/180 …" opening a block of the body, in
    a copy without footnote rules: a footnote body when its number is the next note's
    and that number already stood in the text (the citation comes before the body)."""
    body = common().note_body.match(line)
    if body is None or not body.group("mark").isdigit() or re.match(r"^\d{1,3}\s*[-–.．]", line):
        return False  # "1 - تقرر", "1. Decides": an operative number
    n = int(body.group("mark"))
    if n != max(layout.notes, default=0) + 1 or body.group("text")[:1].islower():  # a note opens like a sentence (or in CJK)
        return False
    pattern = re.compile(rf"(?<![/.]){n}(?![\d/])")  # glued to a year too: "20242"
    return any(pattern.search(text) for text in cited_text[-40:])
