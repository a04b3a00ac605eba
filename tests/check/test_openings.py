"""Opening phrases: known openings, kind, italics, case and series."""

from draftapp.io.text import read_text

from .helpers import CLEAN_EN, apply_fix, en, found, zh

RU_HEAD = """<!-- draftapp
language: ru
-->
## Восьмидесятая сессия

*Генеральная Ассамблея*,

"""


def test_known_italic_openings_pass():
    draft = en(CLEAN_EN)
    assert not [d for d in found(draft, "openings.unknown") + found(draft, "openings.italic")]


def test_misspelt_opening_is_named_and_fixed():
    draft = en("*Recaling* its resolution 79/6,\n\n1. *Decides* to act.\n")
    [d] = found(draft, "openings.unknown")
    assert "\u201cRecalling its resolution\u201d" in d.message and d.severity == "warning"
    apply_fix(draft, d)
    assert draft.preamble[0].runs[0].text == "Recalling" and draft.preamble[0].runs[0].italic
    assert not draft.preamble[0].runs[1].italic
    assert not found(draft, "openings.unknown")


def test_unknown_opening_without_a_close_phrase_has_no_fix():
    draft = en("*Zebras* are striped,\n\n1. *Decides* to act.\n")
    [d] = found(draft, "openings.unknown")
    assert d.fix is None


def test_operative_verb_in_the_preamble():
    draft = en("*Decides* to act,\n\n1. *Recalling* its resolution.\n")
    kinds = found(draft, "openings.kind")
    assert [d.part for d in kinds] == ["preamble", "operative"]
    assert "operative" in kinds[0].message


def test_roman_opening_is_reported_and_italicized():
    draft = en("Recalling also its resolution 79/6,\n\n*Recalling* it,\n\n1. *Decides* to act.\n")
    [d] = found(draft, "openings.italic")
    assert d.span == (0, len("Recalling also"))
    apply_fix(draft, d)
    assert draft.preamble[0].runs[0].text == "Recalling also" and draft.preamble[0].runs[0].italic
    assert not found(draft, "openings.italic")


def test_operative_series_adverb_must_be_italic_too():
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n2. Also *decides* to report.\n")
    [d] = found(draft, "openings.italic")
    assert d.span == (0, len("Also decides"))


def test_chinese_has_no_italics_rule():
    assert not found(zh("回顾其决议，\n\n1. 决定继续处理此案。\n"), "openings.italic")


def test_case_english_capital_and_fix():
    draft = en("*Recalling* it,\n\n1. *decides* to act.\n")
    [d] = found(draft, "openings.case")
    apply_fix(draft, d)
    assert draft.operative[0].text.startswith("Decides")
    assert not found(draft, "openings.case")


def test_case_russian_lower():
    draft = read_text(RU_HEAD + "*Ссылаясь* на свою резолюцию,\n\n1. *постановляет* продолжить.\n")
    [d] = found(draft, "openings.case")
    assert d.part == "preamble"
    apply_fix(draft, d)
    assert draft.preamble[0].text.startswith("ссылаясь")
    assert not found(draft, "openings.case")


def test_series_out_of_order_is_a_warning_with_fix():
    draft = en("*Recalling also* its resolution,\n\n1. *Decides* to act.\n")
    [d] = found(draft, "openings.sequence")
    assert d.severity == "warning"
    apply_fix(draft, d)
    assert draft.preamble[0].text.startswith("Recalling its resolution")
    assert not found(draft, "openings.sequence")


def test_series_in_order_passes_and_any_recalling_starts_it():
    draft = en("*Recalling* its resolution 1,\n\n*Recalling also* it,\n\n*Recalling further* it,\n\n1. *Decides* to act.\n")
    assert not found(draft, "openings.sequence")
    draft = en("*Recalling* its resolution 1,\n\n*Noting* it,\n\n*Recalling also* it,\n\n1. *Decides* to act.\n")
    assert not found(draft, "openings.sequence")


def test_same_opening_twice_in_a_row_is_info_with_fix():
    # the same whole phrase, addressed to the same actor (issue 13: only that starts a series)
    draft = en("*Recalling* it,\n\n1. *Requests* Member States to report;\n\n2. *Requests* Member States to act.\n")
    [d] = found(draft, "openings.sequence")
    assert d.severity == "info" and "\u201cAlso requests\u201d" in d.message
    apply_fix(draft, d)
    assert draft.operative[1].text.startswith("Also requests Member States")
    assert draft.operative[1].runs[0].italic
    assert not found(draft, "openings.sequence")


def test_chinese_series():
    draft = zh("提及其决议，\n\n又提及其决议，\n\n还提及其决议，\n\n1. 决定继续处理此案。\n")
    assert not found(draft, "openings.sequence")
    draft = zh("又提及其决议，\n\n1. 决定继续处理此案。\n")
    [d] = found(draft, "openings.sequence")
    apply_fix(draft, d)
    assert draft.preamble[0].text == "提及其决议，"


