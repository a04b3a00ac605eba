"""The page count of the official layout, estimated without LibreOffice: every paragraph
of the export (session block, sponsors line, title, organ line, paragraphs, footnotes)
is broken into lines with Qt's text layout in the export's fonts, sizes, widths and
indents (resources/export via ExportStyle), and the lines are poured into pages whose
limits were measured on LibreOffice's render (resources/gui/page_count.json). A
footnote goes on the page of the line that cites it; a line whose footnote would not fit
goes to the next page. Lines of unchanged paragraphs are cached, so after an edit only
the edited paragraph is laid out again. Accuracy against LibreOffice: docs/editor.md."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QFont, QTextLayout, QTextOption

from draftapp.model import OBJECT_CHAR, Draft, FootnoteRef
from draftapp.model.numbering import footnote_numbers, reference_text
from draftapp.paths import RESOURCES

#: Text is laid out SCALE times larger than its point size (fonts take whole pixel sizes).
SCALE = 20
POINTS_PER_INCH = 72


@lru_cache(maxsize=1)
def _facts() -> dict:
    return json.loads((RESOURCES / "gui" / "page_count.json").read_text(encoding="utf-8"))


@dataclass
class Block:
    """One paragraph of the export as lines: their height, the space around it, and the
    footnotes each line cites (ids)."""
    lines: int
    line_height: float
    before: float = 0.0
    after: float = 0.0
    notes_by_line: dict | None = None


class OutOfTime(Exception):
    """pages_within: the time was up before every paragraph was measured."""


class PageEstimator:
    #: set by pages_within: measuring a new paragraph after it raises OutOfTime
    _deadline: float | None = None

    def pages_within(self, draft: Draft, seconds: float) -> int | None:
        """pages(), or None when it would take longer than `seconds`: the paragraphs
        measured so far are kept, so that calls on later event-loop turns finish it
        (the first count of a long draft was 0.15-0.25 s at once)."""
        self._deadline = time.perf_counter() + seconds
        try:
            return self.pages(draft)
        except OutOfTime:
            return None
        finally:
            self._deadline = None

    def __init__(self, language: str, paper: str = "letter"):
        from draftapp.io.docx.style import ExportStyle

        self.style = ExportStyle.for_draft(language, paper)
        self.language = self.style.language
        facts = _facts()
        families = facts["families"].get(language, facts["families"]["default"])
        self.body = self.style.body
        self.notes = self.style.footnotes
        self.width = self.style.layout["body_width"] * POINTS_PER_INCH
        self.page_height = self.style.paper.height * POINTS_PER_INCH
        self.top = facts["body_top"]
        self.bottom = self.page_height - facts["body_bottom_from_page_end"]
        self.first_top = facts["first_page_top"]
        self.separator = facts["footnote_separator"]
        self._families = families
        self._fonts: dict = {}
        self._cache: dict = {}

    # --- lines ---------------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> QFont:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(self._families)
            font.setPixelSize(round(size * SCALE))
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(True)
            self._fonts[key] = font
        return font

    def _lines(self, text: str, size: float, first_indent: float, bold: bool = False,
               positions: tuple = (), width: float | None = None) -> tuple[int, list[int]]:
        """Number of lines of `text`, and the line of each position in `positions`."""
        width = self.width if width is None else width
        key = (text, size, first_indent, bold, positions, width)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if self._deadline is not None and time.perf_counter() > self._deadline:
            raise OutOfTime
        layout = QTextLayout(text or " ", self._font(size, bold))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        count = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            indent = first_indent if count == 0 else 0.0
            line.setLineWidth(max(1.0, (width - indent) * SCALE))
            count += 1
        layout.endLayout()
        lines_of = [layout.lineForTextPosition(p).lineNumber() if layout.lineForTextPosition(p).isValid() else count - 1
                    for p in positions]
        result = (max(1, count), lines_of)
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _text_block(self, text: str, *, size: float, line: float, before: float = 0, after: float = 0,
                    first_indent: float = 0, bold: bool = False, width: float | None = None) -> Block:
        n, _ = self._lines(text, size, first_indent, bold, width=width)
        return Block(n, line, before, after)

    # --- the document as blocks ------------------------------------------------------------
    def _head(self, draft: Draft) -> list[Block]:
        meta, lang, m = draft.meta, self.language, self.style.masthead
        body, inch = self.body, POINTS_PER_INCH
        session_width = self.width + self.style.outdent * inch
        lines: list[tuple[str, bool]] = []
        try:
            if meta.session is not None:
                lines.append((lang.session_name(meta.session), True))
        except ValueError:
            lines.append(("[session]", True))
        if lang.committee_name(meta.organ):
            lines.append((lang.committee_name(meta.organ), False))
        if meta.agenda:
            lines.append((lang.agenda_line([item.number for item in meta.agenda]), False))
            if meta.adoption is None:
                lines += [(title, True) for item in meta.agenda for title in item.titles]
        blocks = [self._text_block(text, size=m.session_size, line=body.line, bold=bold, width=session_width)
                  for text, bold in lines]
        if blocks:
            blocks[0].before = m.session_space_before
            blocks[-1].after = m.space_after_session_block
        adoption = meta.adoption
        if adoption is not None:
            if adoption.adopted_line:
                for text in adoption.adopted_line.split("\n"):
                    blocks.append(self._text_block(text, size=m.adopted_size, line=m.adopted_size * 1.15, bold=True,
                                                   width=self.width - m.adopted_right_indent * inch))
                blocks[-1].after = m.space_after_title
            if adoption.reference_line:
                blocks.append(self._text_block(adoption.reference_line, size=body.size, line=body.line))
        else:
            names = lang.join(draft.sponsors) if draft.sponsors else "[sponsors]"
            label = lang.kind_label(meta.kind)
            if self.style.kind_label_on_own_line:
                blocks.append(self._text_block(names + lang.punct.label_colon, size=body.size, line=body.line))
                blocks.append(self._text_block(label, size=body.size, line=body.line))
            else:
                blocks.append(self._text_block(f"{names}{lang.punct.label_colon} {label}", size=body.size, line=body.line))
        if meta.title:
            blocks.append(self._text_block(meta.title, size=m.title_size, line=m.title_size * 1.15, bold=True,
                                           before=m.space_before_title, after=m.space_after_title))
        organ_line = meta.organ_line or lang.organ_line(meta.organ)
        blocks.append(self._text_block(organ_line, size=body.size, line=body.line, after=body.after,
                                       first_indent=body.first_line_indent * inch))
        return blocks

    def _paragraph_blocks(self, draft: Draft) -> list[Block]:
        body, inch = self.body, POINTS_PER_INCH
        numbers = footnote_numbers(draft)
        out: list[Block] = []

        def text_of(p) -> tuple[str, list[tuple[int, str]]]:
            parts, cited, at = [], [], 0
            for run in p.runs:
                if isinstance(run, FootnoteRef):
                    mark = str(numbers.get(run.footnote_id, "?"))
                    cited.append((at, run.footnote_id))
                elif getattr(run, "target_id", None) is not None:
                    try:
                        mark = reference_text(draft, run.target_id, self.language.labels)
                    except Exception:  # a reference to a deleted paragraph
                        mark = "?"
                else:
                    mark = run.text.replace(OBJECT_CHAR, "")
                parts.append(mark)
                at += len(mark)
            return "".join(parts), cited

        def add(p, first_indent: float, bold: bool = False, before: float = 0) -> None:
            text, cited = text_of(p)  # the number or letter stands before the tab, outside this width
            n, lines_of = self._lines(text, body.size, first_indent, bold, tuple(pos for pos, _ in cited))
            notes: dict[int, list[str]] = {}
            for (_, fid), line in zip(cited, lines_of):
                notes.setdefault(line, []).append(fid)
            out.append(Block(n, body.line, before, body.after if not bold else 0, notes))

        def operative(p, depth: int) -> None:
            if p.heading:
                add(p, 0, bold=True, before=body.line - body.after)
                return
            text_at = (body.number_tab + depth * body.level_step) * inch
            add(p, text_at)
            for child in p.children:
                operative(child, depth + 1)

        for p in draft.preamble:
            add(p, body.first_line_indent * inch)
            for child in p.children:
                operative(child, 1)
        for p in draft.operative:
            operative(p, 0)
        return out

    def _note_heights(self, draft: Draft) -> dict[str, float]:
        notes, heights = self.notes, {}
        hang = notes.hang * POINTS_PER_INCH
        for f in draft.footnotes:
            n, _ = self._lines(f.text, notes.size, 0, width=self.width - hang)
            heights[f.id] = n * notes.line + notes.after
        return heights

    # --- pages ------------------------------------------------------------------------------
    def pages(self, draft: Draft) -> int:
        blocks = self._head(draft) + self._paragraph_blocks(draft)
        if draft.meta.adoption is not None and draft.meta.adoption.meeting_line:
            for i, text in enumerate(draft.meta.adoption.meeting_line.split("\n")):
                blocks.append(self._text_block(text, size=self.body.size, line=self.body.line,
                                               before=self.style.masthead.meeting_space_before if i == 0 else 0))
        blocks.append(Block(1, self.body.line, self.style.layout["end_rule"]["space_before"], 0))
        note_height = self._note_heights(draft)
        placed: set[str] = set()
        page, y, notes_here = 1, self.first_top, 0.0

        def room() -> float:
            return self.bottom - y - (notes_here + self.separator if notes_here else 0)

        for block in blocks:
            if y > self.top:  # space before is dropped at the top of a page
                y += block.before
            for line in range(block.lines):
                extra = 0.0
                for fid in (block.notes_by_line or {}).get(line, []):
                    if fid not in placed:
                        extra += note_height.get(fid, 0.0)
                needed = block.line_height + extra + (self.separator if extra and not notes_here else 0)
                if needed > room() and y > self.top:
                    page, y, notes_here = page + 1, self.top, 0.0
                y += block.line_height
                notes_here += extra
                for fid in (block.notes_by_line or {}).get(line, []):
                    placed.add(fid)
            y += block.after
        return page
