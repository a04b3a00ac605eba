"""Punctuation inside the text: full width in Chinese, no space before marks."""

from draftapp.io.text import read_text

from .helpers import FR_HEAD, apply_fix, en, found, zh


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


def test_space_before_a_mark_is_removed():
    draft = en("*Recalling* its resolution , and the report ;\n\n1. *Decides* to act.\n")
    spots = found(draft, "punctuation.spacing")
    assert len(spots) == 2
    apply_fix(draft, spots[0])
    assert draft.preamble[0].text.startswith("Recalling its resolution, and")
    assert not found(en("*Recalling* its resolution, the report and so on...,\n\n1. *Decides* to act.\n"), "punctuation.spacing")


def test_french_spaces_before_colon_are_right():
    draft = read_text(FR_HEAD + "*Rappelant* sa résolution ; et le rapport :\n\n1. *Décide* de rester saisie de la question.\n")
    assert not found(draft, "punctuation.spacing")
    draft = read_text(FR_HEAD + "*Rappelant* sa résolution , et le rapport,\n\n1. *Décide* de rester saisie de la question.\n")
    assert found(draft, "punctuation.spacing")
