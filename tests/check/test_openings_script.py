"""An opening in another script (the draft's language was changed) is named as such,
not given a meaningless "nearest phrase" of the draft's language."""

from draftapp.check import check_draft
from draftapp.model import Draft, Paragraph, Text


def _unknown(draft):
    return [d.message for d in check_draft(draft) if d.rule == "openings.unknown"]


def test_english_text_in_a_russian_draft():
    d = Draft(language="ru", preamble=[Paragraph(runs=[Text("Recalling", italic=True), Text(" its resolution 79/6,")])])
    assert _unknown(d) == ["“Recalling” is not written in Russian, the language of this draft."]


def test_chinese_text_in_an_arabic_draft():
    d = Draft(language="ar", operative=[Paragraph.of("决定继续审议这个问题。")])
    messages = _unknown(d)
    assert len(messages) == 1 and "not written in Arabic" in messages[0] and "nearest" not in messages[0]


def test_a_misspelt_opening_in_the_right_script_still_gets_the_nearest_phrase():
    d = Draft(language="en", preamble=[Paragraph(runs=[Text("Recallin", italic=True), Text(" its resolution,")])])
    assert any("nearest known phrase is “Recalling" in m for m in _unknown(d))
