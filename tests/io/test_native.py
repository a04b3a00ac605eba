""".draft files: round trips, atomic saves, and a clear message for every bad file."""

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import large_draft  # noqa: E402

from draftapp.io import native  # noqa: E402
from draftapp.io.errors import DraftIOError  # noqa: E402
from draftapp.io.formats import read_draft, write_draft  # noqa: E402
from draftapp.io.text import read_text  # noqa: E402


def test_seed_round_trips_through_a_draft_file(tmp_path, csto_text):
    draft = read_text(csto_text)
    path = tmp_path / "csto.draft"
    native.save(draft, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "draftapp" and data["version"] == native.VERSION
    again = native.load(path)
    assert again == draft
    # ids survive, unlike a text round trip
    assert [p.id for p in again.paragraphs()] == [p.id for p in draft.paragraphs()]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_large_generated_draft_round_trips(tmp_path, language):
    draft = large_draft(language)
    path = tmp_path / "large.draft"
    write_draft(draft, path)
    assert read_draft(path) == draft
    text_path = tmp_path / "large.md"
    write_draft(draft, text_path)
    assert read_draft(text_path) == draft


def test_save_leaves_no_temporary_files_and_replaces_atomically(tmp_path, csto_text):
    path = tmp_path / "a.draft"
    native.save(read_text(csto_text), path)
    native.save(read_text(csto_text), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.draft"]


def test_saved_files_get_the_usual_mode_not_a_private_one(tmp_path, csto_text):
    umask = os.umask(0o022)
    try:
        path = tmp_path / "a.draft"
        native.save(read_text(csto_text), path)
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o640)  # a mode the user chose is kept
        native.save(read_text(csto_text), path)
        assert path.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(umask)


def test_failed_save_keeps_the_old_file(tmp_path, csto_text, monkeypatch):
    path = tmp_path / "a.draft"
    native.save(read_text(csto_text), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(DraftIOError, match="No space left"):
        native.save(read_text(csto_text), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.draft"]


GOOD = {"format": "draftapp", "version": 1, "draft": {"language": "en", "preamble": [], "operative": []}}


def _case(name):
    if name == "truncated":
        return json.dumps(GOOD)[:40]
    if name == "not json":
        return "this is a letter, not a draft"
    if name == "damaged":
        return json.dumps(GOOD).replace(":", ";", 1)
    if name == "wrong type":
        bad = json.loads(json.dumps(GOOD))
        bad["draft"]["preamble"] = [{"id": 5, "runs": []}]
        return json.dumps(bad)
    if name == "wrong run":
        bad = json.loads(json.dumps(GOOD))
        bad["draft"]["operative"] = [{"id": "p1", "runs": [{"colour": "red"}]}]
        return json.dumps(bad)
    if name == "newer version":
        bad = dict(GOOD, version=99)
        return json.dumps(bad)
    if name == "other format":
        return json.dumps({"format": "something-else", "version": 1})
    if name == "not an object":
        return "[1, 2, 3]"
    if name == "bad session":
        bad = json.loads(json.dumps(GOOD))
        bad["draft"]["meta"] = {"session": "seventy"}
        return json.dumps(bad)
    raise AssertionError(name)


@pytest.mark.parametrize(
    "name, words",
    [
        ("truncated", "cut short"),
        ("not json", "damaged JSON"),
        ("damaged", "damaged JSON"),
        ("wrong type", "preamble[0].id should be text"),
        ("wrong run", "neither text"),
        ("newer version", "newer Draftapp"),
        ("other format", "not a Draftapp draft"),
        ("not an object", "should be an object"),
        ("bad session", "meta.session should be a whole number"),
    ],
)
def test_bad_files_give_a_clear_message_and_stay_untouched(tmp_path, name, words):
    path = tmp_path / "bad.draft"
    path.write_text(_case(name), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DraftIOError) as info:
        read_draft(path)
    message = str(info.value)
    assert str(path) in message and words in message
    assert path.read_bytes() == before


def test_binary_and_non_utf8_files(tmp_path):
    binary = tmp_path / "x.draft"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(DraftIOError, match="not UTF-8"):
        read_draft(binary)
    text = tmp_path / "x.md"
    text.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(DraftIOError, match="not a text file"):
        read_draft(text)
    latin = tmp_path / "y.txt"
    latin.write_bytes("Résolution".encode("latin-1"))
    with pytest.raises(DraftIOError, match="not UTF-8"):
        read_draft(latin)


def test_missing_file_and_unknown_extension(tmp_path):
    with pytest.raises(DraftIOError, match="No such file"):
        read_draft(tmp_path / "missing.draft")
    other = tmp_path / "x.odt"
    other.write_bytes(b"PK")
    with pytest.raises(DraftIOError, match="cannot open .odt"):
        read_draft(other)
    cut = tmp_path / "x.pdf"  # a PDF is read (io/pdf): a bare header is a damaged one
    cut.write_bytes(b"%PDF")
    with pytest.raises(DraftIOError, match="cannot be read"):
        read_draft(cut)


def test_a_file_older_than_the_footnote_style_loads_with_the_style_its_notes_follow(csto_text):
    import json

    from draftapp.io.native import loads

    draft = read_text(csto_text)  # the 71st-session draft cites its note 1 again
    data = json.loads(native.dumps(draft))
    assert data["draft"]["meta"]["footnote_repeats"] == "same"
    del data["draft"]["meta"]["footnote_repeats"]
    assert loads(json.dumps(data)).meta.footnote_repeats == "same"
    data["draft"]["meta"]["footnote_repeats"] = "new"  # a file that says it keeps it
    assert loads(json.dumps(data)).meta.footnote_repeats == "new"
