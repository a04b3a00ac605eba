"""Every language checks with its own punctuation, labels and phrase bank."""

import pytest

from draftapp.check import check_draft
from draftapp.lang import LANGUAGES, get_language
from draftapp.lang.phrases import phrase_bank
from draftapp.model import Draft, EditText, Footnote, FootnoteRef, Metadata, Paragraph, Text

WORDS = {"en": " the report", "fr": " le rapport", "es": " el informe", "ru": " доклад", "ar": " التقرير", "zh": "报告"}


def _paragraph(code, opening, end, note=None):
    lang = get_language(code)
    runs = [Text(opening, italic=lang.italic_openings and not lang.cjk), Text(WORDS[code])]
    mark = Text(end)
    if note is None:
        runs.append(mark)
    elif lang.marker_after_punctuation:
        runs += [mark, FootnoteRef(note)]
    else:
        runs += [FootnoteRef(note), mark]
    return Paragraph(runs=runs)


def _draft(code):
    lang, bank = get_language(code), phrase_bank(code)
    p = lang.punct
    note = Footnote.of("A/80/1" + p.footnote_end)
    opening = lambda kind, i: bank.phrases(kind)[i]
    fix_case = (lambda s: s[:1].lower() + s[1:]) if lang.lowercase_openings else (lambda s: s)
    intro = _paragraph(code, fix_case(opening("operative", 0)), p.intro_end)
    intro.children = [Paragraph.of("a" + p.subparagraph_end), Paragraph.of("b" + p.subparagraph_end)]
    return Draft(
        language=code,
        meta=Metadata(organ="ga", session=80, title="T"),
        sponsors=[],
        preamble=[_paragraph(code, fix_case(opening("preambular", 0)), p.preamble_end, note.id)],
        operative=[intro, _paragraph(code, fix_case(opening("operative", 3)), p.final_end)],
        footnotes=[note],
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_right_draft_in_each_language_passes(code):
    assert [(d.rule, d.message) for d in check_draft(_draft(code)) if d.severity != "info"] == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_asks_for_its_own_marks(code):
    draft = _draft(code)
    p = get_language(code).punct
    last = draft.operative[-1]
    EditText(last.id, last.runs[:-1] + [Text(p.operative_end)]).apply(draft)
    [d] = [x for x in check_draft(draft) if x.rule == "punctuation.final-end"]
    assert f"\u201c{p.final_end}\u201d" in d.message
    d.fix.make(draft).apply(draft)
    assert draft.operative[-1].text.endswith(p.final_end)
    assert not [x for x in check_draft(draft) if x.severity == "error"]
