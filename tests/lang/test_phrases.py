"""Phrase banks: every real paragraph opening in the reference texts is known."""

import re
from pathlib import Path

import pytest

from draftapp.lang.phrases import KINDS, LANGUAGES, phrase_bank

TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "texts"
RESOLUTIONS_EN = sorted(p.name for p in TEXTS.glob("A_RES_80_*_en.txt"))


def _blocks(text: str) -> list[str]:
    """Blocks separated by blank lines; a line starting "N. " also starts a block."""
    text = re.sub(r"\n(?=\d+\.\s)", "\n\n", text)
    return [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]


def english_paragraphs(path: Path) -> dict[str, list[str]]:
    """Preambular and operative paragraphs of a resolution as extracted from its PDF.

    Preambular: a block that follows "The General Assembly," or a block ending
    with a comma (footnote marks allowed). Operative: a block starting "N. ".
    Running headers (the title, or its first line, repeated at a page top) and
    page-break continuations are neither.
    """
    text = path.read_text(encoding="utf-8")
    title = re.search(r"^\d+/\d+\.\s+(.+)$", text, re.M).group(1).strip()
    body = text.split("The General Assembly,", 1)[1]
    body = re.split(r"\n\s*\d+(st|nd|rd|th) plenary meeting", body)[0]
    preambular, operative = [], []
    previous_ends_paragraph = True  # the block after "The General Assembly,"
    for block in _blocks(body):
        if title.startswith(block):  # running header
            continue
        if re.match(r"^\d+\.\s", block):
            operative.append(block)
        elif previous_ends_paragraph and not operative and block[:1].isupper():
            preambular.append(block)
        ends = re.sub(r"(\s*\d+|\[\^\d+\])+$", "", block).rstrip()
        previous_ends_paragraph = ends.endswith(",")
    return {"preambular": preambular, "operative": operative}


def chinese_paragraphs(path: Path) -> dict[str, list[str]]:
    """Paragraphs of the CSTO draft in the reference dialect (footnote bodies skipped)."""
    text = path.read_text(encoding="utf-8")
    body = text.split("大会，", 1)[1]
    preambular, operative = [], []
    previous_ends_paragraph = True
    for block in _blocks(body):
        if block.startswith("<sup>") or block == "---":
            continue
        if re.match(r"^\d+\.\s", block):
            operative.append(block)
        elif previous_ends_paragraph and not operative:
            preambular.append(block)
        ends = re.sub(r"(\s*<sup>\d+</sup>)+$", "", block).rstrip()
        previous_ends_paragraph = ends.endswith("，")
    return {"preambular": preambular, "operative": operative}


@pytest.mark.parametrize("name", RESOLUTIONS_EN)
def test_english_resolution_openings(name):
    paragraphs = english_paragraphs(TEXTS / name)
    assert paragraphs["preambular"] and paragraphs["operative"]
    bank = phrase_bank("en")
    for kind in KINDS:
        for paragraph in paragraphs[kind]:
            assert bank.match_opening(paragraph, kind), f"{name} {kind}: {paragraph[:60]!r}"


def test_english_resolutions_were_all_read():
    assert len(RESOLUTIONS_EN) == 6
    counts = {name: english_paragraphs(TEXTS / name) for name in RESOLUTIONS_EN}
    assert sum(len(p["preambular"]) for p in counts.values()) >= 40
    assert sum(len(p["operative"]) for p in counts.values()) >= 30


def test_csto_draft_openings():
    paragraphs = chinese_paragraphs(TEXTS / "csto-draft-zh.md")
    bank = phrase_bank("zh")
    found = {kind: [bank.match_opening(p, kind) for p in paragraphs[kind]] for kind in KINDS}
    assert found["preambular"] == [
        "审议了", "提及", "又提及", "还提及", "提及", "满意地注意到", "欢迎", "又欢迎", "承认", "欢迎",
        "还欢迎", "又欢迎", "注意到", "又注意到",
    ]
    assert found["operative"] == [
        "表示赞赏地注意到", "赞赏地注意到", "欢迎", "邀请", "邀请", "邀请", "鼓励", "请", "决定",
    ]


