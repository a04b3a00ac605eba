"""Property: any draft, laid out as the text a PDF copy gives (hard-wrapped lines, labels on
their own lines, running headers, footnotes at each page's bottom, footnote digits glued
to words), imports back with the same paragraphs, levels, words, citations and notes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from draftapp.io.pdftext import read_pdf_text
from draftapp.model import Draft, FootnoteRef, Text, footnote_numbers
from pdf_like import pdf_like_text
from test_import_docx_roundtrip import drafts


def plain_structure(draft: Draft):
    """Everything a PDF copy can carry: no italics, citations by footnote number."""
    numbers = footnote_numbers(draft)

    def words(p):
        return "".join(r.text if isinstance(r, Text) else f"[{numbers[r.footnote_id]}]" if isinstance(r, FootnoteRef) else "#"
                       for r in p.runs)

    def walk(items, part, depth):
        for p in items:
            yield part, depth, p.heading, words(p)
            yield from walk(p.children, part, depth + 1)

    notes = sorted((numbers[f.id], f.text) for f in draft.footnotes if f.id in numbers)
    meta = draft.meta
    return (draft.sponsors, meta.symbol, meta.session, meta.title, [(a.number, a.titles) for a in meta.agenda],
            list(walk(draft.preamble, "preamble", 0)) + list(walk(draft.operative, "operative", 0)), notes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts(cross_references=False))
def test_pdf_copy_of_any_draft_imports_with_the_same_structure(draft):
    text = pdf_like_text(draft)
    assert plain_structure(read_pdf_text(text)) == plain_structure(draft), text
