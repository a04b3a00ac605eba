"""`draftapp check FILE [--json]`: line and JSON output, exit statuses."""

import json
import shutil

from draftapp.cli import main

from .helpers import EN_HEAD


def _write(tmp_path, body, name="d.md"):
    path = tmp_path / name
    path.write_text(EN_HEAD + body, encoding="utf-8")
    return path


def test_clean_file_exits_0_and_prints_nothing(tmp_path, capsys):
    path = _write(tmp_path, "*Recalling* it,\n\n1. *Decides* to act.\n")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_error_lines_and_exit_1(tmp_path, capsys):
    path = _write(tmp_path, "*Recalling* it;\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n")
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{path}:preamble:1: error: punctuation.preamble-end: A preambular paragraph ends with \u201c,\u201d, not \u201c;\u201d."
    ]


def test_warnings_only_exit_0(tmp_path, capsys):
    path = _write(tmp_path, "*Noting* the report<sup>1</sup>,\n\n1. *Decides* to act.\n\n<sup>1</sup> A/80/1.\n")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert ":preamble:1: warning: footnotes.marker-place:" in out


def test_json_output(tmp_path, capsys):
    path = _write(tmp_path, "*Recalling* it,\n\n1. *Decides* to act;\n\n<sup>1</sup> A/80/1\n")
    assert main(["check", str(path), "--json"]) == 1
    items = json.loads(capsys.readouterr().out)
    assert {tuple(sorted(i)) for i in items} == {("index", "message", "part", "rule", "severity", "span")}
    by_rule = {i["rule"]: i for i in items}
    assert by_rule["punctuation.final-end"]["part"] == "operative"
    assert by_rule["punctuation.final-end"]["index"] == 1
    assert by_rule["punctuation.final-end"]["span"] == [len("Decides to act"), len("Decides to act;")]
    assert by_rule["footnotes.uncited"]["part"] == "footnotes"
    assert by_rule["footnotes.uncited"]["span"] is None


def test_unreadable_file_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nothing.md")]) == 2
    assert "nothing.md" in capsys.readouterr().err
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00binary")
    assert main(["check", str(bad)]) == 2
    assert "bad.md" in capsys.readouterr().err


def test_csto_draft_has_no_errors(fixtures, tmp_path, capsys):
    path = tmp_path / "csto-draft-zh.md"
    shutil.copy(fixtures / "csto-draft-zh.md", path)
    assert main(["check", str(path)]) == 0


def test_draft_file_and_meta_and_sponsor_places(tmp_path, capsys):
    from draftapp.io.formats import write_draft
    from draftapp.io.text import read_text
    from draftapp.model import SetMeta, SetSponsors

    draft = read_text(EN_HEAD + "*Recalling* it,\n\n1. *Decides* to act.\n")
    SetSponsors(["Belarus", "Armenia"]).apply(draft)
    SetMeta(title="[\u2026 title \u2026]").apply(draft)
    path = tmp_path / "d.draft"
    write_draft(draft, path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{path}:meta:-: error: placeholder: Fill in \u201c[\u2026 title \u2026]\u201d in the title." in out
    assert any(line.startswith(f"{path}:sponsors:1: warning: sponsors.order:") for line in out)
    assert main(["check", str(path), "--json"]) == 1
    items = json.loads(capsys.readouterr().out)
    meta = next(i for i in items if i["part"] == "meta")
    assert meta["index"] is None and meta["span"] == [0, len("[\u2026 title \u2026]")]
    sponsor = next(i for i in items if i["part"] == "sponsors")
    assert sponsor["index"] == 1 and sponsor["span"] == [0, 1]


def test_help_lists_check(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["--help"])
    assert "check" in capsys.readouterr().out
