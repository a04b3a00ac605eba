"""Autosave of the working copy and recovery after a crash.

Every 30 seconds (and when the window loses focus) an edited draft is written to the
user's data directory as <token>.draft, with <token>.json saying which file it belongs
to. A running editor holds <token>.lock (QLockFile); a crash leaves the copy behind with
a stale lock, which the next start finds and offers to recover. A clean save or close
removes the copy.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from draftapp.io.atomic import remove_leftovers
from draftapp.io.errors import DraftIOError
from draftapp.model import Draft
from draftapp.userdirs import autosave_dir

INTERVAL_MS = 30_000


def default_directory() -> Path:
    return autosave_dir()


@dataclass
class Orphan:
    """A working copy left by an editor that did not close cleanly."""

    token: str
    draft_path: Path
    original: str | None  # the file it was a copy of, if any
    saved_at: float

    def load(self) -> Draft:
        from draftapp.io.formats import read_draft  # validated like any file opened

        return read_draft(self.draft_path)


def _paths(directory: Path, token: str) -> tuple[Path, Path, Path]:
    return directory / f"{token}.draft", directory / f"{token}.json", directory / f"{token}.lock"


def find_orphans(directory: Path) -> list[Orphan]:
    """Working copies whose editor is gone (their lock can be taken), newest first."""
    out = []
    if not directory.is_dir():
        return out
    for info in directory.glob("*.json"):
        token = info.stem
        draft_path, _, lock_path = _paths(directory, token)
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)  # only a dead owner process makes a lock stale
        if not lock.tryLock(0):
            continue  # another editor is running with it
        lock.unlock()
        original, saved_at = _read_info(info)
        if draft_path.exists():
            if not saved_at:
                saved_at = _mtime(draft_path)
            out.append(Orphan(token, draft_path, original, saved_at))
        else:
            try:
                info.unlink(missing_ok=True)
            except OSError:
                pass
    return sorted(out, key=lambda o: -o.saved_at)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _read_info(info: Path) -> tuple[str | None, float]:
    """The file a working copy belongs to and when it was saved; a damaged info file
    (a crash while writing it, a disk error) gives (None, 0.0), never an exception."""
    try:
        meta = json.loads(info.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None, 0.0
    if not isinstance(meta, dict):
        return None, 0.0
    original = meta.get("original")
    if not isinstance(original, str) or not original or "\x00" in original:
        original = None
    saved_at = meta.get("saved_at")
    if isinstance(saved_at, bool) or not isinstance(saved_at, (int, float)) or not math.isfinite(saved_at):
        saved_at = 0.0
    return original, float(saved_at)


def discard(directory: Path, token: str) -> None:
    for path in _paths(directory, token):
        path.unlink(missing_ok=True)


class Autosaver(QObject):
    def __init__(self, session, directory: Path | None = None, interval_ms: int = INTERVAL_MS, parent=None):
        super().__init__(parent)
        self.session = session
        self.directory = Path(directory) if directory else default_directory()
        self.token = uuid.uuid4().hex[:12]
        self.draft_path, self.info_path, lock_path = _paths(self.directory, self.token)
        self.last_error = ""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            self.last_error = f"{self.directory}: {e.strerror or e}"
        self.lock = QLockFile(str(lock_path))
        self.lock.setStaleLockTime(0)
        self.lock.tryLock(0)  # without the lock (a read-only folder) saving reports its own error
        self.dirty = False
        #: panes holding typed text not yet in the draft (the Annexes pane before Apply)
        self._unapplied: list = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        session.changed.connect(self._changed)
        # QUndoStack runs a command (which emits `changed`) before it moves its index:
        # the first edit after a clean state is seen here, once the index has moved.
        session.stack.indexChanged.connect(self._changed)
        session.stack.cleanChanged.connect(self._changed)
        remove_leftovers(self.directory)

    def watch_unapplied(self, pane) -> None:
        """Text typed in `pane` and not yet applied is part of the working copy: a crash
        before Apply does not lose it. The pane gives `has_unapplied()`,
        `with_unapplied(draft)` (the draft with that text in it, the draft itself
        unchanged) and an `unappliedChanged` signal."""
        self._unapplied.append(pane)
        pane.unappliedChanged.connect(self._changed)

    def _pending(self) -> list:
        return [pane for pane in self._unapplied if pane.has_unapplied()]

    def _changed(self, *_args) -> None:
        try:
            self.dirty = not self.session.stack.isClean() or bool(self._pending())
        except RuntimeError:  # the window is closing: its undo stack is gone
            return
        if not self.dirty:
            self.remove()

    def save_now(self) -> bool:
        """Write the working copy if there is unsaved work; True when written."""
        if not self.dirty:
            return False
        try:
            from draftapp.io import native  # on first save: a tenth of a cold start otherwise

            draft = self.session.draft
            for pane in self._pending():
                draft = pane.with_unapplied(draft)
            native.save(draft, self.draft_path)
            info = {"original": str(self.session.path) if self.session.path else None, "saved_at": time.time()}
            native.atomic_write(self.info_path, json.dumps(info).encode("utf-8"))
        except (DraftIOError, OSError) as e:
            # never interrupt the user for a failed background save; say it in the status bar
            self.last_error = str(e)
            self.session.message.emit(self.tr("Autosave failed: %s") % e)
            return False
        self.dirty = False
        return True

    def remove(self) -> None:
        """The work is saved (or thrown away): the working copy is no longer needed."""
        for path in (self.draft_path, self.info_path):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # nothing was written there (the folder is unusable): nothing to remove

    def close(self) -> None:
        self.timer.stop()
        self.remove()
        self.lock.unlock()
