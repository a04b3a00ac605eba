"""Errors that reach the user: each names the file and says what is wrong with it."""

from __future__ import annotations

from pathlib import Path


class DraftIOError(Exception):
    """A file could not be read or written; the message is for the user."""

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
