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
