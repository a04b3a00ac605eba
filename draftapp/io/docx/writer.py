"""The official-format DOCX of a draft: `export_docx(draft, path, paper=...)`.

The order of the work: page and styles, then the masthead (page 1's head and its
footer), then the preambular and operative paragraphs with their footnotes, the
running heads of later pages, the document properties, and last the embedded draft
(which fingerprints the finished body). The file is written atomically.

Numbers come from the model as text (`model.labels` with the language's label scheme),
never from Word list numbering, so the document reopened in Word shows what the model
showed.
"""

from __future__ import annotations

import io
from pathlib import Path

from draftapp.io import native
from draftapp.io.docx import oxml
from draftapp.io.docx.annex import write_annexes
from draftapp.io.docx.embed import embed_draft
from draftapp.io.docx.inline import InlineWriter
from draftapp.io.docx.masthead import Fields, Masthead
from draftapp.io.docx.pages import RunningHeads, set_up_page
from draftapp.io.docx.style import ExportStyle
from draftapp.io.docx.template import new_document, set_properties, set_up_styles
from draftapp.io.docx.typeset import LEFT, Typesetter
from draftapp.io.errors import DraftIOError
from draftapp.model import footnote_repeats
from draftapp.model import KINDS, ORGANS, Draft, Paragraph, cross_references, labels, reference_text

class DocxWriter:
    def __init__(self, draft: Draft, paper: str = "letter", separator: str = "un"):
        # in the new-footnote style a footnote cited again prints as a new footnote; the
        # draft embedded is the one given
        self.source = draft
        self.draft = footnote_repeats.printed(draft)
        self.separator = separator
        self.style = ExportStyle.for_draft(draft.language, paper)
        self.warnings: list[str] = []
        self.document = new_document()
        self.typeset = Typesetter(self.style)
        self.labels = labels(draft, self.style.language.labels)

    # --- entry point ---------------------------------------------------------------
    def build(self):
        set_up_page(self.document, self.style)
        set_up_styles(self.document, self.style)
        self.inline = self._inline_writer()
        fields = Fields(self.draft, self.style, self.warnings)
        masthead = Masthead(self.document, self.draft, self.style, self.typeset, self.inline, fields)
        masthead.write()
        self._body()
        masthead.meeting_lines()
        write_annexes(self)  # io/docx/annex.py: after the meeting lines, each on a new page
        self._end_rule()
        masthead.first_footer(self.document.sections[0].first_page_footer)
        RunningHeads(self.document, self.style, self.typeset, fields.symbol, fields.job_number).write()
        set_properties(self.document, self.draft, self.style)
        self._report_footnotes()
        if self.separator == "line":
            oxml.plain_separator_line(self.document)
        oxml.prune_styles(self.document)
        embed_draft(self.document, self.source)
        return self.document

    def _inline_writer(self) -> InlineWriter:
        return InlineWriter(self.document, self.draft, self.typeset, Masthead.star_notes(self.draft))

    # --- paragraphs -----------------------------------------------------------------
    def _body(self) -> None:
        for p in self.draft.preamble:
            self._preambular(p)
        for p in self.draft.operative:
            self._operative(p, depth=0)

    def frame(self, preambular: bool, depth: int, heading: bool = False):
        """A new body paragraph with the layout of its kind, still empty: a preambular
        paragraph (depth 0), a heading, or an operative paragraph or subparagraph."""
        body = self.style.body
        if preambular and depth == 0:
            return self.typeset.paragraph(self.document, first_line=body.first_line_indent)
        if heading:
            return self.typeset.paragraph(self.document, first_line=0, align=LEFT, keep_with_next=True,
                                          before=body.line - body.after)
        para = self.typeset.paragraph(self.document, first_line=body.first_line_indent + depth * body.level_step)
        self.typeset.tab_stop(para, body.number_tab + depth * body.level_step)
        return para

    def label(self, para, label: str, tab: bool = True) -> None:
        """The derived number ("5.", "(a)") and the tab after it."""
        self.typeset.text(para, label)
        if tab:
            self.tab(para)

    def tab(self, para) -> None:
        run = para.add_run()
        run._r.append(oxml.element("w:tab"))
        if self.typeset.rtl:
            oxml.mark_rtl(run)

    def _preambular(self, p: Paragraph) -> None:
        para = self.frame(True, 0)
        self.inline.write(para, p.runs)
        for child in p.children:
            self._operative(child, depth=1)

    def _operative(self, p: Paragraph, depth: int) -> None:
        para = self.frame(False, depth, p.heading)
        if p.heading:
            self.inline.write(para, p.runs, bold=True)
            return
        label = self.labels.get(p.id, "")
        if label:
            self.label(para, label)
        self.inline.write(para, p.runs)
        for child in p.children:
            self._operative(child, depth + 1)

    def _end_rule(self) -> None:
        """The short rule that closes every issued document: a line (the top border of
        an empty paragraph), centred on the page."""
        rule, s = self.style.layout["end_rule"], self.style
        centre = s.paper.width / 2
        half = rule["width"] / 72 / 2
        para = self.typeset.paragraph(
            self.document, first_line=0, align=LEFT, before=rule["space_before"], after=0, line=1,
            left=centre - half - s.side_margin, right=s.paper.width - s.right_margin - centre - half,
        )
        oxml.paragraph_border(para, "top", rule["eighths"], 0)

    # --- the rest --------------------------------------------------------------------
    def _report_footnotes(self) -> None:
        numbers = self.inline.numbers
        for fid in self.inline.uncited_footnotes():
            self.warnings.append(f"footnote {numbers[fid]} is not cited in the text, so the document does not show it")
        if self.inline.missing:
            self.warnings.append(f"{len(self.inline.missing)} footnote citation(s) point to no footnote; shown as a superscript '?'")
        for note in self.draft.footnotes:
            if note.id in numbers and note.id not in self.inline.uncited_footnotes() and not note.text.strip():
                self.warnings.append(f"footnote {numbers[note.id]} is empty")
        lost = [ref for _pid, ref in cross_references(self.draft) if reference_text(self.draft, ref.target_id) == "?"]
        if lost:
            self.warnings.append(f"{len(lost)} cross-reference(s) point to a paragraph that no longer exists; shown as '?'")

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        self.document.save(buffer)
        native.atomic_write(path, buffer.getvalue())


def _unknown_codes(draft: Draft) -> str:
    """What a hand-edited draft may carry that no language pack has words for."""
    if draft.meta.organ not in ORGANS:
        return f"unknown organ {draft.meta.organ!r}: expected one of {', '.join(ORGANS)}"
    if draft.meta.kind not in KINDS:
        return f"unknown document kind {draft.meta.kind!r}: expected one of {', '.join(KINDS)}"
    return ""


def export_docx(draft: Draft, path, *, paper: str = "letter", separator: str = "un") -> list[str]:
    """Write `draft` as an official-format DOCX at `path` (US Letter, or "a4").
    `separator="line"` puts the renderer's own footnote rule in place of the UN's
    underscores, for a document LibreOffice will lay out (it draws no custom separator).
    Returns warnings for the user (missing masthead fields shown as placeholders,
    uncited footnotes). The draft is embedded, so `embed.read_embedded` gives it back."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise DraftIOError(path, "the export is a Word document: give the file name the .docx extension")
    try:
        writer = DocxWriter(draft, paper, separator)
    except ValueError as e:
        raise DraftIOError(path, str(e)) from None
    problem = _unknown_codes(draft)
    if problem:
        raise DraftIOError(path, problem)
    writer.build()
    writer.save(path)
    return writer.warnings
