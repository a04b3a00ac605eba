"""From a PDF's text objects to the text copy the PDF-text importer reads, using what a
copy loses (facts of UN documents, measured on the issued PDFs in shared/reference/pdf
and un-format.md):

- lines are runs on one baseline; a run set smaller and raised above its line's baseline
  is a superscript: in the body a footnote citation, written as the explicit "[^n]";
- the running head and footer sit in the top and bottom margins of pages after the
  first (symbol, job number, page number, running title): dropped by position; page 1's
  footer (job number and date) goes with the masthead, the barcode font is skipped;
- footnotes are set smaller than the body, below the body's last line on the page, each
  opening with its raised number: collected apart and written after the body as
  "[^n]: text" ("*" notes as "* text");
- a paragraph starts where a line is indented past the page's text margin (first-line
  indent) or stands further below the line above than the line pitch (space before);
- italics are the italic fonts' runs, kept in reading order for io/pdf/italics.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from draftapp.io.pdf.arabic import balance_brackets, brackets_mirrored, has_arabic, right_to_left
from draftapp.io.pdf.extract import Page, Span
from draftapp.io.pdftext.layout import organ_line_language

#: Bands of the page where running heads and footers sit (points from the edge).
HEAD_BAND = 62.0
FOOT_BAND = 58.0
#: A run this much smaller than its line's text, raised above its baseline, is a superscript.
SUPERSCRIPT_RATIO = 0.8
#: The note sizes: smaller than the body by at least this ratio.
NOTE_RATIO = 0.93


@dataclass
class Line:
    baseline: float
    spans: list[Span] = field(default_factory=list)
    supers: list[Span] = field(default_factory=list)

    _size: float | None = None

    @property
    def size(self) -> float:
        """The size most of the line's text is set in (computed once the line is whole)."""
        if self._size is None or self._count != len(self.spans):
            sizes = Counter()
            for s in self.spans:
                sizes[round(s.size, 1)] += len(s.text)
            self._size = sizes.most_common(1)[0][0] if sizes else 0.0
            self._count = len(self.spans)
        return self._size

    _count: int = 0

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.spans + self.supers)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.spans + self.supers)


@dataclass
class Copy:
    """The text copy and what goes back onto the draft afterwards."""

    text: str
    italics: list[str]  # the body's italic runs, in reading order
    note_italics: dict[str, list[str]]  # footnote mark -> its italic runs
    rtl: bool = False
    dropped: list[str] = field(default_factory=list)  # lines no paragraph or note took


def _is_rtl(pages: list[Page]) -> bool:
    return right_to_left("".join(s.text for p in pages[:2] for s in p.spans))


