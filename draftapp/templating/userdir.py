"""Where a user keeps templates of their own."""

from __future__ import annotations

from pathlib import Path

from draftapp.userdirs import user_templates_dir


def default_user_dir() -> Path:
    """The templates folder in the user's config folder (~/.config/draftapp/templates on
    Linux; draftapp/userdirs.py knows the other platforms)."""
    return user_templates_dir()


def user_templates(folder: str | Path | None = None) -> list[str]:
    """Template files (*.j2) in the user's folder, by name; none if it does not exist."""
    folder = Path(folder) if folder else default_user_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.j2") if p.is_file())
