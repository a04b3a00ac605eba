"""Every script in benchmarks/ and scripts/ answers --help with its usage and exit 0,
without doing its job (no install, no benchmark, no window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Modules that the scripts import, not scripts themselves.
HELPERS = {"benchmarks/timing.py"}
SCRIPTS = sorted(
    p.relative_to(ROOT).as_posix()
    for folder in ("benchmarks", "scripts")
    for p in (ROOT / folder).iterdir()
    if p.suffix in (".py", ".sh") and p.relative_to(ROOT).as_posix() not in HELPERS
)


def test_helpers_are_not_scripts():
    for helper in HELPERS:
        assert "__main__" not in (ROOT / helper).read_text(encoding="utf-8")


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_prints_usage(script, tmp_path):
    command = [sys.executable, script] if script.endswith(".py") else ["bash", script]
    before = {p.name for p in ROOT.iterdir()}
    done = subprocess.run(
        [*command, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.lower().startswith("usage:"), done.stdout
    assert "Traceback" not in done.stderr
    assert {p.name for p in ROOT.iterdir()} == before  # it did nothing but answer
