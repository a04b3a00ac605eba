"""Punctuation inside the text: full width in Chinese."""

from draftapp.io.text import read_text

from .helpers import apply_fix, found, zh


def test_half_width_marks_in_chinese_are_made_full_width():
    draft = zh("回顾其决议,其中欢迎合作;并注意到报告:<sup>1</sup>，\n\n1. 决定继续处理此案。\n\n<sup>1</sup> A/80/1。\n")
    [d] = found(draft, "punctuation.full-width")
    assert "3 in this paragraph" in d.message
    apply_fix(draft, d)
    assert draft.preamble[0].text == "回顾其决议，其中欢迎合作；并注意到报告：，"
    assert not found(draft, "punctuation.full-width")


def test_chinese_with_full_width_marks_and_ascii_in_numbers_passes(csto_text):
    assert not found(read_text(csto_text), "punctuation.full-width")
    assert not found(zh("回顾第 1631(2005) 号决议和 A/71/160-S/2016/621，\n\n1. 决定继续处理此案。\n"), "punctuation.full-width")


def test_straight_quotes_in_chinese_become_paired_quotes():
    draft = zh('9. 决定将题为"联合国同集体安全条约组织的合作"的分项列入临时议程。\n')
    [d] = found(draft, "punctuation.full-width")
    apply_fix(draft, d)
    assert draft.operative[0].text == "决定将题为\u201c联合国同集体安全条约组织的合作\u201d的分项列入临时议程。"
    assert not found(draft, "punctuation.full-width")
