"""The headless subcommands work where Qt cannot be imported (no PySide6, or Qt's system
libraries missing): each runs in a subprocess whose import system refuses PySide6 and
shiboken6 and writes down every attempt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "csto-zh.draft"
FIXTURE = ROOT / "tests" / "fixtures" / "texts" / "A_RES_80_6_en.txt"

BLOCKER = '''
import os, sys

class BlockQt:
    """Refuse Qt as a machine without it (or without its libraries) would."""
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            with open(os.environ["QT_ATTEMPTS"], "a") as log:
                log.write(name + "\\n")
            raise ImportError(f"{name} is blocked by the test (no Qt here)", name=name)
        return None

sys.meta_path.insert(0, BlockQt())
'''


@pytest.fixture
def run_without_qt(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    attempts = tmp_path / "qt-attempts.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=f"{site}{os.pathsep}{ROOT}", QT_ATTEMPTS=str(attempts))
    env.pop("DISPLAY", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "draftapp", *args],
            cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )
        run.attempts = attempts.read_text().split() if attempts.exists() else []
        return done

    run.env, run.cwd = env, tmp_path
    return run


def test_the_blocker_blocks(run_without_qt, tmp_path):
    (tmp_path / "try_qt.py").write_text("import PySide6.QtWidgets\n", encoding="utf-8")
    script = subprocess.run(
        [sys.executable, "try_qt.py"], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site"), "QT_ATTEMPTS": str(tmp_path / "qt-attempts.txt")},
    )
    assert script.returncode != 0 and "blocked by the test" in script.stderr
    assert (tmp_path / "qt-attempts.txt").read_text().split() == ["PySide6"]


def test_show_and_check(run_without_qt):
    shown = run_without_qt("show", str(EXAMPLE))
    assert shown.returncode == 0, shown.stderr
    assert "Operative part: 9 paragraphs" in shown.stdout
    checked = run_without_qt("check", "--json", str(EXAMPLE))
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout) == []  # the CSTO example is clean
    # a draft with mistakes: the same findings as the checks give in this process
    planted = run_without_qt.cwd / "planted.md"
    planted.write_text("*The General Assembly*,\n\n*Recalling* its resolution 79/1\n\n1. *Decides* to act;\n\n3. *Requests* a report.\n",
                       encoding="utf-8")
    checked = run_without_qt("check", "--json", str(planted))
    from draftapp.check import check_draft
    from draftapp.io.formats import read_draft

    expected = {d.rule for d in check_draft(read_draft(planted))}
    assert expected and {d["rule"] for d in json.loads(checked.stdout)} == expected
    assert run_without_qt.attempts == []


def test_convert_and_export(run_without_qt, tmp_path):
    converted = run_without_qt("convert", str(EXAMPLE), "csto.md")
    assert converted.returncode == 0, converted.stderr
    assert "### 联合国同集体安全条约组织的合作" in (tmp_path / "csto.md").read_text(encoding="utf-8")
    exported = run_without_qt("export", str(EXAMPLE), "-o", "csto.docx")
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(tmp_path / "csto.docx") as docx:
        assert "集体安全条约组织" in docx.read("word/document.xml").decode("utf-8")
    assert run_without_qt.attempts == []


def test_new_and_new_from(run_without_qt, tmp_path):
    made = run_without_qt("new", "--organ", "ga", "--lang", "en", "--session", "81", "--title", "A test", "-o", "new.draft")
    assert made.returncode == 0, made.stderr
    shown = run_without_qt("show", "new.draft").stdout
    assert "Session: 81" in shown and "Title: A test" in shown
    carried = run_without_qt("new", "--from", str(FIXTURE), "-o", "next.draft")
    assert carried.returncode == 0, carried.stderr
    outline = run_without_qt("show", "--json", "next.draft")
    assert json.loads(outline.stdout)["meta"]["session"] == 81
    assert run_without_qt.attempts == []


def test_the_editor_without_qt_names_the_packages_to_ask_for(run_without_qt):
    """Where Qt cannot load, `draftapp` says so, gives the apt-get command for Qt's
    libraries and points at the headless commands: no traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "draftapp"],
        env={**run_without_qt.env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=run_without_qt.cwd, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "the editor cannot start: Qt could not be loaded" in done.stderr
    command = [line for line in done.stderr.splitlines() if "apt-get install" in line]
    assert command and "libegl1" in command[0] and "libxcb-cursor0" in command[0]
    assert "draftapp --help" in done.stderr
