"""Punctuation rules: paragraph ends, introductions, subparagraphs, the organ line."""

import pytest

from draftapp.model import SetMeta

from .helpers import CLEAN_EN, apply_fix, en, found, rules_of, zh


def test_clean_english_draft_has_no_punctuation_diagnostics():
    assert not [r for r in rules_of(en(CLEAN_EN)) if r.startswith("punctuation.")]


@pytest.mark.parametrize(
    "body, rule",
    [
        ("*Recalling* its resolution 79/6;\n\n1. *Decides* to act.\n", "punctuation.preamble-end"),
        ("*Recalling* its resolution 79/6\n\n1. *Decides* to act.\n", "punctuation.preamble-end"),
        ("*Recalling* it,\n\n1. *Decides* to act,\n\n2. *Requests* a report.\n", "punctuation.operative-end"),
        ("*Recalling* it,\n\n1. *Decides* to act;\n\n2. *Requests* a report;\n", "punctuation.final-end"),
        ("*Recalling* it,\n\n1. *Decides*;\n(a) To act;\n(b) To report;\n\n2. *Requests* a report.\n", "punctuation.intro-end"),
        ("*Recalling* it,\n\n1. *Decides*:\n(a) To act,\n(b) To report;\n\n2. *Requests* a report.\n", "punctuation.subparagraph-end"),
        ("*Recalling* it,\n\n1. *Decides*:\n(a) To act;\n(b) To report;\n", "punctuation.final-end"),
    ],
)
def test_each_wrong_end_is_reported_and_fixed(body, rule):
    draft = en(body)
    [diagnostic] = found(draft, rule)
    assert diagnostic.severity == "error"
    after = apply_fix(draft, diagnostic)
    assert not [d for d in after if d.rule.startswith("punctuation.")]


def test_right_ends_with_subparagraphs_pass():
    draft = en("*Recalling* it,\n\n1. *Decides*:\n(a) To act:\n(i) Now;\n(ii) Later;\n(b) To report;\n\n2. *Requests* a report.\n")
    assert not [r for r in rules_of(draft) if r.startswith("punctuation.")]


def test_added_mark_goes_before_the_footnote_marker_in_english():
    draft = en("*Noting* the report<sup>1</sup>\n\n1. *Decides* to act.\n\n<sup>1</sup> A/80/1.\n")
    [d] = found(draft, "punctuation.preamble-end")
    apply_fix(draft, d)
    assert draft.preamble[0].flat_text() == "Noting the report,\ufffc"


def test_chinese_uses_full_width_marks():
    draft = zh("回顾其各项决议,\n\n1. 决定继续处理此案;\n\n2. 请秘书长提交报告。\n")
    assert rules_of(draft) .count("punctuation.preamble-end") == 1
    [d] = found(draft, "punctuation.operative-end")
    assert "；" in d.message
    apply_fix(draft, d)
    assert draft.operative[0].text == "决定继续处理此案；"


def test_chinese_right_marks_pass():
    draft = zh("回顾其各项决议，\n\n1. 决定：\n(a) 继续；\n(b) 报告；\n\n2. 请秘书长提交报告。\n")
    assert not [r for r in rules_of(draft) if r.startswith("punctuation.")]


def test_empty_paragraph_being_written_is_not_reported():
    draft = en(CLEAN_EN)
    draft.operative[0].runs = []
    assert not found(draft, "punctuation.operative-end")


def test_organ_line_of_another_organ_is_reported_and_fixed():
    draft = en(CLEAN_EN)
    SetMeta(organ_line="*The General Assembly*;").apply(draft)
    [d] = found(draft, "punctuation.organ-line")
    assert d.part == "meta" and d.field == "organ_line"
    after = apply_fix(draft, d)
    assert draft.meta.organ_line == "*The General Assembly*,"
    assert not [x for x in after if x.rule == "punctuation.organ-line"]


def test_a_lettered_decision_may_end_its_preamble_with_a_colon():
    draft = en("*Recalling* it:\n\n1. *Expresses* its gratitude;\n\n2. *Endorses* the Declaration.\n")
    assert found(draft, "punctuation.preamble-end")
    draft.operative[0].typed_label, draft.operative[1].typed_label = "(a)", "(b)"
    assert not found(draft, "punctuation.preamble-end")
    draft = en("*Recalling* it:\n\n1. *Decides* to act.\n")
    draft.meta.kind = "draft-decision"
    assert not found(draft, "punctuation.preamble-end")


def test_french_colon_takes_a_space_before_it():
    from draftapp.io.text import read_text

    from .helpers import FR_HEAD

    body = "*Rappelant* sa résolution,\n\n1. *Décide*{colon}\na) De continuer;\nb) De rendre compte.\n"
    assert not found(read_text(FR_HEAD + body.format(colon=" :")), "punctuation.intro-end")
    draft = read_text(FR_HEAD + body.format(colon=":"))
    [d] = found(draft, "punctuation.intro-end")
    apply_fix(draft, d)
    assert draft.operative[0].text == "Décide :"
    draft = read_text(FR_HEAD + body.format(colon=";"))
    [d] = found(draft, "punctuation.intro-end")
    apply_fix(draft, d)
    assert draft.operative[0].text == "Décide :"
    assert not found(draft, "punctuation.intro-end")
