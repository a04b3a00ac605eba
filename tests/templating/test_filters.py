"""The word filters: session names, dates, sponsor lists, in each language."""

import datetime as dt

import pytest

from draftapp.templating import filters
from draftapp.templating.environment import make_environment


def render(source: str, language: str, **context) -> str:
    return make_environment().from_string(source).render(language=language, organ="ga", **context)


def test_session_filter_uses_the_ordinals_module(monkeypatch):
    calls = []

    def fake(language, number):
        calls.append((language, number))
        return f"<{language} {number}>"

    monkeypatch.setattr(filters, "session_name", fake)
    assert render("{{ 71|session }}", "fr") == "<fr 71>"
    assert calls == [("fr", 71)]


@pytest.mark.parametrize(
    "language,expected",
    [
        ("en", "Seventy-first session"),
        ("fr", "Soixante et onzième session"),
        ("es", "Septuagésimo primer período de sesiones"),
        ("ru", "Семьдесят первая сессия"),
        ("zh", "第七十一届会议"),
        ("ar", "الدورة الحادية والسبعون"),
    ],
)
def test_session_filter_in_six_languages(language, expected):
    assert render("{{ session|session }}", language, session=71) == expected


@pytest.mark.parametrize(
    "language,number,expected",
    [
        ("en", 72, "seventy-second session"),
        ("fr", 72, "soixante-douzième session"),
        ("es", 72, "septuagésimo segundo período de sesiones"),
        ("ru", 72, "семьдесят второй сессии"),
        ("ru", 73, "семьдесят третьей сессии"),
        ("ru", 100, "сотой сессии"),
        ("zh", 72, "第七十二届会议"),
        ("ar", 72, "دورتها الثانية والسبعين"),
        ("ar", 80, "دورتها الثمانين"),
        ("ar", 1, "دورتها الأولى"),
    ],
)
def test_session_in_a_sentence(language, number, expected):
    assert render("{{ n|in_sentence }}", language, n=number) == expected


@pytest.mark.parametrize(
    "language,expected",
    [
        ("en", "2 December 2004"),
        ("fr", "2 décembre 2004"),
        ("es", "2 de diciembre de 2004"),
        ("ru", "2 декабря 2004 года"),
        ("zh", "2004 年 12 月 2 日"),
        ("ar", "2 كانون الأول/ديسمبر 2004"),
    ],
)
def test_dates_in_six_languages(language, expected):
    assert render("{{ d|un_date }}", language, d=dt.date(2004, 12, 2)) == expected
    assert render("{{ '2004-12-02'|un_date }}", language) == expected


def test_french_first_of_the_month():
    assert filters.un_date("fr", dt.date(2010, 3, 1)) == "1er mars 2010"


def test_arabic_months_are_the_un_combined_forms():
    months = [filters.un_date("ar", dt.date(2003, m, 13)).split(" ", 1)[1].rsplit(" ", 1)[0] for m in range(1, 13)]
    assert months[2] == "آذار/مارس"
    assert months[5] == "حزيران/يونيه"
    assert months[11] == "كانون الأول/ديسمبر"
    assert all("/" in m for m in months) and len(set(months)) == 12


def test_russian_month_is_genitive():
    assert filters.un_date("ru", dt.date(2004, 11, 22)) == "22 ноября 2004 года"


@pytest.mark.parametrize(
    "language,names,expected",
    [
        ("en", ["State of Palestine", "Zambia", "Algeria"], "Algeria, Zambia and State of Palestine"),
        ("zh", ["塔吉克斯坦", "亚美尼亚", "白俄罗斯"], "亚美尼亚、白俄罗斯和塔吉克斯坦"),
        ("fr", ["Tunisie", "État de Palestine", "Algérie"], "Algérie, Tunisie et État de Palestine"),
        ("ru", ["Беларусь", "Армения"], "Армения и Беларусь"),
    ],
)
def test_sponsor_lists_ordered_and_joined(language, names, expected):
    assert render("{{ names|sponsors }}", language, names=names) == expected


def test_operative_label_and_quotes_follow_the_language():
    assert render("{{ 1|op_label }}", "ar") == "1 -"
    assert render("{{ 1|op_label }}", "en") == "1."
    assert render("{{ 'x'|quoted }}", "fr") == "« x »"
    assert render("{{ 'x'|quoted }}", "zh") == "“x”"
