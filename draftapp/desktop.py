"""The editor in the desktop: a desktop entry with its icon, and the .draft file type
(application/x-draftapp), so that a file manager opens .draft files in the editor.

Installed into the user's desktop data folder (userdirs.desktop_data_home) or, with
`system`, into /usr/local/share; the files come from resources/desktop/. These are the
freedesktop.org conventions (Linux and the BSDs); Windows and macOS register file types
through an installer instead.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from draftapp.paths import RESOURCES
from draftapp.userdirs import desktop_data_home

SOURCE = RESOURCES / "desktop"
MIME_TYPE = "application/x-draftapp"
SYSTEM_DATA = Path("/usr/local/share")


def data_home(system: bool = False) -> Path:
    if system:
        return SYSTEM_DATA
    return desktop_data_home()


def targets(base: Path) -> dict[str, Path]:
    """Where each file of resources/desktop goes under a data folder."""
    return {
        "draftapp.desktop": base / "applications" / "draftapp.desktop",
        "draftapp.svg": base / "icons" / "hicolor" / "scalable" / "apps" / "draftapp.svg",
        "draftapp.xml": base / "mime" / "packages" / "draftapp.xml",
    }


def launcher() -> str:
    """The command line that starts the editor: the `draftapp` script beside this
    Python (a venv's bin/), or this Python running the package."""
    script = Path(sys.executable).parent / "draftapp"
    words = [str(script)] if script.is_file() else [sys.executable, "-m", "draftapp"]
    # The desktop entry spec quotes with double quotes only.
    return " ".join(f'"{w}"' if any(c in w for c in " \t\"'\\$`") else w for w in words)


def install(system: bool = False) -> list[Path]:
    """Write the desktop entry, icon and MIME type; refresh the caches where the tools
    exist. Returns the files written."""
    base = data_home(system)
    written = []
    for name, target in targets(base).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        text = (SOURCE / name).read_text(encoding="utf-8")
        if name.endswith(".desktop"):
            text = text.replace("{exec}", launcher())
        target.write_text(text, encoding="utf-8")
        written.append(target)
    _refresh(base)
    return written


def uninstall(system: bool = False) -> list[Path]:
    """Remove what `install` wrote; returns the files removed."""
    base = data_home(system)
    removed = []
    for target in targets(base).values():
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh(base)
    return removed


def _refresh(base: Path) -> None:
    """The MIME and desktop databases are caches: rebuild them if the tools are there
    (Debian's shared-mime-info and desktop-file-utils)."""
    for tool, folder in (("update-mime-database", base / "mime"), ("update-desktop-database", base / "applications")):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def describe(paths: list[Path]) -> str:
    return "\n".join(shlex.quote(str(p)) for p in paths)
