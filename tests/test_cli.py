"""The `draftapp` command: convert, show and its errors."""

import json

import pytest

from draftapp.cli import main
from draftapp.io.formats import read_draft


@pytest.fixture
def seed(fixtures):
    return fixtures / "csto-draft-zh.md"


def test_convert_text_to_draft_and_back(tmp_path, seed):
    out = tmp_path / "csto.draft"
    assert main(["convert", str(seed), str(out)]) == 0
    back = tmp_path / "back.md"
    assert main(["convert", str(out), str(back)]) == 0
    assert read_draft(back) == read_draft(seed) == read_draft(out)


def test_show_outline(seed, capsys):
    assert main(["show", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "Preamble: 14 paragraphs" in out
    assert "Operative part: 9 paragraphs" in out
    assert "[5] 第 60/288 号决议。  (cited in PP8, OP5)" in out
    assert "  9.     决定将题为" in out


def test_show_json(seed, capsys):
    assert main(["show", "--json", str(seed)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"meta", "sponsors", "preamble", "operative", "footnotes"}
    assert data["meta"]["session"] == 71
    assert len(data["preamble"]) == 14 and len(data["operative"]) == 9
    assert [p["number"] for p in data["operative"]] == list(range(1, 10))
    assert data["preamble"][0]["text"] == "审议了秘书长关于联合国同区域组织及其他组织的合作的报告，<sup>1</sup>"
    notes = {f["number"]: f for f in data["footnotes"]}
    assert notes[1]["cited_in"] == [["preamble", 1], ["operative", 1]]
    assert notes[5]["cited_in"] == [["preamble", 8], ["operative", 5]]
    assert notes[2]["text"] == "第 49/57 号决议，附件。"


def test_errors_go_to_stderr_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.draft"
    bad.write_text("{", encoding="utf-8")
    assert main(["show", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.draft" in err and "Traceback" not in err
    assert main(["convert", str(bad), str(tmp_path / "x.md")]) == 2
    assert not (tmp_path / "x.md").exists()
    assert main(["show", str(tmp_path / "missing.md")]) == 2