# Openings quoted from the texts in shared/reference/texts/multilingual.
REAL_OPENINGS = [
    ("fr", "preambular", "Rappelant les principes de la Charte", "Rappelant"),
    ("fr", "preambular", "Considérant que le rétablissement des droits", "Considérant"),
    ("fr", "preambular", "Reconnaissant que les représentants", "Reconnaissant"),
    ("fr", "preambular", "Ayant à l’esprit que", "Ayant à l'esprit"),
    ("fr", "preambular", "Exprimant le désir et la volonté", "Exprimant"),
    ("fr", "preambular", "Convaincue que l'absence de guerre", "Convaincue"),
    ("fr", "preambular", "Consciente que", "Consciente"),
    ("fr", "preambular", "Préoccupée par les difficultés", "Préoccupée"),
    ("fr", "preambular", "Rappelant également ses autres résolutions", "Rappelant également"),
    ("fr", "preambular", "Réitérant sa conviction que", "Réitérant sa conviction"),
    ("fr", "preambular", "Estimant que la création", "Estimant"),
    ("fr", "preambular", "Notant avec satisfaction que", "Notant avec satisfaction"),
    ("fr", "preambular", "Se félicitant de la", "Se félicitant"),
    ("fr", "preambular", "Souhaitant appeler l'attention", "Souhaitant"),
    ("fr", "operative", "1. Décide qu'à compter", "Décide"),
    ("fr", "operative", "2. Déclare que dorénavant", "Déclare"),
    ("fr", "operative", "3. Engage tous les États", "Engage"),
    ("fr", "operative", "Décide le rétablissement de tous ses droits", "Décide"),
    ("es", "preambular", "Guiada por los propósitos y principios", "Guiada por"),
    ("es", "preambular", "Recordando todas sus resoluciones pertinentes", "Recordando todas sus resoluciones"),
    ("es", "preambular", "Recordando también todas las resoluciones", "Recordando también"),
    ("es", "preambular", "Destacando la obligación de todos los Estados", "Destacando"),
    ("es", "preambular", "Habiendo recibido la opinión consultiva", "Habiendo recibido"),
    ("es", "preambular", "Exhortando a los Estados", "Exhortando"),
    ("es", "operative", "Declara que los días", "Declara"),
    ("ru", "preambular", "ссылаясь на свою резолюцию 59/26", "ссылаясь на свою резолюцию"),
    ("ru", "preambular", "вновь подтверждая, что главной целью", "вновь подтверждая"),
    ("ru", "preambular", "принимая во внимание основные принципы", "принимая во внимание"),
    ("ru", "preambular", "выражая волю и чаяния всех народов", "выражая"),
    ("ru", "preambular", "будучи убеждена в том, что жизнь без войны", "будучи убеждена"),
    ("ru", "preambular", "отдавая себе отчет в том, что", "отдавая себе отчет"),
    ("ru", "preambular", "признавая, что обеспечение мирной жизни", "признавая"),
    ("ru", "preambular", "исходя из убеждения, что цель", "исходя из убеждения"),
    ("ru", "preambular", "подтверждая свою ответственность", "подтверждая"),
    ("ru", "preambular", "принимая к сведению два предварительных доклада", "принимая к сведению"),
    ("ru", "preambular", "отмечая с сожалением, что", "отмечая с сожалением"),
    ("ru", "preambular", "выражая свою признательность участникам", "выражая свою признательность"),
    ("ru", "preambular", "будучи обеспокоена тем, что", "будучи обеспокоена"),
    ("ru", "preambular", "сознавая также необходимость", "сознавая также"),
    ("ru", "operative", "1. торжественно провозглашает, что народы", "торжественно провозглашает"),
    ("ar", "preambular", "إذ تلاحظ الأهمية الحاسمة", "إذ تلاحظ"),
    ("ar", "preambular", "وإذ تعيد تأكيد تأييدها", "وإذ تعيد تأكيد"),
    ("ar", "preambular", "وإذ تشير إلى قراراتها", "وإذ تشير إلى"),
    ("ar", "preambular", "وإذ تشير أيضا إلى تقارير الأمين العام", "وإذ تشير أيضا إلى"),
    ("ar", "preambular", "إذ تقر بأن التطورات العلمية", "إذ تقر"),
    ("ar", "preambular", "وإذ يساورها القلق لأن", "وإذ يساورها القلق"),
    ("ar", "preambular", "وإدراكا منها للحاجة", "وإدراكا منها"),
    ("ar", "preambular", "وإذ تدرك أيضا الحاجة", "وإذ تدرك أيضا"),
    ("ar", "preambular", "وإذ تعرب عن القلق إزاء", "وإذ تعرب عن القلق"),
    ("ar", "preambular", "إذ تشير إلى قراراتها 3265 باء", "إذ تشير إلى"),
    ("ar", "preambular", "وإذ تكرر تأكيد اقتناعها", "وإذ تكرر تأكيد"),
    ("ar", "preambular", "وقد نظرت في تقرير مؤتمر نزع السلاح", "وقد نظرت في"),
    ("ar", "preambular", "واقتناعا منها بأن مؤتمر نزع السلاح", "واقتناعا منها"),
    ("ar", "preambular", "وإذ ترى، في هذا الصدد", "وإذ ترى"),
    ("ar", "preambular", "وإذ تحيط علما بورقة العمل", "وإذ تحيط علما"),
    ("ar", "operative", "1 - تؤكد مجددا الأهمية الحاسمة", "تؤكد مجددا"),
    ("ar", "operative", "2 - تطلب إلى الأمين العام أن يقدم", "تطلب إلى الأمين العام"),
    ("ar", "operative", "1 - تؤكد من جديد دور مؤتمر نزع السلاح", "تؤكد من جديد"),
    ("ar", "operative", "2 - ترحب بتصميم مؤتمر نزع السلاح", "ترحب ب"),
    ("ar", "operative", "3 - ترحب أيضا برغبة مؤتمر نزع السلاح", "ترحب أيضا ب"),
    ("ar", "operative", "4 - تشجع مؤتمر نزع السلاح", "تشجع"),
    ("zh", "preambular", "回顾1996年10月25日", "回顾"),
    ("zh", "preambular", "又回顾其各项决议", "又回顾"),
    ("zh", "preambular", "铭记《联合国宪章》", "铭记"),
    ("zh", "operative", "还决定将题为", "还决定"),
    ("zh", "operative", "促请各会员国", "促请"),
]


