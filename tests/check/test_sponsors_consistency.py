"""Sponsors and consistency rules."""

import pytest

from draftapp.check import check_draft, where
from draftapp.io.text import read_text
from draftapp.model import SetMeta, SetSponsors

from .helpers import CLEAN_EN, apply_fix, en, found, zh


def _sponsors(names, draft=None):
    draft = draft or en(CLEAN_EN)
    SetSponsors(names).apply(draft)
    return draft


def test_right_sponsor_lists_pass():
    assert not [d for d in check_draft(en(CLEAN_EN)) if d.part == "sponsors"]
    draft = _sponsors(["Bolivia (Plurinational State of)", "Netherlands (Kingdom of the)", "Russian Federation", "Türkiye", "State of Palestine"])
    assert not [d for d in check_draft(draft) if d.part == "sponsors"]


def test_duplicate_sponsor_is_an_error_and_removed():
    draft = _sponsors(["Armenia", "Belarus", "Armenia"])
    [d] = found(draft, "sponsors.duplicate")
    assert d.severity == "error" and where(draft, d) == ("sponsors", 3)
    apply_fix(draft, d)
    assert draft.sponsors == ["Armenia", "Belarus"]


def test_unknown_and_misspelt_and_other_language_names():
    draft = _sponsors(["Armenia", "Belaruss", "Narnia"])
    messages = {d.span[0]: d for d in found(draft, "sponsors.unknown")}
    assert "Belarus" in messages[1].message and messages[1].fix is not None
    assert messages[2].fix is None
    apply_fix(draft, messages[1])
    assert draft.sponsors[1] == "Belarus"
    chinese = zh("回顾其决议，\n\n1. 决定继续处理此案。\n")
    SetSponsors(["亚美尼亚", "Russian Federation"]).apply(chinese)
    [d] = found(chinese, "sponsors.unknown")
    assert "俄罗斯联邦" in d.message
    apply_fix(chinese, d)
    assert chinese.sponsors == ["亚美尼亚", "俄罗斯联邦"]


def test_order_and_palestine_last():
    draft = _sponsors(["Belarus", "Armenia"])
    [d] = found(draft, "sponsors.order")
    assert d.severity == "warning"
    apply_fix(draft, d)
    assert draft.sponsors == ["Armenia", "Belarus"]
    draft = _sponsors(["Armenia", "State of Palestine", "Zambia"])
    [d] = found(draft, "sponsors.palestine-last")
    assert not found(draft, "sponsors.order")
    apply_fix(draft, d)
    assert draft.sponsors == ["Armenia", "Zambia", "State of Palestine"]
    assert not [x for x in check_draft(draft) if x.part == "sponsors"]


def test_chinese_order_follows_english(csto_text):
    draft = read_text(csto_text)
    assert not [d for d in check_draft(draft) if d.part == "sponsors"]
    SetSponsors(list(reversed(draft.sponsors))).apply(draft)
    assert found(draft, "sponsors.order")


INCLUDE_EN = (
    "*Recalling* it,\n\n1. *Requests* a report;\n\n"
    "2. *Decides* to include in the provisional agenda of its {session} session, under the item entitled "
    "\u201cCooperation between the United Nations and regional and other organizations\u201d, the sub-item entitled "
    "\u201c{title}\u201d.\n"
)
TITLE = "Cooperation between the United Nations and the Collective Security Treaty Organization"


def test_title_matches_the_included_item():
    assert not found(en(INCLUDE_EN.format(session="eighty-first", title=TITLE)), "consistency.title")
    draft = en(INCLUDE_EN.format(session="eighty-first", title="Cooperation with the CSTO"))
    [d] = found(draft, "consistency.title")
    # a note at most, and no fix overwrites the title (issue 13)
    assert d.severity == "info" and d.fix is None
    assert "in many cases" in d.message
    assert draft.meta.title == TITLE


