"""Openings recognized by their grammar (draftapp.lang.openings), in each language."""

import pytest

from draftapp.lang.openings import opening_span, recognize

# The issued forms of issue 13 and their kin in the other languages, with the stretch
# an italic opening covers.
LEGITIMATE = [
    ("en", "operative", "Also declares that", "Also declares"),
    ("en", "operative", "Determines once more that", "Determines once more"),
    ("en", "preamble", "Calling for an end to", "Calling"),
    ("en", "preamble", "Urging all States", "Urging"),
    ("en", "operative", "Rejects the claim", "Rejects"),
    ("en", "preamble", "Trusting that", "Trusting"),
    ("en", "preamble", "Encouraging the parties", "Encouraging"),
    ("en", "operative", "Greatly appreciates the work", "Greatly appreciates"),
    ("en", "preamble", "Sharing the deep concern", "Sharing"),
    ("en", "operative", "Renews its call upon", "Renews"),
    ("en", "preamble", "Solemnly proclaiming the", "Solemnly proclaiming"),
    ("en", "preamble", "Calling upon", "Calling"),
    ("en", "preamble", "Deeply concerned by", "Deeply concerned"),
    ("en", "operative", "Once again urges", "Once again urges"),
    ("en", "operative", "1. Further requests", "Further requests"),
    ("fr", "preamble", "Exhortant les États", "Exhortant"),
    ("fr", "preamble", "Profondément préoccupée par", "Profondément préoccupée"),
    ("fr", "operative", "S'inquiète de", "S'inquiète"),
    ("fr", "operative", "Se félicite de", "Se félicite"),
    ("fr", "operative", "Prie également le", "Prie également"),
    ("es", "preamble", "Exhortando a los Estados", "Exhortando"),
    ("es", "preamble", "Profundamente alarmada por", "Profundamente alarmada"),
    ("es", "operative", "Decide además", "Decide además"),
    ("es", "operative", "Rechaza la", "Rechaza"),
    ("ru", "preamble", "глубоко обеспокоенная", "глубоко обеспокоенная"),
    ("ru", "operative", "настоятельно призывает", "настоятельно призывает"),
    ("zh", "preamble", "深为关切地注意到局势", "深为关切地注意到"),
    ("zh", "operative", "又请秘书长", "又请秘书长"),
    ("zh", "operative", "拒绝接受", "拒绝"),
    ("ar", "preamble", "وإذ تؤكد", "وإذ تؤكد"),
    ("ar", "operative", "تهيب بالدول", "تهيب"),
]


@pytest.mark.parametrize("language,part,text,italic", LEGITIMATE)
def test_legitimate_openings_are_recognized_with_their_span(language, part, text, italic):
    length = opening_span(language, part, text)
    assert length is not None, text
    assert text[:length].endswith(italic) and text[:length].strip().lstrip("1. ") == italic


WRONG_KIND = [
    ("en", "preamble", "Rejects the claim"),
    ("en", "operative", "Calling upon all States"),
    ("fr", "preamble", "Décide de"),
    ("fr", "operative", "Exhortant les États"),
    ("es", "preamble", "Exhorta a los Estados"),
    ("es", "operative", "Exhortando a"),
    ("zh", "preamble", "决定继续"),
    ("ru", "operative", "ссылаясь на"),
]


@pytest.mark.parametrize("language,part,text", WRONG_KIND)
def test_the_other_kind_of_opening_is_read_as_such(language, part, text):
    found = recognize(language, part, text)
    assert found.kind is not None and found.kind != ("preambular" if part == "preamble" else "operative")
    assert opening_span(language, part, text) is None


BARE = [
    ("en", "operative", "We acknowledge the"),
    ("en", "preamble", "The report of"),
    ("en", "operative", "States parties are"),
    ("en", "preamble", "Peacebuilding Commission"),
    ("fr", "preamble", "La Commission"),
    ("es", "operative", "La Asamblea"),
    ("ru", "operative", "мы признаем"),
    ("zh", "operative", "联合国"),
    ("ar", "operative", "المرفق"),
]


@pytest.mark.parametrize("language,part,text", BARE)
def test_a_bare_noun_or_pronoun_is_no_opening(language, part, text):
    assert recognize(language, part, text).kind is None
    assert opening_span(language, part, text) is None


def test_a_typo_of_a_bank_word_is_told_apart_from_a_new_verb():
    assert recognize("en", "preamble", "Recaling its").misspelt == "recalling"
    assert recognize("en", "preamble", "Encouraging the").misspelt is None
    assert recognize("fr", "preamble", "Rapelant sa").misspelt == "rappelant"


def test_organ_gender_decides_arabic_verbs():
    assert opening_span("ar", "operative", "يقرر أن", gender="m") == len("يقرر")
    assert opening_span("ar", "operative", "يقرر أن", gender="f") is None


def test_building_on_is_an_opening_peacebuilding_commission_is_not():
    # A/RES/80/8: "Building on the outcome …"; A/RES/80/11 (a paragraph split by the copy)
    assert opening_span("en", "preamble", "Building on the outcome of") == len("Building")
    assert opening_span("en", "preamble", "Peacebuilding Commission") is None
