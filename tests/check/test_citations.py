"""Citations of resolutions and document symbols."""

import pytest

from draftapp.io.text import read_text

from .helpers import apply_fix, en, found, zh


def _en(sentence):
    return en(f"*Recalling* {sentence},\n\n1. *Decides* to act.\n")


def test_right_citations_pass():
    draft = _en(
        "its resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010 and 69/12 of 11 November 2014, "
        "Security Council resolution 1631 (2005) of 17 October 2005 and Economic and Social Council resolution 2004/3 of 21 July 2004"
    )
    assert not [d for d in found(draft, "citations.session-year") + found(draft, "citations.sc-year") + found(draft, "citations.form")]
    assert not found(draft, "symbols.resolution") and not found(draft, "dates.form")


def test_general_assembly_date_outside_the_session():
    [d] = found(_en("its resolution 64/256 of 2 March 2012"), "citations.session-year")
    assert "2009\u20132010" in d.message and d.span[0] == len("Recalling its resolution ")


def test_other_organs_are_not_held_to_assembly_sessions():
    assert not found(_en("Human Rights Council resolution 52/1 of 4 April 2023"), "citations.session-year")


def test_ecosoc_year_number():
    assert found(_en("Economic and Social Council resolution 2004/3 of 21 July 2005"), "citations.session-year")


def test_security_council_year():
    [d] = found(_en("Security Council resolution 1631 (2005) of 17 October 2006"), "citations.sc-year")
    assert "1631 (2005)" in d.message


def test_chinese_citations():
    ok = zh("回顾 2004 年 12 月 2 日第 59/50 号决议和 2005 年 10 月 17 日第 1631(2005) 号决议，\n\n1. 决定继续处理此案。\n")
    assert not [d for d in found(ok, "citations.session-year") + found(ok, "citations.sc-year") + found(ok, "citations.order")]
    bad = zh("回顾 2007 年 12 月 2 日第 59/50 号决议和 2006 年 10 月 17 日第 1631(2005) 号决议，\n\n1. 决定继续处理此案。\n")
    assert found(bad, "citations.session-year") and found(bad, "citations.sc-year")


def test_chinese_date_first_fix():
    draft = zh("回顾第64/256号决议（2010年3月2日），\n\n1. 决定继续处理此案。\n")
    [d] = found(draft, "citations.order")
    apply_fix(draft, d)
    assert draft.preamble[0].text == "回顾2010年3月2日第64/256号决议，"
    assert not found(draft, "citations.order")


def test_csto_citations_pass(csto_text):
    draft = read_text(csto_text)
    assert not [d for d in found(draft, "citations.session-year") + found(draft, "citations.sc-year") + found(draft, "citations.order")]


@pytest.mark.parametrize(
    "written, fixed",
    [("A/71//160", "A/71/160"), ("A/71/L23", "A/71/L.23"), ("A/58/874/Add1", "A/58/874/Add.1"), ("a/71/160", "A/71/160")],
)
def test_malformed_symbols_are_fixed(written, fixed):
    draft = _en(f"the report of the Secretary-General ({written})")
    [d] = found(draft, "symbols.malformed")
    apply_fix(draft, d)
    assert f"({fixed})" in draft.preamble[0].text
    assert not found(draft, "symbols.malformed")


def test_well_formed_symbols_pass():
    draft = en(
        "*Noting* the report,<sup>1</sup>\n\n1. *Decides* to act.\n\n"
        "<sup>1</sup> A/71/160-S/2016/621, A/58/874/Add.1, S/PRST/2013/2, E/2009/28, A/C.3/80/L.5 and A/80/1.\n"
    )
    assert not found(draft, "symbols.malformed")


def test_resolution_symbol_inside_the_text():
    draft = _en("its resolution A/RES/64/256 of 2 March 2010")
    [d] = found(draft, "symbols.resolution")
    apply_fix(draft, d)
    assert "its resolution 64/256 of 2 March 2010" in draft.preamble[0].text
    [d] = found(_en("A/RES/64/256"), "symbols.resolution")
    assert d.fix is None


@pytest.mark.parametrize("wrong", ["its resolution 64/256 dated 2 March 2010", "its resolution 64/256, adopted on 2 March 2010", "its resolution 64/256 on 2 March 2010"])
def test_citation_connector_is_of(wrong):
    draft = _en(wrong)
    [d] = found(draft, "citations.form")
    apply_fix(draft, d)
    assert "its resolution 64/256 of 2 March 2010," in draft.preamble[0].text
    assert not found(draft, "citations.form")


def test_security_council_citation_takes_its_year():
    draft = _en("Security Council resolution 1631 of 17 October 2005")
    [d] = found(draft, "citations.form")
    apply_fix(draft, d)
    assert "resolution 1631 (2005) of 17 October 2005" in draft.preamble[0].text
    assert not found(draft, "citations.form") and not found(draft, "citations.sc-year")


def test_spanish_citation_takes_a_comma():
    from draftapp.io.text import read_text

    head = "<!-- draftapp\nlanguage: es\n-->\n*La Asamblea General*,\n\n"
    ok = read_text(head + "*Recordando* su resolución 77/247, de 30 de diciembre de 2022,\n\n1. *Decide* seguir ocupándose de la cuestión.\n")
    assert not found(ok, "citations.form")
    draft = read_text(head + "*Recordando* su resolución 77/247 de 30 de diciembre de 2022,\n\n1. *Decide* seguir ocupándose de la cuestión.\n")
    [d] = found(draft, "citations.form")
    apply_fix(draft, d)
    assert "77/247, de 30 de diciembre de 2022" in draft.preamble[0].text


def test_the_drafts_own_symbol():
    from draftapp.model import SetMeta

    from .helpers import CLEAN_EN

    draft = en(CLEAN_EN)
    for good in ("A/80/L.9", "A/C.3/80/L.5/Rev.1", "S/2026/123", "A/80/L.[\u2026]"):
        SetMeta(symbol=good).apply(draft)
        assert not found(draft, "symbols.malformed"), good
    SetMeta(symbol="A/80/L9").apply(draft)
    [d] = found(draft, "symbols.malformed")
    assert d.part == "meta" and d.field == "symbol"
    apply_fix(draft, d)
    assert draft.meta.symbol == "A/80/L.9"


def test_emergency_special_session_resolutions_are_not_read_as_session_10():
    draft = _en("its resolutions ES-10/24 of 18 September 2024 and ES-11/1 of 2 March 2022")
    assert not found(draft, "citations.session-year") and not found(draft, "citations.form")