def test_chinese_title_is_the_first_quote(csto_text):
    draft = read_text(csto_text)
    assert not found(draft, "consistency.title")
    SetMeta(title="联合国同各区域组织的合作").apply(draft)
    [d] = found(draft, "consistency.title")
    assert where(draft, d) == ("operative", 9)
    assert d.severity == "info" and d.fix is None
    assert draft.meta.title == "联合国同各区域组织的合作"


def test_earlier_session_in_the_operative_part():
    assert not found(en(INCLUDE_EN.format(session="eighty-first", title=TITLE)), "consistency.session")
    [d] = found(en(INCLUDE_EN.format(session="seventy-ninth", title=TITLE)), "consistency.session")
    assert "session 79" in d.message and "session 80" in d.message
    draft = en("*Recalling* it,\n\n1. *Requests* the Secretary-General to submit a report to the General Assembly at its seventy-fifth session.\n")
    assert found(draft, "consistency.session")


def test_csto_sessions_pass_and_an_earlier_one_fails(csto_text):
    assert not found(read_text(csto_text), "consistency.session")
    assert found(read_text(csto_text.replace("向大会第七十三届会议提交", "向大会第七十届会议提交")), "consistency.session")


def test_past_sessions_in_the_preamble_are_fine():
    draft = en("*Recalling* the provisional agenda of its seventieth session,\n\n1. *Decides* to act.\n")
    assert not found(draft, "consistency.session")


@pytest.mark.parametrize(
    "code, organ_line, later, earlier",
    [
        ("fr", "*L'Assemblée générale*,", "*Décide* d'inscrire à l'ordre du jour provisoire de sa quatre-vingt-unième session la question.",
         "*Décide* d'inscrire à l'ordre du jour provisoire de sa soixante-dix-neuvième session la question."),
        ("es", "*La Asamblea General*,", "*Decide* incluir en el programa provisional de su octogésimo primer período de sesiones el tema.",
         "*Decide* incluir en el programa provisional de su septuagésimo noveno período de sesiones el tema."),
        ("ru", "*Генеральная Ассамблея*,", "*постановляет* включить в предварительную повестку дня своей восемьдесят первой сессии пункт.",
         "*постановляет* включить в предварительную повестку дня своей семьдесят девятой сессии пункт."),
        ("ar", "إن الجمعية العامة،", "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند.",
         "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها التاسعة والسبعين البند."),
    ],
)
def test_earlier_session_in_other_languages(code, organ_line, later, earlier):
    head = f"<!-- draftapp\nlanguage: {code}\n-->\n{organ_line}\n\n"
    ok = read_text(head + "1. " + later + "\n")
    ok.meta.session = 80
    assert not found(ok, "consistency.session")
    bad = read_text(head + "1. " + earlier + "\n")
    bad.meta.session = 80
    [d] = found(bad, "consistency.session")
    assert "session 79" in d.message


def test_a_title_other_than_the_item_is_a_note_without_fix_in_french_and_spanish():
    fr = read_text(
        "<!-- draftapp\nlanguage: fr\n-->\n## Quatre-vingtième session\n\n### Coopération avec l'OTSC\n\n*L'Assemblée générale*,\n\n"
        "*Rappelant* sa résolution,\n\n1. *Décide* d'inscrire à l'ordre du jour provisoire de sa quatre-vingt-unième session "
        "la question intitulée « Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de sécurité collective ».\n"
    )
    es = read_text(
        "<!-- draftapp\nlanguage: es\n-->\n## Octogésimo período de sesiones\n\n### Cooperación con la OTSC\n\n*La Asamblea General*,\n\n"
        "*Recordando* su resolución,\n\n1. *Decide* incluir en el programa provisional de su octogésimo primer período de sesiones "
        "el tema titulado “Cooperación entre las Naciones Unidas y la Organización del Tratado de Seguridad Colectiva”.\n"
    )
    for draft, title in ((fr, "Coopération avec l'OTSC"), (es, "Cooperación con la OTSC")):
        assert draft.meta.title == title
        [d] = found(draft, "consistency.title")
        assert d.severity == "info" and d.fix is None
