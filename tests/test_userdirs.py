"""The user's folders come from platformdirs through draftapp/userdirs.py, on every
platform; DRAFTAPP_CONFIG_DIR and DRAFTAPP_DATA_DIR override them; no other module
writes a folder of its own."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
import pytest

from draftapp import userdirs
from draftapp.templating import default_user_dir

PACKAGE = Path(userdirs.__file__).parent


def test_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DRAFTAPP_DATA_DIR", str(tmp_path / "data"))
    assert userdirs.user_templates_dir() == tmp_path / "config" / "templates"
    assert default_user_dir() == tmp_path / "config" / "templates"
    assert userdirs.settings_file() == tmp_path / "config" / "settings.ini"
    assert userdirs.user_dictionary("fr") == tmp_path / "config" / "dictionaries" / "fr.txt"
    assert userdirs.autosave_dir() == tmp_path / "data" / "autosave"


def test_linux_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("DRAFTAPP_CONFIG_DIR", raising=False)
    monkeypatch.delenv("DRAFTAPP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert default_user_dir() == tmp_path / "xdg-config" / "draftapp" / "templates"
    assert userdirs.autosave_dir() == tmp_path / "xdg-data" / "draftapp" / "autosave"


@pytest.mark.parametrize("platform, config_part, data_part", [
    ("windows", "AppData", "AppData"),
    ("macos", "Library/Application Support", "Library/Application Support"),
])
def test_other_platforms_get_their_own_folders(monkeypatch, platform, config_part, data_part):
    """The same code on Windows and macOS: platformdirs' classes for those platforms,
    put in place of the running one, give their folders (computed, not created)."""
    monkeypatch.delenv("DRAFTAPP_CONFIG_DIR", raising=False)
    monkeypatch.delenv("DRAFTAPP_DATA_DIR", raising=False)
    if platform == "windows":
        from platformdirs.windows import Windows as Dirs

        monkeypatch.setattr("platformdirs.windows.get_win_folder", lambda name: f"C:/Users/u/AppData/{name}")
    else:
        from platformdirs.macos import MacOS as Dirs
    monkeypatch.setattr(platformdirs, "PlatformDirs", Dirs)
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *a, **k: Dirs(*a, **k).user_config_dir)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: Dirs(*a, **k).user_data_dir)
    assert config_part in userdirs.user_templates_dir().as_posix()
    assert data_part in userdirs.autosave_dir().as_posix()
    assert ".config" not in userdirs.settings_file().as_posix()


def test_no_hand_written_user_folders():
    """Only userdirs.py names the user's folders: no XDG variables, ~/.config,
    ~/.local/share or QStandardPaths anywhere else in the package."""
    pattern = re.compile(r"XDG_(CONFIG|DATA|CACHE|STATE)_HOME|[\"']\.config[\"']|[\"']\.local[\"']|QStandardPaths")
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if p.name != "userdirs.py" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
