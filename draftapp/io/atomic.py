"""Writing a file so that a crash never leaves half of it: a temporary file beside the
target, fsync, rename over it, fsync of the folder.

- A read-only target is refused (the rename would replace it silently).
- A symbolic link is followed: the file it points to is replaced and the link stays.
- The temporary file's name says who made it, `.coop.draft.draftapp-<pid>-<random>.tmp`,
  so that a later save (or the editor's start) removes the leftovers of saves that were
  killed half-way (the process that made them is gone), and nothing else.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from draftapp.io.errors import DraftIOError

TAG = "draftapp"
#: `.NAME.draftapp-PID-RANDOM.tmp`
LEFTOVER = re.compile(rf"^\.(?P<name>.+)\.{TAG}-(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp$")
#: a leftover whose process id was taken again by another program is removed after this
STALE_SECONDS = 3600


class ReadOnlyError(DraftIOError):
    """The file to save over is read-only (the editor offers Save As)."""


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _writable(path: Path) -> bool:
    """Writable by us, and not marked read-only (root may write anything, but a file
    its owner made read-only is not to be replaced behind their back)."""
    try:
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own saves run one at a time: an earlier one that left this was killed... or failed
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def remove_leftovers(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files of our own saves that never finished (of the file
    `name` only, when given); the ones removed are returned. Never raises."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = LEFTOVER.match(entry.name)
        if not m or (name is not None and m["name"] != name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            if old or not _alive(int(m["pid"])):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except (OSError, ValueError):
            continue
    return removed


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` whole, or leave it as it was; errors name `path`."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if target.exists() and not target.is_file():
        raise DraftIOError(path, "cannot save: this is a folder, not a file")
    if target.exists() and not _writable(target):
        raise ReadOnlyError(path, "the file is read-only: it was not changed; save under another name (Save As)")
    folder = target.parent if str(target.parent) else Path(".")
    remove_leftovers(folder, target.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{TAG}-{os.getpid()}-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise DraftIOError(path, f"cannot write here: {e.strerror or e}") from None
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would,
        # or keep the mode of the file it replaces.
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        try:
            dir_fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise DraftIOError(path, f"could not save: {e.strerror or e}") from None
