"""The page: size, margins, and the running heads.

Page 1 has its own header (empty: the masthead is the page's head) and footer (the job
number). Running heads hold only left-to-right text (symbol, numbers), so they stay
left-to-right paragraphs in an Arabic document too: the same places as in the other
versions, and no doubt about how Word and LibreOffice read alignment in bidi paragraphs. Even pages carry the symbol top left, "n/N" bottom left and the job number
bottom right; odd pages are mirrored. n and N are PAGE and NUMPAGES fields, so Word and
LibreOffice fill them in at layout time.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Inches, Pt

from draftapp.io.docx import oxml
from draftapp.io.docx.style import ExportStyle
from draftapp.io.docx.typeset import LEFT, RIGHT, Typesetter


def set_up_page(document, style: ExportStyle) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Inches(style.paper.width)
    section.page_height = Inches(style.paper.height)
    section.left_margin = Inches(style.side_margin)
    section.right_margin = Inches(style.right_margin)
    section.top_margin = Inches(style.margins.top)
    section.bottom_margin = Inches(style.margins.bottom)
    section.header_distance = Inches(style.margins.header)
    section.footer_distance = Inches(style.margins.footer)
    section.gutter = Inches(0)
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True


class RunningHeads:
    def __init__(self, document, style: ExportStyle, typeset: Typesetter, symbol: str, job_number: str):
        self.section = document.sections[0]
        self.style, self.typeset = style, typeset
        self.symbol, self.job_number = symbol, job_number

    def write(self) -> None:
        self._header(self.section.even_page_header, LEFT)
        self._header(self.section.header, RIGHT)
        self._footer(self.section.even_page_footer, page_first=True)
        self._footer(self.section.footer, page_first=False)
        # Page 1's header stays empty and tiny, or it would push the masthead down.
        first = self.section.first_page_header.paragraphs[0]
        first.style = None
        fmt = first.paragraph_format
        fmt.space_after = fmt.space_before = Pt(0)
        fmt.line_spacing = Pt(1)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY

    def _reach_out(self, paragraph) -> None:
        """Running heads sit at the outer margin, wider than the text block."""
        paragraph.style = None  # Normal: the template's Header/Footer styles bring tab stops
        fmt = paragraph.paragraph_format
        fmt.left_indent = Inches(-self.style.outdent)
        fmt.right_indent = Inches(-self.style.right_outdent)
        fmt.first_line_indent = Inches(0)
        fmt.space_before = Pt(0)

    def _header(self, header, align) -> None:
        p = header.paragraphs[0]
        self._reach_out(p)
        p.paragraph_format.alignment = align
        p.paragraph_format.space_before = Pt(self.style.running.header_space_before)
        p.paragraph_format.space_after = Pt(self.style.running.header_space_after)
        self.typeset.text(p, self.symbol, size=self.style.running.header_size, bold=True, ltr=True)
        # the rule under the running head spans the outer margins, like the masthead's
        oxml.paragraph_border(p, "bottom", self.style.running.rule_eighths, self.style.running.rule_space)

    def _footer(self, footer, page_first: bool) -> None:
        """"n/N" then the job number on even pages; the job number then "n/N" on odd."""
        p = footer.paragraphs[0]
        self._reach_out(p)
        # lifted off the footer distance, which page 1's taller footer (the barcode) sets
        p.paragraph_format.space_after = Pt(self.style.running.footer_space_after)
        p.paragraph_format.alignment = LEFT
        width = self.style.paper.width - 2 * self.style.outer
        self.typeset.tab_stop(p, width - self.style.outdent, "right")
        pieces = [self._page_of, self._job] if page_first else [self._job, self._page_of]
        pieces[0](p)
        tab = p.add_run()
        tab._r.append(oxml.element("w:tab"))
        pieces[1](p)

    def _job(self, p) -> None:
        run = self.typeset.text(p, self.job_number, size=self.style.running.job_number_size, ltr=True)
        # the small job number sits a little above the page number's baseline
        oxml.set_child(run._r.get_or_add_rPr(), "w:position", {"w:val": round(self.style.running.job_number_raise * 2)})

    def _page_of(self, p) -> None:
        size = self.style.running.page_number_size
        layout = self.style.words["page_of"]
        before, rest = layout.split("{page}", 1)
        middle, after = rest.split("{pages}", 1)

        def bold(run):
            self.typeset.format_run(run, size=size, bold=True, ltr=True)

        if before:
            bold(p.add_run(before))
        oxml.add_field(p, "PAGE", "2", bold)
        bold(p.add_run(middle))
        oxml.add_field(p, "NUMPAGES", "2", bold)
        if after:
            bold(p.add_run(after))
