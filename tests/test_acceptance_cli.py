"""Acceptance tests of the `draftapp` command over real texts and bad output channels
(found in the acceptance pass of 2026-11-27)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _draftapp_pipe(args: list[str], lines: int = 1) -> tuple[int, str]:
    """Run `draftapp ARGS | head -LINES`: the exit status of draftapp and its stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "draftapp.cli", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    for _ in range(lines):
        proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, like `head -1`
    err = proc.stderr.read().decode()
    return proc.wait(timeout=60), err


def _many_errors(tmp_path: Path) -> Path:
    """A draft whose check output is far larger than a pipe's buffer, every line an error."""
    lines = ["## Eightieth session", "", "### A title", "", "*The General Assembly*,", ""]
    for i in range(600):
        lines += [f"*Recalling* its resolution {i + 1} of 2 March 2010.", ""]
    lines.append("1. *Decides* to remain seized of the matter.")
    path = tmp_path / "errors.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_check_to_a_closed_pipe_still_exits_1_on_errors(tmp_path, json_flag):
    path = _many_errors(tmp_path)
    status, err = _draftapp_pipe(["check", *json_flag, str(path)])
    assert "Traceback" not in err and "Exception ignored" not in err
    assert status == 1


def test_show_json_to_a_closed_pipe_is_quiet(tmp_path):
    path = _many_errors(tmp_path)
    status, err = _draftapp_pipe(["show", "--json", str(path)])
    assert (status, err) == (0, "")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["show", "--json"], ["check"], ["show"]])
def test_output_to_a_full_disk_is_a_message_not_a_traceback(tmp_path, command):
    path = _many_errors(tmp_path)
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "draftapp.cli", *command, str(path)],
            stdout=full, stderr=subprocess.PIPE, cwd=ROOT, timeout=60,
        )
    err = proc.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err
    assert "No space left on device" in err
    assert proc.returncode == 2


def test_convert_onto_its_own_input_leaves_the_input_as_it_was(tmp_path, capsys):
    from draftapp.cli import main

    source = ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt"
    copy = tmp_path / "A_RES_80_6_en.txt"
    copy.write_bytes(source.read_bytes())
    assert main(["convert", str(copy), str(copy)]) == 2
    err = capsys.readouterr().err
    assert str(copy) in err and "Traceback" not in err
    assert copy.read_bytes() == source.read_bytes()


def test_export_warnings_name_the_document(tmp_path, capsys):
    from draftapp.cli import main

    out = tmp_path / "l6.docx"
    assert main(["export", str(ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt"), "-o", str(out)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings and all(line.startswith(f"draftapp: {out}: warning: ") for line in warnings)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_text_saved_as_utf16_with_its_mark_reads_like_utf8(tmp_path, encoding):
    # Notepad's "Unicode" is UTF-16 with a byte order mark; it was refused as binary data
    from draftapp.io.formats import read_draft

    source = ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt"
    text = source.read_text(encoding="utf-8")
    path = tmp_path / "copy.txt"
    mark = "" if encoding == "utf-16" else "\ufeff"
    path.write_bytes((mark + text).encode(encoding))
    assert read_draft(path) == read_draft(source)


def test_new_from_refuses_template_options_it_would_ignore(tmp_path, capsys):
    # `new --from A_RES_80_6 --session 90` wrote a session-81 draft and exited 0
    from draftapp.cli import main

    source = str(ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt")
    out = tmp_path / "next.draft"
    assert main(["new", "--from", source, "--session", "90", "--lang", "fr", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--session" in err and "--lang" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["new", "--from", source, "-o", str(out), "--force"]) == 0
    assert out.exists()


@pytest.mark.parametrize("name", ["folder", "folder.docx", "folder.draft", "folder.md"])
@pytest.mark.parametrize("command", ["show", "check"])
def test_a_folder_is_named_as_a_folder(tmp_path, capsys, name, command):
    from draftapp.cli import main

    folder = tmp_path / name
    folder.mkdir()
    assert main([command, str(folder)]) == 2
    assert capsys.readouterr().err == f"draftapp: {folder}: this is a folder, not a file\n"
