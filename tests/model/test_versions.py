"""A draft knows its base and its named versions; paragraph ids (its lineage) survive
the edits a delegate makes, and the .draft file keeps all of it (format version 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from draftapp.cli import main
from draftapp.io import native
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.io.text import read_text
from draftapp.model import (
    Base,
    DeleteParagraph,
    EditText,
    Indent,
    InsertParagraph,
    MoveParagraph,
    Outdent,
    Paragraph,
    Text,
    Version,
    snapshot,
)

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "texts"


def ids(draft):
    return [p.id for p in draft.paragraphs()]


def test_snapshot_is_a_deep_copy_with_the_same_ids_and_no_history(csto_text):
    draft = read_text(csto_text)
    draft.base = Base(snapshot(draft), source="csto.md")
    draft.versions.append(Version("zero draft", "2026-01-01T10:00:00", snapshot(draft)))
    snap = snapshot(draft)
    assert snap == draft and ids(snap) == ids(draft)
    assert snap.base is None and snap.versions == []
    assert draft.base is not None and len(draft.versions) == 1  # the original keeps them
    snap.operative[0].runs = [Text("changed")]
    assert draft.operative[0].text != "changed"


def test_base_and_versions_round_trip_through_a_version_2_file(tmp_path, csto_text):
    draft = read_text(csto_text)
    draft.base = Base(snapshot(draft), source="A/RES/71/1", date="2026-01-02T09:00:00")
    EditText(draft.operative[0].id, [Text("Changed words")]).apply(draft)
    draft.versions.append(Version("after first reading", "2026-01-03T09:00:00", snapshot(draft)))
    path = tmp_path / "d.draft"
    native.save(draft, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert data["base"]["source"] == "A/RES/71/1" and data["versions"][0]["name"] == "after first reading"
    again = native.load(path)
    assert again == draft
    assert again.base.draft == draft.base.draft and again.base.draft != again
    assert again.base.source == "A/RES/71/1" and again.base.date == "2026-01-02T09:00:00"
    assert ids(again.base.draft) == ids(draft.base.draft)
    assert [(v.name, v.date) for v in again.versions] == [("after first reading", "2026-01-03T09:00:00")]
    assert again.versions[0].draft == draft.versions[0].draft


def test_a_version_1_file_still_opens(tmp_path):
    path = tmp_path / "old.draft"
    path.write_text(json.dumps({"format": "draftapp", "version": 1, "draft": {
        "language": "en", "preamble": [{"id": "p1", "runs": [{"text": "Recalling,"}]}], "operative": []}}))
    draft = native.load(path)
    assert draft.preamble[0].text == "Recalling," and draft.base is None and draft.versions == []


def test_a_newer_file_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "future.draft"
    path.write_text(json.dumps({"format": "draftapp", "version": 3, "draft": {}}))
    with pytest.raises(DraftIOError) as e:
        native.load(path)
    assert "future.draft" in str(e.value) and "newer Draftapp" in str(e.value)


def test_a_damaged_snapshot_is_named_in_the_message(tmp_path):
    path = tmp_path / "bad.draft"
    path.write_text(json.dumps({"format": "draftapp", "version": 2, "draft": {"language": "en"},
                                "versions": [{"name": "x", "draft": {"language": "en", "preamble": 5}}]}))
    with pytest.raises(DraftIOError) as e:
        native.load(path)
    assert "versions[0].draft.preamble" in str(e.value)


def test_new_from_a_resolution_makes_it_the_base_with_shared_ids(tmp_path):
    out = tmp_path / "new.draft"
    assert main(["new", "--from", str(TEXTS / "A_RES_80_6_en.txt"), "-o", str(out)]) == 0
    draft = native.load(out)
    resolution = read_draft(TEXTS / "A_RES_80_6_en.txt")
    assert draft.base is not None and draft.base.source == "A_RES_80_6_en.txt"
    assert draft.base.draft == resolution  # the adopted text, whole
    # every paragraph but the new "Recalling" one is the base's, by id
    base_ids = set(ids(draft.base.draft))
    new_only = [p for p in draft.paragraphs() if p.id not in base_ids]
    assert [p.text for p in new_only] == [draft.preamble[0].text]
    assert draft.preamble[0].text.startswith("Recalling its resolution 80/6")
    assert [p.id for p in draft.preamble[1:]] == [p.id for p in draft.base.draft.preamble]


def test_ids_survive_edits_moves_indents_and_outdents(csto_text):
    draft = read_text(csto_text)
    before = set(ids(draft))
    op = draft.operative
    first, second, third = op[0].id, op[1].id, op[2].id
    for command in (
        EditText(first, [Text("New words")]),
        MoveParagraph(third, "operative", 0),
        MoveParagraph(first, "preamble", 1),  # across parts
        Indent(second),
        Outdent(second),
    ):
        command.apply(draft)
    assert set(ids(draft)) == before
    assert draft.find(first).text == "New words" and draft.preamble[1].id == first
    # what makes a new lineage: a new paragraph, and deleting and re-inserting
    inserted = Paragraph.of("A new paragraph")
    InsertParagraph("operative", 0, inserted).apply(draft)
    DeleteParagraph(second).apply(draft)
    assert inserted.id not in before and second not in set(ids(draft))


def test_a_text_read_twice_has_no_lineage(csto_text):
    """Every import makes fresh ids: comparing two imports needs similarity, not identity."""
    assert not set(ids(read_text(csto_text))) & set(ids(read_text(csto_text)))


def test_set_base_and_save_version_are_undoable_edits(csto_text):
    from draftapp.model import History, SaveVersion, SetBase

    draft = read_text(csto_text)
    history = History(draft)
    base = Base(snapshot(draft), source="csto.md")
    history.do(SetBase(base))
    history.do(SaveVersion("zero draft", "2026-01-01T09:00:00"))
    EditText(draft.operative[0].id, [Text("Later words")]).apply(draft)
    assert draft.base is base and [v.name for v in draft.versions] == ["zero draft"]
    assert draft.versions[0].draft.operative[0].text != "Later words"  # the snapshot kept the words of its time
    history.undo()
    assert draft.versions == []
    history.undo()
    assert draft.base is None
    history.redo()
    assert draft.base is base
