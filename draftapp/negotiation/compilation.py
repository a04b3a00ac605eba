"""The compilation text: every paragraph with its negotiation label and status, and
under it each proposal with its proposers in parentheses, additions in bold and
deletions struck through against the paragraph, and the comments. Two forms share this
module's structure: Markdown here (`compilation_text`), Word in io/docx/compilation.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftapp.compare.words import DELETE, EQUAL, INSERT, atoms, diff
from draftapp.model import Draft, Paragraph, Text
from draftapp.model.negotiation import DELETION, NEW, Comment, Negotiation, Proposal
from draftapp.negotiation.labels import paragraph_labels, proposal_labels

STATUS_WORDS = {"pending": "pending", "agreed-ad-ref": "agreed ad ref", "agreed": "agreed", "deleted": "deleted"}


@dataclass
class Entry:
    """One paragraph of the compilation, or one proposal under it."""

    label: str
    runs: list  # the paragraph's runs
    status: str = ""
    proposers: str = ""
    date: str = ""
    pieces: list = field(default_factory=list)  # (op, text) against the paragraph, for a proposal
    comments: list[Comment] = field(default_factory=list)
    paragraph_id: str = ""
    proposal: Proposal | None = None


def _text(runs) -> str:
    return "".join(r.text for r in runs if isinstance(r, Text))


def changes_against(old: Paragraph | None, new_runs) -> list[tuple[str, str]]:
    """(op, text) pieces from a paragraph to a proposed wording, word by word."""
    key = lambda x: x  # noqa: E731 - citations compare by id, cross-references by target
    if old is None:
        return [(INSERT, _text(new_runs))]
    pieces = diff(atoms(old.runs, key, key), atoms(new_runs, key, key))
    return [(p.op, p.text(lambda r: "")) for p in pieces if p.text(lambda r: "")]


def entries(draft: Draft) -> list[Entry]:
    n = draft.negotiation or Negotiation()
    labels, qlabels = paragraph_labels(draft), proposal_labels(draft)
    out: list[Entry] = []

    def proposals_for(target: str | None, part: str, paragraph: Paragraph | None):
        for q in n.proposals:
            if q.target != target or q.part != part:
                continue
            if q.kind == DELETION:
                pieces = [(DELETE, _text(paragraph.runs) if paragraph else "")]
            elif q.kind == NEW:
                pieces = [(INSERT, q.text)]
            else:
                pieces = changes_against(paragraph, q.runs)
            out.append(Entry(qlabels[q.id], q.runs, proposers=q.proposers(), date=q.date, pieces=pieces, proposal=q))

    for part in ("preamble", "operative"):
        proposals_for(None, part, None)  # new paragraphs at the start of the part
        for top in draft.part(part):
            for p in top.walk():
                out.append(Entry(labels.get(p.id, ""), p.runs, STATUS_WORDS[n.status_of(p.id)],
                                 comments=n.comments.get(p.id, []), paragraph_id=p.id))
                proposals_for(p.id, part, p)
    return out


def compilation_text(draft: Draft) -> str:
    """The compilation in Markdown: **bold** additions, ~~struck~~ deletions."""
    title = draft.meta.title or "Draft"
    lines = [f"# Compilation text: {title}", ""]
    if draft.base is not None:
        lines += [f"Labels follow the base: {draft.base.source or 'the base text'}.", ""]
    for e in entries(draft):
        if e.proposal is None:
            lines.append(f"**{e.label}** [{e.status}]  ")
            lines.append(_text(e.runs))
            for c in e.comments:
                lines.append(f"> Comment ({c.author}{', ' + c.date if c.date else ''}{', resolved' if c.resolved else ''}): {c.text}")
        else:
            shown = "".join(f"**{t}**" if op == INSERT else f"~~{t}~~" if op == DELETE else t for op, t in e.pieces)
            lines.append(f"> **{e.label}** ({e.proposers}{', ' + e.date if e.date else ''}): {shown}")
        lines.append("")
    return "\n".join(lines)