def body_size(pages: list[Page]) -> float:
    """The size most of the text is set in, the masthead above the organ line left out
    (an Arabic masthead's Latin lines and agenda item are set at the notes' size, and
    may outweigh the body of a short draft)."""
    sizes = Counter()
    for number, page in enumerate(pages):
        organ = None
        if number == 0:
            organ = max((s.baseline for s in page.spans if organ_line_language(s.text.strip())), default=None)
        for s in page.spans:
            if organ is None or s.baseline <= organ + 0.5:
                sizes[round(s.size, 1)] += len(s.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def lines_of(page: Page, body: float) -> list[Line]:
    """The page's lines from top to bottom, superscripts attached to their line."""
    normal, small = [], []
    for s in page.spans:
        (normal if s.size >= body * SUPERSCRIPT_RATIO * 0.9 or not _raised_candidate(s) else small).append(s)
    lines: list[Line] = []
    for s in sorted(normal, key=lambda s: -s.baseline):
        for line in lines[-3:]:
            if abs(line.baseline - s.baseline) <= max(1.2, s.size * 0.25):
                line.spans.append(s)
                break
        else:
            lines.append(Line(s.baseline, [s]))
    for s in small:
        # a raised small run: the line whose baseline is just below it
        best = None
        for line in lines:
            rise = s.baseline - line.baseline
            if -0.5 <= rise <= line.size * 0.7 and line.x0 - 30 <= s.x0 <= line.x1 + 30:
                if best is None or rise < s.baseline - best.baseline:
                    best = line
        if best is not None and s.size < best.size * SUPERSCRIPT_RATIO:
            best.supers.append(s)
            continue
        same = next((line for line in lines if abs(line.baseline - s.baseline) <= max(1.2, s.size * 0.25)), None)
        if same is not None:
            same.spans.append(s)  # small text on a line of its own size ("18-16895" in a footer)
        else:
            lines.append(Line(s.baseline, [s]))
    lines.sort(key=lambda line: -line.baseline)
    return lines


def _raised_candidate(s: Span) -> bool:
    return len(s.text.strip()) <= 4


def line_text(line: Line, rtl: bool, marks: bool = True) -> str:
    """The line's text with spaces where the runs stand apart and "[^n]" for superscripts."""
    return line_pieces(line, rtl, marks)[0]


def line_pieces(line: Line, rtl: bool, marks: bool = True) -> tuple[str, list[str]]:
    """The line's text, and its italic runs (neighbouring italic runs joined)."""
    items = [(s, False) for s in line.spans] + [(s, True) for s in line.supers]
    items.sort(key=lambda item: (-item[0].x0 if rtl else item[0].x0))
    gaps = None
    if rtl:
        items, gaps = _ltr_runs_left_to_right(items)
    out = ""
    last = None
    ranges: list[list[int]] = []
    for index, (span, sup) in enumerate(items):
        text = span.text
        if sup:
            mark = text.strip().replace("\u2217", "*")
            text = (f"[^{mark}]" if marks and mark.isdigit() else mark) + (" " if span.text.endswith(" ") else "")
        if last is not None:
            gap = gaps[index] if gaps is not None else span.x0 - last.x1
            if gap > 3 * span.size:
                out = out.rstrip() + "   "
            elif (gap > span.size * 0.22 and not out.endswith((" ", "(", "\u2018", "\u201c", "[")) and not text.startswith(" ")
                  and not _wide(out[-1:]) and not _wide(text[:1])
                  and not sup and not text.startswith((".", ",", ";", ":", ")", "\u2019", "\u201d", "]", "\u060c", "\u061b", "\u061f"))):
                out += " "
        if sup and marks:
            out = out.rstrip()  # "Court 1": the citation sits on the word
        if out.endswith(" ") and text.startswith(" "):
            text = text[1:]  # each run brings its space ("1 ", " - ")
        start = len(out)
        out += text
        if span.italic and not sup and text.strip():
            if ranges and ranges[-1][1] >= len(out[:start].rstrip()):
                ranges[-1][1] = len(out)
            else:
                ranges.append([start, len(out)])
        last = span
    text = re.sub(r"[ \t]+$", "", out)
    if rtl:  # a run's space read on the wrong side of a number ("1985 ،"): Arabic marks take none before
        text = re.sub(r"(?<=\S) +(?=[\u060c\u061b\u061f])", "", text)
    pieces = [unicodedata.normalize("NFC", out[a:b].strip()) for a, b in ranges if out[a:b].strip()]
    if ranges and not out[: ranges[0][0]].strip():
        pieces[:1] = ["\u2028" + pieces[0]]  # italic from the line's start: may go on from the line above
    if ranges and not out[ranges[-1][1]:].strip():
        pieces[-1:] = [pieces[-1] + "\u2029"]  # italic to the line's end: may go on below
    return unicodedata.normalize("NFC", text), pieces


def _ltr_runs_left_to_right(items: list) -> list:
    """In a right-to-left line, neighbouring runs of left-to-right text read left to right
    ("A" set large, then "/80/L.5"; a page number "2", "/", "3"), as the bidi algorithm
    lays them out: letters and digits together, a neutral run between two letter runs or
    a single separator ("/", ".", ",", ":", "-") between two of them with them, any other
    neutral right to left."""
    def kind(item) -> str:
        span, sup = item
        if sup or has_arabic(span.text):
            return "R"
        if any(ch.isalpha() for ch in span.text):
            return "L"
        return "E" if any(ch.isdigit() for ch in span.text) else "N"

    kinds = [kind(item) for item in items]
    for i in range(1, len(items) - 1):
        if kinds[i] == "N" and kinds[i - 1] in "LE" and kinds[i + 1] in "LE":
            core = items[i][0].text.strip()
            if kinds[i - 1] == kinds[i + 1] == "L" or (len(core) == 1 and core in "/.,:-"):
                kinds[i] = "J"  # joins the run around it
    # the space before each run is the one beside it on the page: before a left-to-right
    # group, the space to the right of its rightmost run
    right_gap = [None] + [items[i - 1][0].x0 - items[i][0].x1 for i in range(1, len(items))]
    out, gaps, group = [], [], []
    for i, (item, k) in enumerate(zip(items + [None], kinds + ["R"])):
        if k in "LEJ":
            group.append(i)
            continue
        if group:
            out.extend(items[g] for g in reversed(group))
            gaps.append(right_gap[group[0]])
            gaps.extend(items[g - 1][0].x0 - items[g][0].x1 for g in reversed(group[1:]))
        group = []
        if item is not None:
            out.append(item)
            gaps.append(right_gap[i])
    return out, gaps


def join_italics(pieces: list[str]) -> list[str]:
    """Italic runs in reading order, a run cut by a line end joined again ("31 July" /
    "2013" is one title, its space italic too)."""
    out: list[str] = []
    for piece in pieces:
        if not piece:
            out.append("")  # a paragraph break
            continue
        starts = piece.startswith("\u2028")
        clean = piece.strip("\u2028\u2029")
        if starts and out and out[-1].endswith("\u2029"):
            left = out[-1][:-1]
            # as the lines are joined: no space after a hyphen, nor in a range "2009–" / "31"
            glue = "" if left.endswith("-") and not left.endswith(" -") or left.endswith("\u2013") and clean[:1].isdigit() else " "
            out[-1] = left + glue + clean + ("\u2029" if piece.endswith("\u2029") else "")
        else:
            out.append(clean + ("\u2029" if piece.endswith("\u2029") else ""))
    return [p.strip("\u2028\u2029") for p in out if p.strip("\u2028\u2029")]


def build_copy(pages: list[Page]) -> Copy:
    body = body_size(pages)
    rtl = _is_rtl(pages)
    head: list[str] = []
    out: list[str] = []
    notes: list[tuple[str, list[str]]] = []
    italics: list[str] = []
    note_italics: dict[str, list[str]] = {}
    organ_seen = False
    dropped: list[str] = []
    for number, page in enumerate(pages):
        lines = lines_of(page, body)
        top, bottom = page.height - HEAD_BAND, FOOT_BAND
        content = []
        for line in lines:
            if line.baseline < bottom and _furniture(line_text(line, rtl, marks=False)):
                if number == 0:
                    head.append(re.sub(r"\b(\d{2}) ?- ?(\d{5})\b", r"\1-\2", line_text(line, rtl, marks=False)))
                continue
            if line.baseline > top and number > 0:
                continue
            content.append(line)
        body_lines = [line for line in content if line.size >= body * NOTE_RATIO]
        lowest = min((line.baseline for line in body_lines), default=page.height)
        margin = _margin(body_lines, rtl)
        pitches = Counter(round(a.baseline - b.baseline) for a, b in zip(body_lines, body_lines[1:]) if 0 < a.baseline - b.baseline < body * 3)
        pitch = pitches.most_common(1)[0][0] if pitches else body * 1.2
        previous: Line | None = None
        for line in content:
            text = line_text(line, rtl)
            if line.size < body * NOTE_RATIO and line.baseline < lowest:
                if not _note_line(line, text, rtl, notes, note_italics):
                    dropped.append(line_text(line, rtl, marks=False))
                continue
            if previous is not None and _starts_block(line, previous, margin, rtl, pitch):
                out.append("")
                italics.append("")  # an italic run never goes on into the next paragraph
            elif previous is None and number > 0 and _indented(line, margin, rtl):
                out.append("")  # a paragraph starting at the top of a page
                italics.append("")
            if out and out[-1].endswith(("\u2013", "/")) and text[:1].isdigit() and not _starts_block(line, previous, margin, rtl, pitch):
                out[-1] += text  # "2015–" / "2020": a range cut at its dash
            else:
                out.append(text)
            if organ_seen:
                italics.extend(line_pieces(line, rtl)[1])
            elif organ_line_language(text.strip()):
                organ_seen = True  # the masthead's italics (the bracket line) are not the body's
            previous = line
    if head and out:
        out[1:1] = [""] + head + [""]  # page 1's footer: the job number, with the masthead
    italics = join_italics(italics)
    note_italics = {mark: join_italics(pieces) for mark, pieces in note_italics.items()}
    quotes = _rtl_quotes() if rtl else ("", "")
    mirror = rtl and brackets_mirrored(out + [""] + [" ".join(p.strip() for p in parts) for _, parts in notes])
    if rtl:
        out = balance_brackets(out, quotes, mirror)
    tail: list[str] = []
    for mark, parts in notes:
        joined = " ".join(p.strip() for p in parts).strip()
        if rtl:
            joined = balance_brackets([joined], quotes, mirror)[0]
        tail.append(f"[^{mark}]: {joined}" if mark.isdigit() else f"{mark} {joined}")
    stars = [t for t in tail if not t.startswith("[^")]
    numbered = [t for t in tail if t.startswith("[^")]
    text = "\n".join(out) + "\n\n" + "\n\n".join(stars) + ("\n\n" if stars else "") + "\n".join(numbered) + "\n"
    return Copy(text, italics, note_italics, rtl, dropped)


def _rtl_quotes() -> tuple[str, str]:
    """Arabic's quotation marks (the one right-to-left language of the UN)."""
    from draftapp.lang import get_language

    punct = get_language("ar").punct
    return punct.open_quote, punct.close_quote


def _wide(ch: str) -> bool:
    """A CJK character or full-width mark: its own advance holds its spacing."""
    return bool(ch) and ("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f")


def _furniture(text: str) -> bool:
    """Footer text (job number, page number, symbol, barcode), not a footnote line that
    reaches into the bottom margin."""
    from draftapp.io.pdftext.layout import _is_furniture

    def piece(part: str) -> bool:  # our own export's "[Job number] (E)" placeholders too
        return _is_furniture(part, "") or bool(re.fullmatch(r"\[[^\]]{2,40}\](?:\s*\([A-Z]\))?", part))

    text = re.sub(r"\b(\d{2}) ?- ?(\d{5})\b", r"\1-\2", text)  # "18 - 16895": a job number set in pieces
    parts = [p for p in re.split(r"\s{2,}", text.strip()) if p]
    return bool(parts) and all(piece(p) for p in parts)


def _margin(lines: list[Line], rtl: bool) -> float:
    """The text margin: the outermost edge that a quarter of the lines share (±1.5 pt; lines
    that continue a paragraph start there; a page of short paragraphs may hold as many
    first lines, indented, as continuation lines)."""
    edges = [round(line.x1 if rtl else line.x0, 1) for line in lines if len(line.spans) > 0]
    if not edges:
        return 0.0
    counts = Counter(edges)  # a page has few distinct edges
    shared = [e for e in counts if sum(n for other, n in counts.items() if abs(e - other) <= 1.5) * 4 >= len(edges)]
    if not shared:
        return Counter(round(e) for e in edges).most_common(1)[0][0]
    return max(shared) if rtl else min(shared)


def _indented(line: Line, margin: float, rtl: bool) -> bool:
    return (margin - line.x1 if rtl else line.x0 - margin) > 6


def _starts_block(line: Line, previous: Line, margin: float, rtl: bool, pitch: float) -> bool:
    """A new paragraph: space above it beyond the page's usual line pitch (a paragraph's
    space before, or a masthead line of its own), a change of size, or a first-line indent."""
    if previous.baseline - line.baseline > max(pitch * 1.25, max(line.size, previous.size) * 1.1):
        return True  # space before: a new paragraph (or a masthead line of its own)
    if abs(line.size - previous.size) > 1.5:
        return True
    return _indented(line, margin, rtl)


def _note_line(line: Line, text: str, rtl: bool, notes: list, note_italics: dict) -> bool:
    """Add a footnote line; False when it is no part of a footnote."""
    if re.fullmatch(r"_{3,}", text.strip()):
        return True  # the footnote rule
    first = min(line.supers, key=lambda s: -s.x0 if rtl else s.x0) if line.supers else None
    starts_with_mark = first is not None and (first.x0 <= min(s.x0 for s in line.spans) if not rtl else first.x1 >= max(s.x1 for s in line.spans))
    plain = line_text(line, rtl, marks=False)
    if starts_with_mark:
        mark = first.text.strip().replace("\u2217", "*")
        rest = plain.strip()[len(mark):].strip() if plain.strip().startswith(mark) else plain.strip()
        notes.append((mark, [rest]))
        note_italics.setdefault(mark, [])
    else:
        m = re.match(r"^\s*(\d{1,3}|\*{1,3})\s+(\S.*)$", plain)
        if m and (not notes or not notes[-1][1][-1].rstrip().endswith(("-",))):
            # the mark set at the note's own size
            notes.append((m.group(1), [m.group(2)]))
            note_italics.setdefault(m.group(1), [])
        elif notes:
            notes[-1][1].append(plain)
        else:
            return False  # small print under the body that is no footnote: not placed
    mark = notes[-1][0]
    note_italics[mark].extend(line_pieces(line, rtl, marks=False)[1])
    return True
