"""The reference Chinese draft (fixtures/csto-draft-zh.md) imports exactly."""

import re

import pytest

from draftapp.lang import get_language
from draftapp.io.text import TextWriter, read_text, write_text
from draftapp.model import citations, footnote_numbers


@pytest.fixture
def draft(csto_text):
    return read_text(csto_text)


def test_masthead(draft):
    assert draft.language == "zh"
    assert draft.meta.organ == "ga"
    assert draft.meta.session == 71
    assert len(draft.meta.agenda) == 1
    assert draft.meta.agenda[0].number == "126(v)"
    assert draft.meta.agenda[0].titles == ["联合国同各区域组织及其他组织的合作：", "联合国同集体安全条约组织的合作"]
    assert draft.sponsors == ["亚美尼亚", "白俄罗斯", "哈萨克斯坦", "吉尔吉斯斯坦", "俄罗斯联邦", "塔吉克斯坦"]
    assert draft.meta.kind == "draft-resolution"
    assert draft.meta.title == "联合国同集体安全条约组织的合作"
    assert get_language("zh").organ_line_of(draft.meta) == "大会，"


def test_counts(draft):
    assert (len(draft.preamble), len(draft.operative), len(draft.footnotes)) == (14, 9, 6)
    assert all(not p.children for p in draft.paragraphs())


def test_repeated_citations_reuse_their_numbers(draft):
    numbers = footnote_numbers(draft)
    by_number = {numbers[f.id]: f for f in draft.footnotes}
    cited = citations(draft)

    def where(fid):
        return [(part, idx[0] + 1) for part, idx in (draft.path(pid) for pid in cited[fid])]

    assert where(by_number[1].id) == [("preamble", 1), ("operative", 1)]
    assert where(by_number[5].id) == [("preamble", 8), ("operative", 5)]
    assert by_number[1].text == "A/71/160-S/2016/621。"
    assert by_number[5].text == "第 60/288 号决议。"
    assert by_number[6].text.startswith("见《经济及社会理事会正式记录")


def test_paragraph_cut_by_the_page_break_is_one_paragraph(draft):
    text = TextWriter(draft).inline(draft.preamble[4].runs)
    assert "包括 2010 年 1 月 13 日<sup>3</sup> 和 2013 年 8 月 6 日的声明，<sup>4</sup> 其中着重指出" in text
    assert text.startswith("提及安全理事会以往所有各项相关决议")
    assert text.endswith("发展有效伙伴关系十分重要，")


def test_every_paragraph_text_equals_the_seed(draft, csto_text):
    """Each exported paragraph is a line of the seed, except the one the page break cut,
    which is the seed's two halves joined."""
    seed_lines = {line.strip() for line in csto_text.splitlines() if line.strip()}
    writer = TextWriter(draft)
    for i, p in enumerate(draft.preamble):
        text = writer.inline(p.runs)
        if i == 4:
            halves = [line for line in seed_lines if line.startswith("提及安全理事会") or line.startswith("年 8 月 6 日")]
            first = next(h for h in halves if h.startswith("提及"))
            second = next(h for h in halves if h.startswith("年"))
            assert text == first + " " + second
        else:
            assert text in seed_lines
    for p in draft.operative:
        assert f"{writer.labels[p.id]} {writer.inline(p.runs)}" in seed_lines
    for f in draft.footnotes:
        assert f"<sup>{writer.fn_numbers[f.id]}</sup> {writer.inline(f.runs)}" in seed_lines


def test_export_reimports_to_an_equal_draft(draft):
    text = write_text(draft)
    again = read_text(text)
    assert again == draft
    assert write_text(again) == text
    # the masthead comes out as the seed writes it
    for line in ["## 第七十一届会议", "议程项目 126(v)", "### 联合国同集体安全条约组织的合作", "大会，"]:
        assert re.search("^" + re.escape(line) + "$", text, re.M)
    assert "亚美尼亚、白俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、俄罗斯联邦和塔吉克斯坦：  \n决议草案" in text


def test_equality_sees_a_changed_word(draft, csto_text):
    other = read_text(csto_text.replace("十分重要", "非常重要"))
    assert other != draft
