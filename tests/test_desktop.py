"""`draftapp desktop --install/--uninstall`: the desktop entry, icon and .draft file type
in a temporary XDG_DATA_HOME, checked with Debian's desktop-file-validate and the
shared-mime-info database that update-mime-database builds."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from draftapp import desktop

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: scripts/setup.sh --test installs it (desktop-file-utils, shared-mime-info)")
    return found


@pytest.fixture
def draftapp_desktop(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "draftapp", "desktop", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)

    return run


def test_install_writes_a_valid_entry_icon_and_file_type(draftapp_desktop, tmp_path):
    share = tmp_path / "share"
    done = draftapp_desktop("--install")
    assert done.returncode == 0, done.stderr
    entry = share / "applications" / "draftapp.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / "draftapp.svg"
    mime = share / "mime" / "packages" / "draftapp.xml"
    assert str(entry) in done.stdout and all(p.is_file() for p in (entry, icon, mime))

    check = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout == "", check.stdout
    fields = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert fields["MimeType"] == "application/x-draftapp;" and fields["Icon"] == "draftapp"
    command = shlex.split(fields["Exec"])
    assert command[-1] == "%f" and os.access(command[0], os.X_OK)
    assert ET.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"

    tool("update-mime-database")
    globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-draftapp:*.draft" in globs
    tool("update-desktop-database")
    cache = (share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-draftapp=draftapp.desktop;" in cache


def test_the_entry_starts_the_editor_command(draftapp_desktop, tmp_path):
    """The Exec line runs draftapp: with --version in place of the file, it answers."""
    assert draftapp_desktop("--install", "--quiet").stdout == ""
    entry = (tmp_path / "share" / "applications" / "draftapp.desktop").read_text(encoding="utf-8")
    exec_line = next(line.split("=", 1)[1] for line in entry.splitlines() if line.startswith("Exec="))
    answer = subprocess.run(shlex.split(exec_line.replace("%f", "--version")), cwd=ROOT, capture_output=True, text=True)
    assert answer.returncode == 0 and answer.stdout.startswith("draftapp ")


def test_uninstall_removes_everything_it_installed(draftapp_desktop, tmp_path):
    share = tmp_path / "share"
    draftapp_desktop("--install")
    done = draftapp_desktop("--uninstall")
    assert done.returncode == 0, done.stderr
    assert [p for p in share.rglob("draftapp*")] == []
    assert "x-draftapp" not in (share / "mime" / "globs2").read_text(encoding="utf-8")
    assert draftapp_desktop("--uninstall").stdout.strip() == "Nothing to remove."


def test_system_install_goes_to_usr_local():
    assert desktop.targets(desktop.data_home(system=True))["draftapp.desktop"] == Path(
        "/usr/local/share/applications/draftapp.desktop")


def test_launcher_quotes_a_path_with_spaces(monkeypatch, tmp_path):
    bin_dir = tmp_path / "my env" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "draftapp").write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    assert desktop.launcher() == f'"{bin_dir / "draftapp"}"'
