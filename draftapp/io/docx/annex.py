"""Annexes in the official-format DOCX.

As issued (A/RES/80/5, A/RES/73/195): the annex starts on a page of its own after the
resolution's closing meeting lines; the line "Annex" ("Annex I"), then the annex's
title, both bold and set like the operative part's headings; then its paragraphs in the
operative layout, numbered in the annex's own sequence (unnumbered paragraphs indented
like preambular ones), headings bold. Footnotes are numbered on through the annexes
(the inline writer numbers them over the whole draft).
"""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from draftapp.io.docx.typeset import LEFT
from draftapp.model import Paragraph
from draftapp.model.annex import Annex, annex_numbers


def write_annexes(writer) -> None:
    """Write every annex of `writer.draft` (a DocxWriter) into its document."""
    for annex in writer.draft.annexes:
        _annex(writer, annex)


def _annex(writer, annex: Annex) -> None:
    body = writer.style.body
    first = True
    for line in (annex.label, annex.title):
        if not line:
            continue
        para = writer.typeset.paragraph(writer.document, first_line=0, align=LEFT, keep_with_next=True,
                                        before=0 if first else body.line - body.after)
        if first:
            para.add_run().add_break(WD_BREAK.PAGE)
            first = False
        writer.typeset.text(para, line, bold=True)
    if first:  # neither label nor title: the page break alone
        writer.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    numbers = annex_numbers(annex)
    for p in annex.paragraphs:
        if p.heading:
            para = writer.typeset.paragraph(writer.document, first_line=0, align=LEFT, keep_with_next=True,
                                            before=body.line - body.after)
            writer.inline.write(para, p.runs, bold=True)
        elif p.id in numbers:
            _numbered(writer, p, f"{numbers[p.id]}.", 0)
        else:
            para = writer.typeset.paragraph(writer.document, first_line=body.first_line_indent)
            writer.inline.write(para, p.runs)
            _children(writer, p, 1)


def _numbered(writer, p: Paragraph, label: str, depth: int) -> None:
    from draftapp.io.docx import oxml

    body = writer.style.body
    para = writer.typeset.paragraph(writer.document, first_line=body.first_line_indent + depth * body.level_step)
    writer.typeset.tab_stop(para, body.number_tab + depth * body.level_step)
    writer.typeset.text(para, label)
    tab = para.add_run()
    tab._r.append(oxml.element("w:tab"))
    if writer.typeset.rtl:
        oxml.mark_rtl(tab)
    writer.inline.write(para, p.runs)
    _children(writer, p, depth + 1)


def _children(writer, p: Paragraph, depth: int) -> None:
    scheme = writer.style.language.labels
    for n, child in enumerate(p.children, start=1):
        _numbered(writer, child, scheme.level(depth).label(n), depth)
