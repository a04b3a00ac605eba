"""Negotiation labels: what negotiators call each paragraph while the text moves. A
paragraph keeps the name the base gave it ("PP3", "OP5"); one added since is named after
the paragraph it follows ("PP3 bis", "PP3 ter"), as the Editorial Manual does for
alternatives under negotiation; a proposal is named after its paragraph ("OP5 alt",
"OP5 alt 2", "PP3 bis" for a new one). The clean text uses the official numbers."""

from __future__ import annotations

from draftapp.compare.changes import LATIN
from draftapp.compare.engine import INSERTED, MOVE_FROM, compare, items
from draftapp.model import Draft
from draftapp.model.negotiation import ALTERNATIVE, DELETION, EDIT, NEW, Negotiation


def paragraph_labels(draft: Draft) -> dict[str, str]:
    """Paragraph id -> its negotiation label, measured against the draft's base (its
    own numbers when it has none)."""
    if draft.base is None:
        return {i.paragraph.id: i.label for i in items(draft)}
    out: dict[str, str] = {}
    anchor, count = None, 0
    for row in compare(draft.base.draft, draft).rows:
        if row.kind == INSERTED:
            if anchor is not None and anchor.part == row.new.part and row.new.depth == anchor.depth:
                count += 1
                out[row.new.paragraph.id] = f"{anchor.label} {LATIN[min(count, len(LATIN)) - 1]}"
            else:
                out[row.new.paragraph.id] = "new " + row.new.label
            continue
        if row.kind == MOVE_FROM:
            continue
        if row.old is not None:
            anchor, count = row.old, 0
        if row.new is not None:
            out[row.new.paragraph.id] = row.old.label if row.old is not None else row.new.label
    return out


def proposal_labels(draft: Draft) -> dict[str, str]:
    """Proposal id -> "PP3 bis", "OP5 alt", "OP5 alt 2", "OP9 (deletion)", "OP7 (amended)"."""
    labels = paragraph_labels(draft)
    n = draft.negotiation or Negotiation()
    out: dict[str, str] = {}
    used: dict[str, int] = {}
    taken_bis = {label for label in labels.values()}
    for q in n.proposals:
        base = labels.get(q.target or "", "PP" if q.part == "preamble" else "OP")
        if q.kind == NEW:
            k = 1
            while f"{base} {LATIN[min(k, len(LATIN)) - 1]}" in taken_bis:
                k += 1
            label = f"{base} {LATIN[min(k, len(LATIN)) - 1]}"
            taken_bis.add(label)
        elif q.kind == ALTERNATIVE:
            used[base] = used.get(base, 0) + 1
            label = f"{base} alt" + (f" {used[base]}" if used[base] > 1 else "")
        elif q.kind == DELETION:
            label = f"{base} (deletion)"
        else:
            label = f"{base} (amended)"
        out[q.id] = label
    return out