@pytest.mark.parametrize("lang, kind, text, expected", REAL_OPENINGS)
def test_real_openings_in_other_languages(lang, kind, text, expected):
    assert phrase_bank(lang).match_opening(text, kind) == expected


@pytest.mark.parametrize(
    "lang, kind, text, expected",
    [
        ("en", "preambular", "Recalling also its resolution 79/6", "Recalling also"),
        ("en", "preambular", "Recalling further that", "Recalling further"),
        ("en", "preambular", "recalling the Charter", "Recalling"),
        ("en", "operative", "5. Also welcomes the", "Also welcomes"),
        ("en", "operative", "Requests the Secretary-General to report", "Requests the Secretary-General"),
        ("en", "operative", "Takes note with appreciation of the report", "Takes note with appreciation of"),
        ("en", "operative", "Takes note that the Court", "Takes note"),
        ("en", "preambular", "Recallings", None),
        ("en", "preambular", "Welcome", None),
        ("en", "operative", "Recalling", None),
        ("en", "preambular", "", None),
        ("fr", "preambular", "Prenant note du rapport", "Prenant note"),
        ("fr", "operative", "Prie également le Secrétaire général de", "Prie également le Secrétaire général"),
        ("ru", "preambular", "Ссылаясь на резолюцию", "ссылаясь на"),
        ("ru", "operative", "просит также Генерального секретаря", "просит также Генерального секретаря"),
        ("zh", "preambular", "提及《联合国宪章》", "提及"),
        ("zh", "operative", "请秘书长向大会", "请秘书长"),
        ("zh", "operative", "表示赞赏地注意到秘书长的报告", "表示赞赏地注意到"),
        ("ar", "operative", "تهيب بجميع الدول", "تهيب ب"),
        ("ar", "operative", "وتهيب بجميع الدول", None),
        ("ar", "preambular", "وإذ تَشير إلى", "وإذ تشير إلى"),
    ],
)
def test_match_opening(lang, kind, text, expected):
    assert phrase_bank(lang).match_opening(text, kind) == expected


