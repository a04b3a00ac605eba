"""Word counts the way Word counts: space-separated words with a letter or digit, and
every Chinese character a word."""

from pathlib import Path

from draftapp.io.formats import read_draft
from draftapp.model import Draft, Footnote, Paragraph
from draftapp.model.wordcount import count_words, draft_words

ROOT = Path(__file__).resolve().parents[2]


def test_english_words():
    assert count_words("Recalling its resolution 59/50 of 2 December 2004,") == 8
    assert count_words("the Secretary-General and capacity-building – in eighty-second session") == 7
    assert count_words(" , ; — ") == 0


def test_chinese_characters_are_words():
    assert count_words("联合国同集体安全条约组织的合作") == 15
    assert count_words("第59/50号决议，") == 5  # 第 号 决 议 and 59/50


def test_a_draft_counts_title_paragraphs_subparagraphs_and_footnotes():
    draft = Draft(language="en")
    draft.meta.title = "Cooperation between two organizations"
    draft.preamble = [Paragraph.of("Recalling its resolution,")]
    draft.operative = [Paragraph.of("Decides:", Paragraph.of("to act now;"))]
    draft.footnotes = [Footnote.of("A/71/160.")]
    assert draft_words(draft) == 4 + 3 + 1 + 3 + 1


def test_the_csto_example():
    en = read_draft(ROOT / "examples" / "csto-en.md")
    words = sum(len(p.text.split()) for p in en.paragraphs())
    # every space-separated token of the English text holds a letter or a digit
    assert draft_words(en) == words + len(en.meta.title.split()) + sum(len(f.text.split()) for f in en.footnotes)
