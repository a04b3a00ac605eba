"""No text, however odd, makes a rule break (a broken rule shows as check.failed)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from draftapp.check import Engine, check_draft
from draftapp.lang import LANGUAGES
from draftapp.model import CrossRef, Draft, EditText, Footnote, FootnoteRef, Metadata, Paragraph, Text

PIECES = list("aZ09 ,;:.()[]/-\u2026\u201c\u201d\u00ab\u00bb\ufffc\u3001\uff0c\uff1b\uff1a\u3002\u060c\u061b\u0648\u0625\u0630\n\u200f") + [
    "19", "20", "2010", "March", "mars", "марта", "年", "月", "日", "第", "号", "A/", "RES", "L", "paragraph",
    "above", "上文", "Recalling", "Decides", "\u0625\u0630 \u062a\u0634\u064a\u0631", "\u56de\u987e", "[\u2026",
]
ODD = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(code=st.sampled_from(LANGUAGES), texts=st.lists(ODD, min_size=3, max_size=3), note=ODD, italic=st.booleans())
def test_odd_texts_break_no_rule(code, texts, note, italic):
    footnote = Footnote.of(note)
    target = Paragraph.of("x")
    draft = Draft(
        language=code,
        meta=Metadata(organ="ga", session=80, title=texts[0][:20], symbol=texts[1][:12]),
        sponsors=[texts[2][:15], "Armenia"],
        preamble=[Paragraph(runs=[Text(texts[0], italic=italic), FootnoteRef(footnote.id)])],
        operative=[target, Paragraph(runs=[Text(texts[1]), CrossRef(target.id), Text(texts[2])], children=[Paragraph.of(texts[2])])],
        footnotes=[footnote],
    )
    assert [d.message for d in check_draft(draft) if d.rule == "check.failed"] == []
    engine = Engine(draft)
    EditText(target.id, [Text(texts[2] + texts[0])]).apply(draft)
    engine.paragraph_changed(target.id)
    assert [d.message for d in engine.diagnostics() if d.rule == "check.failed"] == []
    for d in engine.diagnostics():
        if d.fix is not None:
            command = d.fix.make(draft)
            command.apply(draft)
            command.revert(draft)
