"""The table of mandates on real texts (expected tables established by reading each
text: every clause with a binding verb addressed to someone other than the States that
names an activity) and on planted clauses in the six languages."""

from pathlib import Path

import pytest

from draftapp.analysis.mandates import mandates
from draftapp.io.formats import read_draft
from draftapp.io.text import read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def table(draft):
    return [(m.paragraph, m.addressee, m.activity, m.deadline, m.continued, m.within_existing_resources) for m in mandates(draft)]


#: file -> expected rows (paragraph, addressee, activity, deadline, continued, within existing resources)
REAL = {
    # en: the ICC report's one mandate sits mid-paragraph ("…, and requests the
    # Secretary-General to continue to include information … in a report … at its
    # eighty-first session"): an existing activity
    "texts/A_80_L.9_en.txt": [("13", "the Secretary-General", "report", "at its eighty-first session", True, False)],
    "texts/A_RES_80_6_en.txt": [("13", "the Secretary-General", "report", "at its eighty-first session", True, False)],
    # en: "Requests the Secretary-General, in consultation with …, to submit … a report"
    "texts/A_80_L.6_en.txt": [("4", "the Secretary-General", "report", "at its eighty-first session", False, False)],
    "texts/A_RES_50_15_en.txt": [("1", "the Secretary-General", "report", "at its fifty-first session", False, False)],
    # en: a special solemn meeting held by the President of the Assembly
    "texts/multilingual/A_RES_59_26_en.txt": [("2", "the President of the General Assembly", "meeting", "", False, False)],
    # en: a day proclaimed, the item put on the next agenda: no new work
    "texts/A_RES_80_10_en.txt": [],
    "texts/A_80_L.1_en.txt": [],
    # zh: 请秘书长向大会第七十三届会议提交一份关于本决议执行情况的报告 (OP8); OP9 only puts the item on the agenda
    "csto-draft-zh.md": [("8", "联合国秘书长", "report", "第七十三届会议", False, False)],
    "texts/A_RES_52_7_zh.txt": [("3", "秘书长", "report", "第五十三届会议", False, False)],
    # zh: 请会员国… is a call on the States; 决定将…列入临时议程 asks for no work
    "texts/multilingual/A_RES_51_40_zh.txt": [],
    "texts/multilingual/A_RES_52_232_zh.txt": [],
    # fr: "Décide qu'à compter de … la Journée … sera observée" creates nothing;
    # "Engage tous les États Membres …" is not binding
    "texts/multilingual/A_RES_55_282_fr.txt": [],
    "texts/multilingual/A_RES_39_11_fr.txt": [],
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_texts(name):
    assert table(read_draft(FIXTURES / name)) == REAL[name]


#: (language, operative paragraph, expected (addressee, activity, deadline, continued, existing) or None)
PLANTED = [
    ("en", "Requests the Secretary-General to submit to the General Assembly at its eighty-second session a report on the implementation of the present resolution.",
     ("the Secretary-General", "report", "at its eighty-second session", False, False)),
    ("en", "Decides to convene a high-level meeting on the question in 2027, within existing resources.",
     ("the General Assembly", "high-level event", "", False, True)),
    ("en", "Also requests the Secretary-General to establish a trust fund for the purpose.",
     ("the Secretary-General", "trust fund", "", False, False)),
    ("en", "Encourages the Secretary-General to submit a report on the matter.", None),
    ("en", "Requests Member States to submit a report to the Secretary-General.", None),
    ("en", "Decides to include in the provisional agenda of its eighty-second session the item entitled “Cooperation”.", None),
    ("fr", "Prie le Secrétaire général de lui présenter, à sa quatre-vingt-deuxième session, un rapport sur l’application de la présente résolution.",
     ("le Secrétaire général", "report", "à sa quatre-vingt-deuxième session", False, False)),
    ("fr", "Décide de convoquer une réunion de haut niveau en 2027, dans la limite des ressources existantes.",
     ("l’Assemblée générale", "high-level event", "", False, True)),
    ("fr", "Invite le Secrétaire général à présenter un rapport.", None),
    ("es", "Solicita al Secretario General que le presente, en su octogésimo segundo período de sesiones, un informe sobre la aplicación de la presente resolución.",
     ("Secretario General", "report", "en su octogésimo segundo período de sesiones", False, False)),
    ("es", "Alienta al Secretario General a que presente un informe.", None),
    ("ru", "просит Генерального секретаря представить Генеральной Ассамблее на ее восемьдесят второй сессии доклад об осуществлении настоящей резолюции.",
     ("Генерального секретаря", "report", "на ее восемьдесят второй сессии", False, False)),
    ("ru", "призывает Генерального секретаря представить доклад.", None),
    ("zh", "请秘书长向大会第八十二届会议提交一份关于本决议执行情况的报告。", ("秘书长", "report", "第八十二届会议", False, False)),
    ("zh", "又请秘书长继续在现有资源范围内提供支助，并就此提交报告。", ("秘书长", "report", "", True, True)),
    ("zh", "鼓励秘书长提交一份报告。", None),
    ("ar", "تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثانية والثمانين تقريرا عن تنفيذ هذا القرار.",
     ("الأمين العام", "report", "في دورتها الثانية والثمانين", False, False)),
    ("ar", "تشجع الأمين العام على تقديم تقرير.", None),
]

HEAD = {"en": "*The General Assembly*,", "fr": "*L’Assemblée générale*,", "es": "*La Asamblea General*,",
        "ru": "*Генеральная Ассамблея*,", "zh": "大会，", "ar": "إن الجمعية العامة،"}


@pytest.mark.parametrize("language, text, expected", PLANTED)
def test_planted_clauses(language, text, expected):
    draft = read_text(f"<!-- draftapp\nlanguage: {language}\n-->\n\n{HEAD[language]}\n\n1. {text}\n")
    rows = mandates(draft)
    if expected is None:
        assert rows == []
    else:
        assert [(m.addressee, m.activity, m.deadline, m.continued, m.within_existing_resources) for m in rows] == [expected]


def test_a_colon_hands_the_request_to_its_subparagraphs():
    draft = read_text(
        "*The General Assembly*,\n\n"
        "1. *Requests* the Secretary-General:\n\n"
        "(a) To convene an expert group meeting in 2027;\n\n"
        "(b) To continue to submit annual reports;\n\n"
        "(c) To bear in mind the views of Member States.\n"
    )
    assert [(m.paragraph, m.addressee, m.activity, m.continued) for m in mandates(draft)] == [
        ("1 (a)", "the Secretary-General", "meeting", False),
        ("1 (b)", "the Secretary-General", "report", True),
    ]
