"""Real drafts against what was adopted, and the CSTO draft against an edited copy: the
list of changes `draftapp diff` prints, against the list established by reading the two
texts (tests/compare/expected/, one file a pair, with how it was established)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from draftapp.cli import main
from draftapp.compare import changes, compare
from draftapp.io.formats import read_draft

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = FIXTURES / "texts"
EXPECTED = Path(__file__).parent / "expected"

PAIRS = [
    (TEXTS / "A_80_L.9_en.txt", TEXTS / "A_RES_80_6_en.txt", "A_80_L.9-vs-A_RES_80_6.txt"),
    (TEXTS / "A_80_L.6_en.txt", TEXTS / "A_RES_80_4_en.txt", "A_80_L.6-vs-A_RES_80_4.txt"),
    (TEXTS / "A_80_L.7_en.txt", TEXTS / "A_RES_80_7_en.txt", "A_80_L.7-vs-A_RES_80_7.txt"),
    (FIXTURES / "csto-draft-zh.md", FIXTURES / "compare" / "csto-edited-zh.md", "csto-vs-edited.txt"),
]


def expected(name: str) -> list[str]:
    lines = (EXPECTED / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("old, new, listing", PAIRS, ids=[p[2][:-4] for p in PAIRS])
def test_diff_lists_the_changes_found_by_reading(old, new, listing, capsys):
    assert main(["diff", str(old), str(new)]) == 1  # they differ
    printed = capsys.readouterr().out.splitlines()
    assert printed == expected(listing)


@pytest.mark.parametrize("old, new, listing", PAIRS, ids=[p[2][:-4] for p in PAIRS])
def test_every_paragraph_of_the_pair_is_aligned(old, new, listing):
    """No paragraph of these pairs is reported inserted or deleted unless it was: the
    adopted texts keep every paragraph of their drafts."""
    found = changes(compare(read_draft(old), read_draft(new)))
    kinds = [c.kind for c in found]
    if listing.startswith("csto"):
        assert kinds.count("insert") == 1 and kinds.count("delete") == 1 and kinds.count("move") == 1
    else:
        assert not {"insert", "delete", "move"} & set(kinds)


def test_json_gives_kind_part_indices_and_word_pieces(capsys):
    old, new = FIXTURES / "csto-draft-zh.md", FIXTURES / "compare" / "csto-edited-zh.md"
    main(["diff", str(old), str(new), "--json"])
    data = json.loads(capsys.readouterr().out)
    by_label = {(c["kind"], c["old_label"] or c["new_label"]): c for c in data["changes"]}
    inserted = by_label[("insert", "PP3 bis")]
    assert inserted["part"] == "preamble" and inserted["old_index"] is None and inserted["new_index"] == [3]
    assert inserted["pieces"] == [{"op": "insert", "text": "强调区域组织在预防冲突和建设和平方面的作用，"}]
    moved = by_label[("move", "OP6")]
    assert (moved["old_index"], moved["new_index"], moved["new_label"]) == ([5], [3], "OP4")
    edit = by_label[("edit", "OP7")]
    assert edit["part"] == "operative"
    assert [p for p in edit["pieces"] if p["op"] != "equal"] == [{"op": "delete", "text": "鼓励"}, {"op": "insert", "text": "促请"}]
    assert "".join(p["text"] for p in edit["pieces"] if p["op"] != "delete").startswith("促请两组织继续探讨")
    deleted = by_label[("delete", "OP9")]
    assert deleted["old_index"] == [8] and deleted["new_index"] is None
    note = next(c for c in data["changes"] if c["kind"] == "footnote")
    assert note["action"] == "edit" and {"op": "insert", "text": "；另见 S/PRST/2014/5"} in note["pieces"]
    meta = next(c for c in data["changes"] if c["kind"] == "meta")
    assert meta["field"] == "sponsors" and "白俄罗斯" in meta["old"] and "白俄罗斯" not in meta["new"]


def test_the_same_draft_twice_has_no_changes(capsys):
    path = TEXTS / "A_80_L.6_en.txt"
    assert main(["diff", str(path), str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_diff_of_one_file_uses_its_base(tmp_path, capsys):
    out = tmp_path / "new.draft"
    assert main(["new", "--from", str(TEXTS / "A_RES_80_6_en.txt"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["diff", str(out)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "new PP inserted before PP1"  # the "Recalling its resolution 80/6" paragraph
    assert not any(line.startswith(("PP", "OP")) for line in printed)  # the rest of the text is the base's


def test_diff_of_one_file_without_a_base_says_so(tmp_path, capsys):
    assert main(["diff", str(TEXTS / "A_80_L.6_en.txt")]) == 2
    assert "has no base" in capsys.readouterr().err
