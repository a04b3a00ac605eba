"""Punctuation rules: paragraph ends, introductions, subparagraphs, the organ line."""

import pytest

from draftapp.model import SetMeta

from draftapp.check import check_draft
from draftapp.io.text import read_text

from .helpers import CLEAN_EN, FR_HEAD, apply_fix, en, found, rules_of, zh


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


# --- a quoted question ends a subparagraph or paragraph (issue 13) --------------------------
QUESTIONS = {
    "en": ("*Recalling* it,\n\n1. *Decides* to request the International Court of Justice to render an advisory opinion on the following questions:\n\n"
           "(a) \u201cWhat are the legal consequences of the conduct?\n\n(b) How do the policies affect the legal status?\u201d\n\n"
           "2. *Decides* to remain seized of the matter.\n"),
}


def _ends(draft):
    return [(d.rule, d.part) for d in check_draft(draft) if d.rule.startswith("punctuation.") and d.rule != "punctuation.organ-line"]


def test_quoted_questions_end_subparagraphs_english():
    assert _ends(en(QUESTIONS["en"])) == []


def test_quoted_questions_end_subparagraphs_french():
    body = ("*Rappelant* sa résolution,\n\n1. *Décide* de demander à la Cour internationale de Justice un avis consultatif sur les questions suivantes :\n\n"
            "a) « Quelles sont les conséquences juridiques ?\n\nb) Quelle incidence ces politiques ont-elles sur le statut juridique ? »\n\n"
            "2. *Décide* de rester saisie de la question.\n")
    assert _ends(read_text(FR_HEAD + body)) == []


def test_quoted_questions_end_subparagraphs_spanish():
    head = "<!-- draftapp\nlanguage: es\n-->\n*La Asamblea General*,\n\n"
    body = ("*Recordando* su resolución,\n\n1. *Decide* solicitar a la Corte Internacional de Justicia una opinión consultiva sobre las cuestiones siguientes:\n\n"
            "a) “¿Cuáles son las consecuencias jurídicas?\n\nb) ¿Cómo afectan estas políticas a la condición jurídica?”\n\n"
            "2. *Decide* seguir ocupándose de la cuestión.\n")
    assert _ends(read_text(head + body)) == []


def test_quoted_questions_end_subparagraphs_chinese():
    body = "回顾其决议，\n\n1. 决定请国际法院就下列问题发表咨询意见：\n\n(a) “行为的法律后果是什么？\n\n(b) 这些政策如何影响法律地位？”\n\n2. 决定继续处理此案。\n"
    assert _ends(zh(body)) == []


def test_a_question_mark_without_a_quotation_is_still_no_paragraph_end():
    draft = en("*Recalling* it,\n\n1. *Asks* whether it acts?\n\n2. *Decides* to remain seized of the matter.\n")
    assert _ends(draft) == [("punctuation.operative-end", "operative")]
    # and a subparagraph with no mark at all is still wrong
    draft = en("*Recalling* it,\n\n1. *Decides*:\n\n(a) To act\n\n(b) To report.\n")
    assert ("punctuation.subparagraph-end", "operative") in _ends(draft)
