"""Dates: existence and the UN form of each language."""

import pytest

from draftapp.check.dates import date_forms
from draftapp.io.text import read_text

from .helpers import CLEAN_EN, FR_HEAD, apply_fix, en, found, zh
from .test_openings import RU_HEAD


def _en_with(text):
    return en(f"*Recalling* its resolution 79/6 of {text},\n\n1. *Decides* to act.\n")


def test_un_form_passes():
    assert not found(_en_with("29 October 2024"), "dates.form")
    assert not found(en(CLEAN_EN), "dates.form")


@pytest.mark.parametrize("written", ["October 29, 2024", "29th October 2024", "29th of October 2024", "29 Oct. 2024", "2024-10-29", "29 october 2024"])
def test_other_english_forms_are_fixed(written):
    draft = _en_with(written)
    [d] = found(draft, "dates.form")
    assert "\u201c29 October 2024\u201d" in d.message
    apply_fix(draft, d)
    assert "of 29 October 2024," in draft.preamble[0].text
    assert not found(draft, "dates.form")


def test_day_that_does_not_exist_is_an_error():
    [d] = found(_en_with("31 June 2024"), "dates.invalid")
    assert d.severity == "error"
    assert found(_en_with("29 February 2023"), "dates.invalid")
    assert not found(_en_with("29 February 2024"), "dates.invalid")
    assert found(zh("回顾 2010 年 2 月 30 日第 64/1 号决议，\n\n1. 决定继续处理此案。\n"), "dates.invalid")


def test_chinese_dates_with_or_without_spaces_pass():
    assert not found(zh("回顾 2004 年 12 月 2 日第 59/50 号决议和2010年3月2日第64/256号决议，\n\n1. 决定继续处理此案。\n"), "dates.form")
    draft = zh("回顾 2010-03-02 的决议，\n\n1. 决定继续处理此案。\n")
    [d] = found(draft, "dates.form")
    apply_fix(draft, d)
    assert "2010年3月2日" in draft.preamble[0].text


def test_french_first_of_the_month():
    draft = read_text(FR_HEAD + "*Rappelant* sa résolution 64/1 du 1 mars 2010,\n\n1. *Décide* de rester saisie de la question.\n")
    [d] = found(draft, "dates.form")
    apply_fix(draft, d)
    assert "du 1er mars 2010" in draft.preamble[0].text


def test_russian_year_word():
    draft = read_text(RU_HEAD + "*ссылаясь* на свою резолюцию 64/1 от 2 марта 2010,\n\n1. *постановляет* продолжить.\n")
    [d] = found(draft, "dates.form")
    apply_fix(draft, d)
    assert "от 2 марта 2010 года" in draft.preamble[0].text


def test_arabic_month_pair():
    forms = date_forms("ar")
    [date] = forms.find("المؤرخ 13 مارس 2003")
    assert forms.render(date.year, date.month, date.day) == "13 آذار/مارس 2003"
    [ok] = forms.find("المؤرخ 13 آذار/مارس 2003")
    assert forms.same(ok.text, forms.render(ok.year, ok.month, ok.day))


def test_dates_in_footnotes_are_checked():
    draft = en("*Noting* the report,<sup>1</sup>\n\n1. *Decides* to act.\n\n<sup>1</sup> Letter dated March 2, 2010.\n")
    [d] = found(draft, "dates.form")
    assert d.part == "footnotes"
