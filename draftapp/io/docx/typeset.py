"""Paragraph and run formatting in the terms the layout speaks: sizes in points,
indents in inches, direction from the language. Right-to-left text needs its
complex-script twins (szCs, bCs, iCs) and `w:rtl`; this module sets them so the
writers never have to remember."""

from __future__ import annotations

import re

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt
from docx.text.run import Run

from draftapp.io.docx import oxml
from draftapp.io.docx.style import ExportStyle

JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
CENTER = WD_ALIGN_PARAGRAPH.CENTER

#: Characters XML 1.0 cannot hold (control characters from pasted PDF text, for one):
#: dropped, since lxml would refuse the whole document.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Text, tabs and line breaks, each its own piece: a run shows them as w:t, w:tab, w:br.
_PIECES = re.compile("\t|\n|[^\t\n]+")


def xml_safe(text: str) -> str:
    return _XML_INVALID.sub("", text)


class Typesetter:
    def __init__(self, style: ExportStyle):
        self.style = style
        self.rtl = style.language.rtl
        # Chinese sets bold in a heavier face (SimHei) instead of a faked bold SimSun
        self.bold_east_asia = getattr(style.fonts, "east_asia_bold", None)

    # --- runs -----------------------------------------------------------------------
    def text(self, paragraph, text: str, *, size: float | None = None, bold=False, italic=False,
             superscript=False, ltr=False, style: str | None = None) -> Run:
        """Append a run of text. `ltr` keeps a run left to right inside a right-to-left
        document (symbols, English masthead words). Built as XML directly: python-docx's
        run API is correct but slow on a long draft (style lookups by name, per-character
        text handling)."""
        r = OxmlElement("w:r")
        rpr = self._rpr(size, bold, italic, superscript, ltr, style)
        if rpr is not None:
            r.append(rpr)
        for piece in _PIECES.findall(xml_safe(text)):
            if piece == "\t":
                r.append(OxmlElement("w:tab"))
            elif piece == "\n":
                r.append(OxmlElement("w:br"))
            else:
                t = OxmlElement("w:t")
                t.text = piece
                if piece[:1].isspace() or piece[-1:].isspace():
                    t.set(qn("xml:space"), "preserve")
                r.append(t)
        paragraph._p.append(r)
        return Run(r, paragraph)

    def format_run(self, run, *, size=None, bold=False, italic=False, superscript=False, ltr=False, style=None):
        """Give an existing run (a field part, a footnote reference) these properties."""
        for old in run._r.findall(qn("w:rPr")):
            run._r.remove(old)
        rpr = self._rpr(size, bold, italic, superscript, ltr, style)
        if rpr is not None:
            run._r.insert(0, rpr)

    def _rpr(self, size, bold, italic, superscript, ltr, style):
        """Run properties in schema order; None when there are none. `style` is a
        character style id."""
        children = []
        if style is not None:
            children.append(oxml.element("w:rStyle", {"w:val": style}))
        if bold and self.bold_east_asia:
            fonts = self.style.fonts
            children.append(oxml.element("w:rFonts", {"w:ascii": fonts.ascii, "w:hAnsi": fonts.ascii,
                                                      "w:eastAsia": self.bold_east_asia, "w:cs": fonts.complex}))
        if bold:
            children += [oxml.element("w:b"), oxml.element("w:bCs")]
        if italic:
            children += [oxml.element("w:i"), oxml.element("w:iCs")]
        if size is not None:
            half_points = round(size * 2)
            children += [oxml.element("w:sz", {"w:val": half_points}), oxml.element("w:szCs", {"w:val": half_points})]
        if superscript:
            children.append(oxml.element("w:vertAlign", {"w:val": "superscript"}))
        if self.rtl and not ltr:
            children.append(oxml.element("w:rtl"))
        return oxml.element("w:rPr", children=children) if children else None

    # --- paragraphs ------------------------------------------------------------------
    def paragraph(self, container, *, align=None, first_line: float | None = None, left: float | None = None,
                  right: float | None = None, before: float | None = None, after: float | None = None,
                  line: float | None = None, keep_with_next=False, ltr=False):
        """A new paragraph in `container` (document, cell, header, footer) with the
        given indents (inches) and spacing (points); None leaves the style's value."""
        p = container.add_paragraph()
        if self.rtl and not ltr:
            oxml.mark_bidi(p)
        fmt = p.paragraph_format
        if align is not None:
            fmt.alignment = align
        if first_line is not None:
            fmt.first_line_indent = Inches(first_line)
        if left is not None:
            fmt.left_indent = Inches(left)
        if right is not None:
            fmt.right_indent = Inches(right)
        if before is not None:
            fmt.space_before = Pt(before)
        if after is not None:
            fmt.space_after = Pt(after)
        if line is not None:
            fmt.line_spacing = Pt(line)
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        if keep_with_next:
            fmt.keep_with_next = True
        return p

    @staticmethod
    def tab_stop(paragraph, inches: float, align: str = "left") -> None:
        alignment = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT}[align]
        paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(inches), alignment)

    @property
    def start(self):
        """The alignment of a line's start: left, or right in a right-to-left document.
        Word mirrors alignment in bidi paragraphs itself, so start is always LEFT there."""
        return LEFT

    @property
    def outer_end(self):
        """Alignment towards the page's outer edge for a left-to-right run of text (the
        symbol at top right; at top left in an Arabic document)."""
        return LEFT if self.rtl else RIGHT
