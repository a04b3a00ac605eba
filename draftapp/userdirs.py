"""The user's own folders (settings, user templates, user dictionaries, autosave), from
platformdirs so that the same code is right on Linux, Windows and macOS.

`DRAFTAPP_CONFIG_DIR` and `DRAFTAPP_DATA_DIR` override them (the tests point them at a
temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "draftapp"


def user_config_dir() -> Path:
    """Settings, user templates and user dictionaries (~/.config/draftapp on Linux)."""
    override = os.environ.get("DRAFTAPP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    """Working copies kept by autosave (~/.local/share/draftapp on Linux)."""
    override = os.environ.get("DRAFTAPP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_templates_dir() -> Path:
    """The user's own templates (`draftapp new`, File > New from template)."""
    return user_config_dir() / "templates"


def settings_file() -> Path:
    """The editor's settings (window layout, recent files), an INI file on every platform."""
    return user_config_dir() / "settings.ini"


def user_dictionary(language: str) -> Path:
    """Words the user's spelling accepts in `language`, one a line (a hunspell personal
    word list)."""
    return user_config_dir() / "dictionaries" / f"{language}.txt"


def autosave_dir() -> Path:
    """The working copies that autosave keeps for crash recovery."""
    return user_data_dir() / "autosave"


def desktop_data_home() -> Path:
    """Where a Linux desktop looks for applications and MIME types of this user
    ($XDG_DATA_HOME, else ~/.local/share): the freedesktop.org folders, which only
    Linux desktops read (the desktop entry, draftapp/desktop.py)."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def user_documents_dir() -> Path:
    """Where a new draft is proposed to be saved: the user's Documents folder (the home
    folder where there is none)."""
    found = Path(platformdirs.user_documents_dir())
    return found if found.is_dir() else Path.home()
