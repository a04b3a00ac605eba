"""Property: any draft, laid out as the text a PDF copy gives (hard-wrapped lines, labels on
their own lines, running headers, footnotes at each page's bottom, footnote digits glued
to words), imports back with the same paragraphs, levels, words, citations and notes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftapp.io.pdftext import read_pdf_text
from draftapp.model import AgendaItem, Draft, Footnote, FootnoteRef, Metadata, Paragraph, Text, footnote_numbers
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


# --- the same in the other five languages ------------------------------------------------
LOCAL = {
    # language: (letters of its words, preambular openings, operative openings, ends)
    "fr": ("abcdeéèàç", ["Rappelant", "Notant"], ["Décide", "Prie"], (",", ";", ".")),
    "es": ("abcdeéñó", ["Recordando", "Observando"], ["Decide", "Solicita"], (",", ";", ".")),
    "ru": ("абвгдежз", ["ссылаясь на", "отмечая"], ["постановляет", "просит"], (",", ";", ".")),
    "zh": ("和国际会议决定发展合作", ["回顾", "注意到"], ["决定", "请"], ("，", "；", "。")),
    "ar": ("ابتثجحخد", ["إذ تشير إلى", "وإذ تلاحظ"], ["تقرر", "تطلب"], ("،", "؛", ".")),
}


@st.composite
def local_drafts(draw, language):
    from draftapp.lang.states import state_names

    letters, pre, op, (pre_end, op_end, final) = LOCAL[language]
    space = "" if language == "zh" else " "
    word = st.text(alphabet=letters, min_size=1, max_size=6)
    words = st.lists(word, min_size=2, max_size=6).map(space.join)
    notes = [Footnote(runs=[Text(draw(words) + final)]) for _ in range(draw(st.integers(0, 3)))]

    def para(opening, end, cite=None):
        runs = [Text(opening), Text(space + draw(words))]
        if cite is not None:
            runs += [FootnoteRef(cite.id), Text(space + draw(words))]
        return Paragraph(runs=runs + [Text(end)])

    draft = Draft(
        language=language,
        meta=Metadata(session=draw(st.integers(60, 90)), agenda=[AgendaItem(str(draw(st.integers(1, 180))), [draw(words)])],
                      symbol="A/80/L.5", title=draw(words)),
        sponsors=draw(st.lists(st.sampled_from(state_names(language)[:6]), unique=True, min_size=1, max_size=3)),
        preamble=[para(draw(st.sampled_from(pre)), pre_end, notes[i] if i < len(notes) else None)
                  for i in range(max(len(notes), draw(st.integers(1, 3))))],
        operative=[para(draw(st.sampled_from(op)), op_end) for _ in range(draw(st.integers(1, 3)))],
        footnotes=notes,
    )
    last = draft.operative[-1].runs[-1]
    last.text = final
    if draw(st.booleans()):
        draft.operative[0].runs[-1].text = ":" if language != "zh" else "："
        draft.operative[0].children = [para(draw(words), op_end) for _ in range(2)]
    return draft


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(LOCAL)).flatmap(local_drafts))
def test_pdf_copy_in_every_language_imports_with_the_same_structure(draft):
    text = pdf_like_text(draft)
    again = read_pdf_text(text)
    assert again.language == draft.language
    assert plain_structure(again) == plain_structure(draft), text
