"""Merging delegations' files into a compilation: each file (the draft or the
compilation, edited in Word with or without tracked changes, or any text of it) is
compared with the draft, and every difference becomes a proposal attributed to that
file's delegation. Nothing is lost: a paragraph added is a new-paragraph proposal, one
removed a deletion, one reworded an edit; the same proposal from two delegations is one
proposal with two names."""

from __future__ import annotations

import re

from draftapp.compare.engine import DELETED, EDIT, INSERTED, MOVE_TO, compare
from draftapp.model import Draft
from draftapp.model.negotiation import DELETION, EDIT as EDITED, NEW, Proposal, negotiation

_AUTHORS = re.compile(r"\(by (?P<names>[^)]*)\)\s*$")


def revision_authors(draft: Draft) -> list[str]:
    """Who made the tracked changes a DOCX carried (the reader keeps the text without
    them as the draft's base, naming the authors)."""
    if draft.base is None:
        return []
    m = _AUTHORS.search(draft.base.source or "")
    return [name.strip() for name in m.group("names").split(",")] if m else []


def proposals_from(draft: Draft, other: Draft, delegations: list[str], *, on_behalf_of: str = "",
                   date: str = "") -> list[Proposal]:
    """The proposals that turn `draft` into `other`, made by `delegations`."""
    out: list[Proposal] = []
    anchor = {"preamble": None, "operative": None}  # the last paragraph of the draft passed, per part

    def made(kind, part, target, runs=()):
        out.append(Proposal(kind, part, target, [r for r in runs], list(delegations), on_behalf_of, date))

    rows = compare(draft, other).rows
    inserted = {r.new.paragraph.id for r in rows if r.kind == INSERTED}
    for row in rows:
        if row.kind == INSERTED:
            if row.new.parent in inserted:
                continue  # a subparagraph of a new paragraph comes with it
            made(NEW, row.new.part, anchor[row.new.part], row.new.paragraph.runs)
            continue
        if row.old is not None and row.kind != MOVE_TO:
            anchor[row.old.part] = row.old.paragraph.id
        if row.kind == DELETED:
            made(DELETION, row.old.part, row.old.paragraph.id)
        elif row.kind in (EDIT, MOVE_TO) and row.pieces:
            made(EDITED, row.old.part, row.old.paragraph.id, row.new.paragraph.runs)
    return out


def merge(draft: Draft, other: Draft, delegations: list[str], **kw) -> int:
    """Add the proposals of one delegation's file to the draft's negotiation; returns
    how many there were (the same proposal already made gets the new name added)."""
    found = proposals_from(draft, other, delegations, **kw)
    n = negotiation(draft)
    for q in found:
        n.add(q)
    return len(found)
