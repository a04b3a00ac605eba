"""Errors that reach the user: each names the file and says what is wrong with it."""

from __future__ import annotations

from pathlib import Path


class DraftIOError(Exception):
    """A file could not be read or written; the message is for the user."""

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


def checked_size(path: str | Path, limit: int, what: str) -> int:
    """The file's size in bytes, refused before anything reads it when it is over `limit`
    (`what` names what such a file is, "a draft's text"). DraftIOError names the file."""
    try:
        size = Path(path).stat().st_size
    except OSError as e:
        raise DraftIOError(path, e.strerror or str(e)) from None
    if size > limit:
        raise DraftIOError(path, f"the file is {size / 2**20:.0f} MB; {what} is far smaller ({limit // 2**20} MB at most)")
    return size
