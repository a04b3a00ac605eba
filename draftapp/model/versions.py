"""What a draft was: its base and its named versions.

A draft may have a *base*, the text it is measured against -- the adopted resolution it
was carried over from (`draftapp new --from`), the issued L.x a revised draft answers, or
any file the user chose (File > Set base) -- and any number of *named versions* ("zero
draft", "after first reading", "Rev.1", "as tabled"), each a snapshot with its date.

Snapshots are plain `Draft`s without a base or versions of their own. Their paragraph
and footnote ids are the draft's ids at the time, which is what lets the compare engine
(draftapp/compare) align paragraphs by identity: ids survive edits of text, moves,
indenting and outdenting. They do not survive importing the same text again (every read
of a text or a foreign DOCX makes fresh ids) or splitting and joining paragraphs; the
compare engine falls back to similarity there.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from draftapp.model.draft import Draft


@dataclass
class Base:
    """The text a draft is measured against, and where it came from."""

    draft: Draft
    source: str = ""  # a file name or a document symbol ("A/RES/80/6")
    date: str = ""  # when it was set, ISO 8601


@dataclass
class Version:
    """A named snapshot of the draft, kept inside the .draft file."""

    name: str
    date: str  # when it was saved, ISO 8601
    draft: Draft = field(default_factory=Draft)


def snapshot(draft: Draft) -> Draft:
    """A deep copy of the draft's content (ids included), without its base and versions."""
    base, versions = draft.base, draft.versions
    draft.base, draft.versions = None, []
    try:
        return copy.deepcopy(draft)
    finally:
        draft.base, draft.versions = base, versions


# --- edits (undoable, like every edit: see model/commands.py) -----------------------------
from draftapp.model.commands import Command  # noqa: E402


class SetBase(Command):
    """Measure the draft against another text from now on (None: no base)."""

    label = "Set base"

    def __init__(self, base: Base | None):
        self.base = base
        self.previous: Base | None = None

    def apply(self, draft: Draft) -> None:
        self.previous, draft.base = draft.base, self.base

    def revert(self, draft: Draft) -> None:
        draft.base = self.previous


class SaveVersion(Command):
    """Keep a named snapshot of the draft as it stands."""

    label = "Save version"

    def __init__(self, name: str, date: str):
        self.name, self.date = name, date
        self.version: Version | None = None

    def apply(self, draft: Draft) -> None:
        if self.version is None:
            self.version = Version(self.name, self.date, snapshot(draft))
        draft.versions.append(self.version)

    def revert(self, draft: Draft) -> None:
        draft.versions.remove(self.version)