def test_known_verb_with_words_the_bank_lacks_is_accepted():
    draft = en("*Recalling* it,\n\n1. *Expresses* its profound gratitude to all;\n\n2. *Takes* note that it is done.\n")
    assert not found(draft, "openings.unknown")
    # but a series adverb alone is no known opening
    draft = en("*Recalling* it,\n\n1. *Also* blah;\n\n2. *Decides* to act.\n")
    assert found(draft, "openings.unknown")


def test_masculine_organ_openings_agree():
    from draftapp.model import SetMeta

    head = "<!-- draftapp\nlanguage: fr\norgan: sc\n-->\n*Le Conseil de sécurité*,\n\n"
    draft = read_text(head + "*Profondément préoccupé* par la situation,\n\n1. *Décide* de rester saisi de la question.\n")
    assert draft.meta.organ == "sc"
    assert not found(draft, "openings.unknown")
    # Arabic verbs agree in their first letter: the Council decides يقرر, the Assembly تقرر.
    head = "<!-- draftapp\nlanguage: ar\norgan: sc\n-->\nإن مجلس الأمن،\n\n"
    draft = read_text(head + "إذ يشير إلى قراراته،\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n")
    assert not found(draft, "openings.unknown")
    SetMeta(organ="ga").apply(draft)
    [d] = [x for x in found(draft, "openings.unknown") if x.part == "operative"]
    assert "\u062a\u0642\u0631\u0631" in d.message  # the nearest is the Assembly's تقرر


AR_HEAD = "<!-- draftapp\nlanguage: ar\n-->\nإن الجمعية العامة،\n\n"


def test_arabic_preambular_paragraphs_are_joined_with_wa():
    ok = read_text(AR_HEAD + "إذ تشير إلى قراراتها،\n\nوإذ تشير أيضا إلى التقرير،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n")
    assert not found(ok, "openings.conjunction")
    draft = read_text(AR_HEAD + "وإذ تشير إلى قراراتها،\n\nإذ تشير أيضا إلى التقرير،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n")
    first, second = found(draft, "openings.conjunction")
    apply_fix(draft, first)
    assert draft.preamble[0].text.startswith("إذ تشير")
    [second] = found(draft, "openings.conjunction")
    apply_fix(draft, second)
    assert draft.preamble[1].text.startswith("وإذ تشير أيضا")
    assert not found(draft, "openings.conjunction")


def test_series_go_by_the_verb_whatever_its_object():
    draft = en("*Recalling* it,\n\n1. *Requests* Member States to act;\n\n2. *Also requests* the Secretary-General to report.\n")
    assert not found(draft, "openings.sequence")
    draft = zh("回顾其决议，\n\n1. 请会员国采取行动；\n\n2. 又请秘书长提交报告。\n")
    assert not found(draft, "openings.sequence")
    draft = en("*Recalling* it,\n\n1. *Decides* to act;\n\n2. *Also requests* the Secretary-General to report.\n")
    assert found(draft, "openings.sequence")


# --- openings recognized by their grammar (issue 13) --------------------------------------
FR_HEAD = "<!-- draftapp\nlanguage: fr\n-->\n*L'Assemblée générale*,\n\n"
ES_HEAD = "<!-- draftapp\nlanguage: es\n-->\n*La Asamblea General*,\n\n"


def test_issued_openings_outside_the_bank_pass():
    draft = en(
        "*Sharing the deep concern* of the Secretary-General,\n\n*Solemnly proclaiming* the Declaration,\n\n"
        "*Trusting* that it will act,\n\n"
        "1. *Also declares* that it supports;\n\n2. *Determines once more* that it acts;\n\n"
        "3. *Greatly appreciates* the work;\n\n4. *Renews its call upon* all States;\n\n5. *Rejects* the claim.\n"
    )
    assert not [d for d in found(draft, "openings.unknown") + found(draft, "openings.kind") + found(draft, "openings.italic")]


def test_grammar_openings_must_still_be_italic():
    draft = en("*Recalling* it,\n\n1. Greatly appreciates the work.\n")
    [d] = found(draft, "openings.italic")
    assert d.span == (0, len("Greatly appreciates"))


def test_planted_wrong_forms_english():
    draft = en("*Rejects* the claim,\n\n1. *Calling upon* all States;\n\n2. We decide to act.\n")
    assert [(d.rule, d.part) for d in found(draft, "openings.kind")] == [("openings.kind", "preamble"), ("openings.kind", "operative")]
    [d] = found(draft, "openings.unknown")
    assert d.part == "operative" and "We" in d.message


