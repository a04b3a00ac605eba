"""Atomic saves: read-only files refused, symbolic links kept, leftovers of killed saves
removed by the next save (only our own, by their name)."""

import os
import subprocess
import sys

import pytest

from draftapp.io.atomic import LEFTOVER, ReadOnlyError, atomic_write, remove_leftovers
from draftapp.io.errors import DraftIOError


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_save_leaves_a_file_the_next_save_removes(tmp_path):
    target = tmp_path / "coop.draft"
    atomic_write(target, b"one")
    # what a save killed between mkstemp and rename leaves behind
    leftover = tmp_path / f".coop.draft.draftapp-{dead_pid()}-abc123_x.tmp"
    leftover.write_bytes(b"half")
    # not ours: another program's temporary files, and a live process's save in progress
    foreign = [tmp_path / ".coop.draft.abcdefgh.tmp", tmp_path / "notes.tmp",
               tmp_path / f".coop.draft.draftapp-{os.getppid()}-zzzzzz.tmp",
               tmp_path / f".other.draft.draftapp-{dead_pid()}-abcdef.tmp"]
    for f in foreign:
        f.write_bytes(b"keep")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert not leftover.exists()
    assert all(f.exists() for f in foreign)
    # the editor's start clears a whole folder of its own leftovers (the autosave folder)
    assert remove_leftovers(tmp_path) == [foreign[3]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["coop.draft"] + [f.name for f in foreign[:3]])


def test_the_temporary_name_is_recognizable():
    assert LEFTOVER.match(".coop.draft.draftapp-123-k2j_3x9a.tmp")["name"] == "coop.draft"
    assert not LEFTOVER.match(".coop.draft.k2j_3x9a.tmp")


def test_a_read_only_file_is_not_replaced(tmp_path):
    target = tmp_path / "locked.draft"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyError) as e:
        atomic_write(target, b"new")
    assert "read-only" in str(e.value) and str(target) in str(e.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["locked.draft"]


def test_a_symbolic_link_is_followed_and_kept(tmp_path):
    real = tmp_path / "store" / "coop.draft"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "coop.draft"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["coop.draft"]


def test_errors_name_the_file_the_user_chose(tmp_path):
    with pytest.raises(DraftIOError) as e:
        atomic_write(tmp_path / "missing-folder" / "x.draft", b"x")
    assert "missing-folder/x.draft" in str(e.value) and ".tmp" not in str(e.value)
