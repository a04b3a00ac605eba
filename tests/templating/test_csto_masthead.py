"""The CSTO draft (reference/csto-draft-zh.md) rebuilt from the General Assembly template
in Chinese: its masthead lines come out exactly as in the reference."""

from draftapp.model import AgendaItem
from draftapp.templating import NewDraftRequest, new_draft, render_text

AGENDA_TITLES = ["联合国同各区域组织及其他组织的合作：", "联合国同集体安全条约组织的合作"]
TITLE = "联合国同集体安全条约组织的合作"


def masthead(text: str) -> list[str]:
    """The lines from the session heading to the organ line."""
    lines = text.splitlines()
    start = lines.index("## 第七十一届会议")
    end = lines.index("大会，")
    return lines[start : end + 1]


def csto_request(sponsors):
    return NewDraftRequest(
        organ="ga",
        language="zh",
        session=71,
        agenda=[AgendaItem("126(v)", AGENDA_TITLES)],
        title=TITLE,
        sponsors=sponsors,
        next_session=73,
    )


def test_masthead_reproduced_exactly(csto_text):
    sponsors = ["亚美尼亚", "白俄罗斯", "哈萨克斯坦", "吉尔吉斯斯坦", "俄罗斯联邦", "塔吉克斯坦"]
    rendered = masthead(render_text(csto_request(sponsors)))
    expected = masthead(csto_text)
    assert rendered == expected
    # the lines the issue names, spelled out
    assert expected[0] == "## 第七十一届会议"
    assert "议程项目 126(v)" in expected
    assert "亚美尼亚、白俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、俄罗斯联邦和塔吉克斯坦：  " in expected
    assert "决议草案" in expected
    assert "### 联合国同集体安全条约组织的合作" in expected


def test_sponsors_typed_in_english_in_any_order_give_the_same_line(csto_text):
    sponsors = ["Tajikistan", "Russian Federation", "Armenia", "Kyrgyzstan", "Kazakhstan", "Belarus"]
    assert masthead(render_text(csto_request(sponsors))) == masthead(csto_text)


def test_rebuilt_draft_imports_with_the_reference_metadata(csto_text):
    from draftapp.io.text import read_text

    made = new_draft(csto_request(["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan"]))
    reference = read_text(csto_text)
    assert made.meta.session == reference.meta.session == 71
    assert made.meta.agenda == reference.meta.agenda
    assert made.meta.title == reference.meta.title
    assert made.sponsors == reference.sponsors
    # the closing paragraph in the sub-item form of operative paragraph 9
    assert made.operative[-1].text == (
        "决定将题为“联合国同集体安全条约组织的合作”的分项列入大会第七十三届会议临时议程"
        "题为“联合国同各区域组织及其他组织的合作”的项目。"
    )