def test_planted_wrong_forms_french():
    ok = read_text(FR_HEAD + "*Exhortant* les États,\n\n1. *S'inquiète* de la situation.\n")
    assert not found(ok, "openings.unknown") + found(ok, "openings.kind")
    bad = read_text(FR_HEAD + "*Décide* de rester saisie,\n\n1. *Exhortant* les États;\n\n2. La Commission agit.\n")
    assert [d.part for d in found(bad, "openings.kind")] == ["preamble", "operative"]
    assert [d.part for d in found(bad, "openings.unknown")] == ["operative"]


def test_planted_wrong_forms_spanish():
    ok = read_text(ES_HEAD + "*Exhortando* a los Estados,\n\n1. *Rechaza* la propuesta.\n")
    assert not found(ok, "openings.unknown") + found(ok, "openings.kind")
    bad = read_text(ES_HEAD + "*Rechaza* la propuesta,\n\n1. *Exhortando* a los Estados;\n\n2. La Asamblea decide.\n")
    assert [d.part for d in found(bad, "openings.kind")] == ["preamble", "operative"]
    assert [d.part for d in found(bad, "openings.unknown")] == ["operative"]


def test_planted_wrong_forms_chinese():
    ok = zh("深为关切地注意到局势，\n\n1. 拒绝接受该提议。\n")
    assert not found(ok, "openings.unknown") + found(ok, "openings.kind")
    bad = zh("决定继续处理，\n\n1. 联合国采取行动。\n")
    assert [d.part for d in found(bad, "openings.kind")] == ["preamble"]
    assert [d.part for d in found(bad, "openings.unknown")] == ["operative"]


# --- only the same whole phrase repeated starts a series (issue 13) -----------------------
def test_different_phrases_are_no_series_english():
    draft = en(
        "*Noting with satisfaction* the report,\n\n*Noting with regret* the delay,\n\n*Noting with deep concern* the rise,\n\n"
        "*Noting with appreciation* the work,\n\n*Noting with appreciation also* the offer,\n\n"
        "1. *Notes with appreciation* the report;\n\n2. *Notes* the delay;\n\n3. *Calls for* peace;\n\n4. *Calls upon* all States to act;\n\n"
        "5. *Requests* the President to act;\n\n6. *Requests* the Secretary-General to report.\n"
    )
    assert not found(draft, "openings.sequence")


def test_the_same_whole_phrase_twice_is_still_reported_english():
    draft = en("*Noting with regret* the delay,\n\n*Noting with regret* the cost,\n\n1. *Decides* to act.\n")
    [d] = found(draft, "openings.sequence")
    assert d.part == "preamble" and d.severity == "info"


def test_different_phrases_are_no_series_french():
    ok = read_text(FR_HEAD + "*Rappelant* sa résolution,\n\n1. *Prie* le Président d'agir;\n\n2. *Prie* le Secrétaire général de faire rapport.\n")
    assert not found(ok, "openings.sequence")
    bad = read_text(FR_HEAD + "*Rappelant* sa résolution,\n\n1. *Prie* le Secrétaire général d'agir;\n\n2. *Prie* le Secrétaire général de faire rapport.\n")
    [d] = found(bad, "openings.sequence")
    assert d.part == "operative"


def test_different_phrases_are_no_series_spanish():
    ok = read_text(ES_HEAD + "*Recordando* su resolución,\n\n1. *Solicita* al Presidente que actúe;\n\n2. *Solicita* al Secretario General que informe.\n")
    assert not found(ok, "openings.sequence")
    bad = read_text(ES_HEAD + "*Recordando* su resolución,\n\n1. *Solicita* al Secretario General que actúe;\n\n2. *Solicita* al Secretario General que informe.\n")
    [d] = found(bad, "openings.sequence")
    assert d.part == "operative"


def test_different_phrases_are_no_series_chinese():
    ok = zh("回顾其决议，\n\n1. 邀请联合国秘书长采取行动；\n\n2. 邀请联合国和区域组织继续合作。\n")
    assert not found(ok, "openings.sequence")
    bad = zh("回顾其决议，\n\n1. 邀请联合国秘书长采取行动；\n\n2. 邀请联合国秘书长继续合作。\n")
    [d] = found(bad, "openings.sequence")
    assert d.part == "operative"


def test_the_actor_is_read_past_its_article():
    # A/RES/80/14, paras 5-6: "Calls upon the States contemplated …", "Calls upon the African States …"
    draft = en("*Recalling* it,\n\n1. *Calls upon* the States contemplated in Protocol III to act;\n\n2. *Calls upon* the African States to act.\n")
    assert not found(draft, "openings.sequence")
    draft = en("*Recalling* it,\n\n1. *Calls upon* the African States to act;\n\n2. *Calls upon* the African States to report.\n")
    assert found(draft, "openings.sequence")
