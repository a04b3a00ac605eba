"""Where a user keeps templates of their own."""

from __future__ import annotations

import os
from pathlib import Path

def default_user_dir() -> Path:
    """$XDG_CONFIG_HOME/draftapp/templates, or ~/.config/draftapp/templates."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "draftapp" / "templates"


def user_templates(folder: str | Path | None = None) -> list[str]:
    """Template files (*.j2) in the user's folder, by name; none if it does not exist."""
    folder = Path(folder) if folder else default_user_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.j2") if p.is_file())
