"""The search behind Find and Replace (no Qt): whole words by script, replacement keeps formatting."""

from draftapp.gui.search import find_hits, matches, replace_commands
from draftapp.model import Draft, Paragraph, Text


def test_whole_words_in_latin_chinese_and_arabic():
    assert matches("report reports Report", "report", whole_words=True) == [(0, 6), (15, 21)]
    assert matches("report reports Report", "report", match_case=True) == [(0, 6), (7, 13)]
    assert matches("联合国同集体安全条约组织的合作", "合作", whole_words=True) == [(13, 15)]
    assert matches("عن التعاون؛ والتعاون", "التعاون", whole_words=True) == [(3, 10)]


def test_replacing_inside_an_italic_run_keeps_it_italic():
    draft = Draft(operative=[Paragraph(runs=[Text("Decides", italic=True), Text(" to act")])])
    hits = find_hits(draft, "cide")
    texts, document = replace_commands(draft, hits, "CIDE")
    texts[0].apply(draft)
    assert draft.operative[0].runs == [Text("DeCIDEs", italic=True), Text(" to act")] and document == []
