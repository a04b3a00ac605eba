"""The body of a PDF-copied text as paragraphs: preambular, operative, subparagraphs,
headings, and the closing meeting line of an adopted resolution.

A paragraph ends where the next one visibly starts (a label such as "1." or "(a)", or
in the preamble an opening phrase such as "Recalling"); text that follows a page break
goes on with the paragraph the break cut, even when it starts with a capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from draftapp.io.pdftext.layout import Block
from draftapp.io.pdftext.words import words
from draftapp.io.text.reader import join_lines
from draftapp.lang import Language
from draftapp.io.pdftext.openings import opening

OPERATIVE_LABEL = re.compile(r"^(?P<n>\d{1,3})(?:\s*[.．](?!\d)|\s+[-–](?=\s|$))\s*")
SUB_LABEL = re.compile(
    r"^(?:\((?P<paren>[a-z]{1,2}|[ivxlc]{1,6}|[\u0621-\u064a]{1,3})\)"
    r"|(?P<rparen>[a-z]|[ivxlc]{1,6})\)"
    r"|(?P<dot>[a-z]|[ivxlc]{1,6})\.(?=\s|$))\s*"
)
HEADING = re.compile(r"^(?P<label>[IVX]{1,5}|[A-H])\.?$")
HEADING_WITH_TITLE = re.compile(r"^(?P<label>[IVX]{1,5}|[A-H])\.\s+(?P<title>[A-Z].{0,150})$")
CLOSING = ",;.:，；。：،؛?!？！؟"
BULLET = re.compile(r"^[-–•]\s+(?=\S)")  # web copies that turned paragraph numbers into bullets


class Para:
    """A paragraph being read. Its text grows a line at a time, kept in pieces so that a
    huge paragraph costs linear time, not quadratic."""

    def __init__(self, kind: str, label: str, text: str):
        self.kind = kind  # "pre", "op", "sub", "heading"
        self.label = label
        self._pieces = [text]

    @property
    def text(self) -> str:
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0]

    @property
    def tail(self) -> str:
        """The end of the text: enough to tell whether the paragraph has ended."""
        return self._pieces[-1][-64:]

    def add(self, text: str) -> None:
        """Join the next line: join_lines decides the space between the two."""
        last = self._pieces[-1]
        joined = join_lines(last[-64:], text)
        kept = len(last[-64:].rstrip())
        self._pieces[-1] = last[: len(last) - 64 + kept] if len(last) > 64 else last.rstrip()
        self._pieces.append(joined[kept:])


@dataclass
class Body:
    paragraphs: list[Para]
    meeting_line: str = ""
    unplaced: list[str] = field(default_factory=list)  # text after the closing


def closed(text: str) -> bool:
    end = re.sub(r"[\s\d*”’\"»)\]]+$", "", text)
    return bool(end) and end[-1] in CLOSING


class BodyReader:
    def __init__(self, lang: Language, title: str = ""):
        self.lang = lang
        self.words = words(lang.code)
        self.title = title
        self.paragraphs: list[Para] = []
        self.meeting: list[str] = []
        self.unplaced: list[str] = []
        self.expected_op = 1
        self._operative_seen = False

    def read(self, blocks: list[Block]) -> Body:
        for index, block in enumerate(blocks):
            if self._is_running_title(block):
                continue
            closed_before = bool(self.meeting)
            block = self._without_closing(block, last=all(self._closing_line(" ".join(b.lines)) for b in blocks[index + 1:]))
            if self._is_meeting(block, blocks[index + 1] if index + 1 < len(blocks) else None):
                self.meeting.append(" ".join(block.lines))
                continue
            if closed_before and self.paragraphs:
                # the closing ended the text: what a copy has after it (the start of a
                # next part, a web page's text) is no paragraph of this resolution
                self.unplaced.append(" ".join(line.strip() for line in block.lines))
                continue
            if self._is_heading_block(block, blocks[index + 1] if index + 1 < len(blocks) else None):
                text = " ".join(line.strip() for line in block.lines)
                titled = HEADING_WITH_TITLE.match(text)
                self._append(Para("heading", titled.group("label") if titled else "", text))
                continue
            for first, segment in enumerate(self._segments(block.lines)):
                self._place(segment, after_break=block.after_break and first == 0, new_block=True)
        return Body(self.paragraphs, "\n".join(self.meeting), self.unplaced)

    # --- noise at block level ---------------------------------------------------------
    def _is_running_title(self, block: Block) -> bool:
        """Web copies keep the running title of odd pages between paragraphs."""
        text = " ".join(block.lines).strip()
        return bool(self.title) and len(block.lines) == 1 and len(text) > 3 and (
            text == self.title or (self.title.startswith(text) and len(text) > 15))

    def _is_heading_block(self, block: Block, following: Block | None) -> bool:
        """An unnumbered heading ("Peacebuilding financing", "I. Legislative activities"):
        a short line of its own that does not end like a clause, after a paragraph that
        ended, and followed by a numbered paragraph (UN documents head sections of the
        operative part only, and a section always opens with its first paragraph)."""
        if len(block.lines) > 2 or following is None or not self.paragraphs or HEADING.match(block.lines[0].strip()):
            return False
        text = " ".join(line.strip() for line in block.lines)
        if len(text) > 120 or closed(text) or not text[:1].isupper() or self._label(text):
            return False
        last = self.paragraphs[-1]
        if last.kind != "heading" and not closed(last.tail):
            return False
        if opening(self.lang.code, text, "preambular") and not self._in_operative():
            return False
        nxt = following.lines[0].strip()
        op = OPERATIVE_LABEL.match(nxt)
        return bool(op and int(op.group("n")) in (self.expected_op, 1)) or bool(HEADING.match(nxt) or HEADING_WITH_TITLE.match(nxt))

    def _is_meeting(self, block: Block, following: Block | None) -> bool:
        text = " ".join(block.lines)
        if len(text) > 80:
            return False
        if self.words.meeting_re.search(text) and self._closing_line(text):
            return True  # the meeting line (and its date), nothing else: not "adopted at its 28th plenary meeting;"
        # The date line that Chinese texts put above the meeting line.
        date_only = self.words.date_re.fullmatch(text.strip()) is not None
        if date_only and self.meeting and self.words.date_re.search(self.meeting[-1]) is None:
            return True  # "28th plenary meeting" / "29 October 2018" set as two blocks
        if date_only and following is None and self.paragraphs and closed(self.paragraphs[-1].tail):
            return True  # the date alone closing a web copy ("1998年6月4日")
        return date_only and following is not None and bool(self.words.meeting_re.search(" ".join(following.lines)))

    def _closing_line(self, text: str) -> bool:
        """A line of the closing: the meeting ("28th plenary meeting", "第37次全体会议",
        "الجلسة العامة 28") or the date alone."""
        text = text.strip()
        if len(text) > 80:
            return False
        rest = self.words.date_re.sub("", self.words.meeting_re.sub("", text, count=1), count=1)
        return rest != text and not re.sub(r"[\s,，.。]", "", rest)  # nothing else on the line

    def _without_closing(self, block: Block, last: bool) -> Block:
        """The block without the closing lines a copy ran into the last paragraph (no
        blank line before "28th plenary meeting" / "29 October 2018", or before the date
        alone that web copies keep): after a line that ended a clause, lines that are all
        meeting or date lines, with a meeting line among them or at the end of the body.
        They are the resolution's closing, metadata, never paragraph text."""
        lines = block.lines
        if all(self._closing_line(line) for line in lines):
            return block  # the closing alone: _is_meeting reads it, in its order
        for i in range(1, len(lines)):
            tail = lines[i:]
            if not closed(lines[i - 1]) or not all(self._closing_line(line) for line in tail):
                continue
            if last or any(self.words.meeting_re.search(line) for line in tail):  # each line is one (above)
                self.meeting.extend(line.strip() for line in tail)
                return Block(lines[:i], block.after_break)
        return block

    # --- labels -------------------------------------------------------------------
    def _label(self, line: str, expected: int | None = None) -> tuple[str, str, str] | None:
        """(kind, label, text after it) when the line starts a labelled paragraph: an
        operative number only when it is the next one (or 1)."""
        expected = self.expected_op if expected is None else expected
        op = OPERATIVE_LABEL.match(line)
        if op and (int(op.group("n")) == expected or int(op.group("n")) == 1):
            return "op", op.group(0).strip(), line[op.end():]
        sub = SUB_LABEL.match(line)
        if sub and (sub.end() == len(line) or line[sub.end() - 1].isspace() or not line[sub.end():sub.end() + 1].isascii()):
            return "sub", sub.group(0).strip(), line[sub.end():]
        return None

    def _segments(self, lines: list[str]) -> list[list[str]]:
        """A block's lines cut where a labelled paragraph starts: at the block's first line,
        or after a line that ended a clause."""
        segments: list[list[str]] = []
        expected = self.expected_op
        for line in lines:
            if not segments:
                cut = True
            elif len(segments[-1]) == 1 and HEADING_WITH_TITLE.match(segments[-1][0]) and not closed(segments[-1][0]):
                cut = bool(self._label(line, expected))  # "I. Legislative activities" / "1. Decides …"
            elif closed(segments[-1][-1]):
                cut = bool(self._label(line, expected) or HEADING.match(line) or BULLET.match(line)
                           or self._opens_clause(line))
            else:  # "1." alone on its line: the text follows on the next
                cut = self._label_only(segments[-1]) and bool(self._label(line, expected) or HEADING.match(line))
            if cut:
                segments.append([line])
                label = self._label(line, expected)
                if label and label[0] == "op":  # the next number may follow in this block
                    expected = int(re.match(r"\d+", label[1]).group(0)) + 1
            else:
                segments[-1].append(line)
        return segments

    def _opens_clause(self, line: str) -> bool:
        """A line that opens a preambular clause ("Rappelant …", "ссылаясь на …"): copies
        that lost the blank lines between paragraphs keep one paragraph a line."""
        if self._in_operative() or not opening(self.lang.code, line, "preambular"):
            return False
        first = line[:1]
        caseless = first.isalpha() and not first.isupper() and not first.islower()  # Arabic has no capitals
        return self.lang.lowercase_openings or self.lang.cjk or first.isupper() or caseless or not first.isalpha()

    def _label_only(self, segment: list[str]) -> bool:
        return len(segment) == 1 and self._label(segment[0]) is not None and not self._label(segment[0])[2].strip()

    # --- placing a segment -------------------------------------------------------------
    def _place(self, lines: list[str], after_break: bool, new_block: bool) -> None:
        text = ""
        for line in lines:
            text = join_lines(text, line)
        # "I" alone on its line heads a section anywhere; "A. Title" only among operative
        # paragraphs, where a preambular clause could not start that way.
        heading = HEADING.match(lines[0]) or (self._in_operative() and HEADING_WITH_TITLE.match(text))
        if heading and len(lines) <= 3 and not closed(text):
            label = heading.group("label")
            title = text[len(lines[0]):].strip() if HEADING.match(lines[0]) else heading.group("title")
            self._append(Para("heading", label, f"{label}. {title}" if title else label))
            return
        bullet = BULLET.match(text)
        if bullet:
            text = text[bullet.end():]
            kind = "op" if self._in_operative() or self._operative_opening(text) else "pre"
            self._append(Para(kind, "", text))
            return
        labelled = self._label(text)
        if labelled:
            kind, label, rest = labelled
            if kind == "op":
                self.expected_op = int(re.match(r"\d+", label).group(0)) + 1
            self._append(Para(kind, label, rest.strip()))
            return
        last = self.paragraphs[-1] if self.paragraphs else None
        if last is None or last.kind == "heading":
            # "The General Assembly / Adopts the … declaration": a one-paragraph resolution
            kind = "op" if self._in_operative() or last is None and self._operative_opening(text) else "pre"
            self._append(Para(kind, "", text))
            return
        if not new_block or self._continues(last, text, after_break):
            last.add(text)
        elif self._operative_opening(text):
            # the single, unnumbered operative paragraph of a short resolution
            self._append(Para("op", "", text))
        else:
            kind = "pre" if not self._in_operative() else "op"
            self._append(Para(kind, "", text))

    def _operative_opening(self, text: str) -> bool:
        operative = opening(self.lang.code, text, "operative")
        return bool(operative) and not opening(self.lang.code, text, "preambular") and (
            self.lang.lowercase_openings or not text[:1].islower())

    def _append(self, para: Para) -> None:
        self.paragraphs.append(para)
        self._operative_seen = self._operative_seen or para.kind == "op"

    def _in_operative(self) -> bool:
        return self._operative_seen

    def _continues(self, last: Para, text: str, after_break: bool) -> bool:
        """Whether an unlabelled block goes on with the paragraph before it."""
        if last.kind == "sub" and not self._in_operative() and closed(last.tail) and self._opens_clause(text):
            return False  # a preambular clause after the subparagraphs of the one before
        if last.kind != "pre":
            return True  # every operative paragraph and subparagraph is labelled
        phrase = opening(self.lang.code, text, "preambular")
        if self.lang.lowercase_openings or not text[:1].isalpha() or not text[:1].isupper() and not text[:1].islower():
            if phrase:
                return False
            return not closed(last.tail) or after_break
        if text[:1].islower():
            return True
        if phrase:
            return False
        return not closed(last.tail)


def read_body(blocks: list[Block], lang: Language, title: str = "") -> Body:
    return BodyReader(lang, title).read(blocks)