@pytest.mark.parametrize(
    "lang, kind, text, expected",
    [
        ("en", "preambular", "Reafirming the purposes", "Reaffirming"),
        ("en", "preambular", "Recallings its resolution", "Recalling its resolution"),
        ("en", "preambular", "Recallings", "Recalling"),
        ("en", "preambular", "Recaling also", "Recalling also"),
        ("en", "preambular", "Noting with apreciation the", "Noting with appreciation"),
        ("en", "preambular", "Deeply concerned about", "Deeply concerned"),
        ("en", "operative", "Decide to include", "Decides to include"),
        ("en", "operative", "Request the Secretary-General", "Requests the Secretary-General"),
        ("en", "operative", "Welcome the report", "Welcomes"),
        ("en", "operative", "Calls up on all States", "Calls upon"),
        ("fr", "preambular", "Rapelant", "Rappelant"),
        ("fr", "operative", "Decide", "Décide"),
        ("es", "preambular", "Recordado también", "Recordando también"),
        ("ru", "operative", "постановляэт", "постановляет"),
        ("zh", "preambular", "又提起大会", "又提及"),
        ("ar", "operative", "تقرير", "تقرر"),
    ],
)
def test_nearest(lang, kind, text, expected):
    assert phrase_bank(lang).nearest(text, kind) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bank_shape(lang):
    bank = phrase_bank(lang)
    minimum = 80 if lang in ("en", "fr", "es") else 60
    for kind in KINDS:
        phrases = bank.phrases(kind)
        assert len(phrases) >= minimum
        assert len(set(phrases)) == len(phrases)
        assert all(p == p.strip() and "  " not in p for p in phrases)
        for seq in bank.sequences[kind]:
            assert len(seq) >= 2
            assert all(p in phrases for p in seq), seq
    assert bank.sequences["preambular"] and bank.sequences["operative"]


@pytest.mark.parametrize(
    "lang, kind, sequence",
    [
        ("en", "preambular", ("Recalling", "Recalling also", "Recalling further")),
        ("en", "preambular", ("Welcoming", "Welcoming also", "Welcoming further")),
        ("en", "operative", ("Welcomes", "Also welcomes", "Further welcomes")),
        ("en", "operative", ("Requests", "Also requests", "Further requests")),
        ("fr", "preambular", ("Rappelant", "Rappelant également", "Rappelant en outre")),
        ("es", "preambular", ("Recordando", "Recordando también", "Recordando además")),
        ("ru", "preambular", ("ссылаясь на", "ссылаясь также на", "ссылаясь далее на")),
        ("zh", "preambular", ("提及", "又提及", "还提及")),
        ("zh", "operative", ("决定", "又决定", "还决定")),
        ("ar", "operative", ("تطلب إلى", "تطلب أيضا إلى", "تطلب كذلك إلى")),
    ],
)
def test_sequences(lang, kind, sequence):
    bank = phrase_bank(lang)
    assert sequence in bank.sequences[kind]
    for a, b in zip(sequence, sequence[1:]):
        assert bank.next_in_sequence(a, kind) == b
    assert bank.next_in_sequence(sequence[-1], kind) is None


def test_french_preambular_agrees_with_assemblee():
    bank = phrase_bank("fr")
    for adjective in ("Préoccupée", "Convaincue", "Consciente", "Profondément préoccupée", "Guidée par"):
        assert adjective in bank.preambular
    for masculine in ("Préoccupé", "Convaincu", "Conscient"):
        assert masculine not in bank.preambular


def test_bad_arguments():
    with pytest.raises(ValueError):
        phrase_bank("de")
    with pytest.raises(ValueError):
        phrase_bank("en").match_opening("Recalling", "footnote")


def test_masculine_organs_take_masculine_forms():
    """The councils are masculine: "Préoccupé", "Convencido", "будучи убежден", "يقرر"."""
    for lang, text, kind in [
        ("fr", "Profondément préoccupé par la situation", "preambular"),
        ("es", "Convencido de que", "preambular"),
        ("ru", "будучи убежден в том", "preambular"),
        ("ar", "يقرر أن يبقي المسألة قيد نظره", "operative"),
        ("ar", "وإذ يشير إلى قراراته", "preambular"),
    ]:
        assert phrase_bank(lang, "m").match_opening(text, kind), (lang, text)
        assert phrase_bank(lang, "f").match_opening(text, kind) is None, (lang, text)
    # and the Assembly keeps its feminine forms
    assert phrase_bank("fr", "m").match_opening("Préoccupée par", "preambular") is None
    assert phrase_bank("fr").match_opening("Préoccupée par", "preambular") == "Préoccupée"


def test_italic_words_cover_the_adverb_of_a_series():
    bank = phrase_bank("en")
    assert bank.italic_words("Recalling", "preambular") == 1
    assert bank.italic_words("Recalling also", "preambular") == 2
    assert bank.italic_words("Also requests", "operative") == 2
