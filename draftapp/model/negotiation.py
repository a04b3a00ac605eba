"""A draft under negotiation: the proposals delegations make, the status of each
paragraph, and the comments on it.

- A *proposal* is attached to a paragraph (or to the draft): a new paragraph after it
  ("PP3 bis"), another wording of it ("OP5 alt"), its deletion, or its words changed;
  made by one or more delegations (their UN names), possibly on behalf of a group,
  with a date. Language not agreed is kept in square brackets in the text itself.
- A paragraph's *status*: pending, agreed ad referendum, agreed, or deleted, with who
  set it and when.
- *Comments*: a thread on a paragraph, each with its author, text, date and whether it
  is resolved.

None of this is the draft's content: the clean text is the paragraphs themselves, and
equality of drafts ignores the negotiation (like the base and the versions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftapp.model.draft import Draft, Run, Text, new_id

NEW, ALTERNATIVE, DELETION, EDIT = "new", "alternative", "delete", "edit"
PROPOSAL_KINDS = (NEW, ALTERNATIVE, DELETION, EDIT)
PENDING, AD_REF, AGREED, DELETED = "pending", "agreed-ad-ref", "agreed", "deleted"
STATUSES = (PENDING, AD_REF, AGREED, DELETED)


@dataclass
class Proposal:
    kind: str  # one of PROPOSAL_KINDS
    part: str  # preamble or operative
    target: str | None  # the paragraph it concerns; for a new paragraph, the one it follows (None: first)
    runs: list[Run] = field(default_factory=list)  # the proposed paragraph (empty for a deletion)
    delegations: list[str] = field(default_factory=list)
    on_behalf_of: str = ""  # "the Group of 77 and China"
    date: str = ""
    id: str = field(default_factory=lambda: new_id("q"))

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if isinstance(r, Text))

    def proposers(self) -> str:
        """"Spain, Egypt on behalf of the Group of Arab States"."""
        names = ", ".join(self.delegations)
        return f"{names} on behalf of {self.on_behalf_of}" if self.on_behalf_of else names

    def same_as(self, other: "Proposal") -> bool:
        """The same change, whoever made it (merging makes it one proposal with two names)."""
        return (self.kind, self.part, self.target, " ".join(self.text.split())) == \
            (other.kind, other.part, other.target, " ".join(other.text.split()))


@dataclass
class Status:
    value: str = PENDING
    by: str = ""
    date: str = ""


@dataclass
class Comment:
    author: str
    text: str
    date: str = ""
    resolved: bool = False


@dataclass
class Negotiation:
    proposals: list[Proposal] = field(default_factory=list)
    statuses: dict[str, Status] = field(default_factory=dict)  # paragraph id -> status
    comments: dict[str, list[Comment]] = field(default_factory=dict)  # paragraph id -> thread

    def status_of(self, paragraph_id: str) -> str:
        s = self.statuses.get(paragraph_id)
        return s.value if s else PENDING

    def proposals_on(self, paragraph_id: str | None) -> list[Proposal]:
        return [q for q in self.proposals if q.target == paragraph_id]

    def add(self, proposal: Proposal) -> Proposal:
        """Add a proposal, or add its delegations to the same one already made."""
        for q in self.proposals:
            if q.same_as(proposal):
                q.delegations += [d for d in proposal.delegations if d not in q.delegations]
                return q
        self.proposals.append(proposal)
        return proposal


def negotiation(draft: Draft) -> Negotiation:
    """The draft's negotiation, made empty on first use."""
    if draft.negotiation is None:
        draft.negotiation = Negotiation()
    return draft.negotiation


def counts(draft: Draft, part: str) -> dict[str, int]:
    """How many top-level paragraphs of a part have each status: "OP: 12 agreed, 3 ad
    ref, 9 pending"."""
    n = draft.negotiation or Negotiation()
    out = {s: 0 for s in STATUSES}
    for p in draft.part(part):
        if not p.heading:
            out[n.status_of(p.id)] += 1
    return out


def clean_text(draft: Draft, *, agreed_only: bool = False) -> Draft:
    """The text without proposals and without the paragraphs marked deleted (with
    `agreed_only`, only what is agreed or agreed ad referendum), numbered officially."""
    import copy

    from draftapp.model.versions import snapshot

    out = snapshot(draft)
    out.negotiation = None
    n = draft.negotiation or Negotiation()
    keep = {AGREED, AD_REF} if agreed_only else {PENDING, AGREED, AD_REF}

    def kept(ps):
        return [copy.copy(p) for p in ps if n.status_of(p.id) in keep]

    out.preamble = kept(out.preamble)
    out.operative = kept(out.operative)
    cited = {r.footnote_id for p in out.paragraphs() for r in p.runs if hasattr(r, "footnote_id")}
    out.footnotes = [f for f in out.footnotes if f.id in cited]
    return out


# --- edits (undoable, like every edit: see model/commands.py) -----------------------------
import copy as _copy  # noqa: E402

from draftapp.model.commands import Command, CommandError, Composite, DeleteParagraph, EditText, InsertParagraph  # noqa: E402
from draftapp.model.draft import Paragraph  # noqa: E402


class _NegotiationEdit(Command):
    """Keeps a copy of the negotiation before the edit: undo puts it back."""

    def apply(self, draft: Draft) -> None:
        self._before = _copy.deepcopy(draft.negotiation)
        self.change(negotiation(draft))

    def revert(self, draft: Draft) -> None:
        draft.negotiation = self._before

    def change(self, n: Negotiation) -> None:  # pragma: no cover - each edit says what it does
        raise NotImplementedError


class SetStatus(_NegotiationEdit):
    label = "Set status"

    def __init__(self, paragraph_id: str, value: str, by: str = "", date: str = ""):
        if value not in STATUSES:
            raise CommandError(f"unknown status {value!r}: expected one of {', '.join(STATUSES)}")
        self.paragraph_id, self.status = paragraph_id, Status(value, by, date)

    def change(self, n: Negotiation) -> None:
        n.statuses[self.paragraph_id] = _copy.copy(self.status)


class AddComment(_NegotiationEdit):
    label = "Comment"

    def __init__(self, paragraph_id: str, comment: Comment):
        self.paragraph_id, self.comment = paragraph_id, comment

    def change(self, n: Negotiation) -> None:
        n.comments.setdefault(self.paragraph_id, []).append(_copy.copy(self.comment))


class ResolveComment(_NegotiationEdit):
    label = "Resolve comment"

    def __init__(self, paragraph_id: str, index: int):
        self.paragraph_id, self.index = paragraph_id, index

    def change(self, n: Negotiation) -> None:
        n.comments[self.paragraph_id][self.index].resolved = True


class AddProposal(_NegotiationEdit):
    label = "Proposal"

    def __init__(self, proposal: Proposal):
        if proposal.kind not in PROPOSAL_KINDS:
            raise CommandError(f"unknown proposal kind {proposal.kind!r}")
        self.proposal = proposal

    def change(self, n: Negotiation) -> None:
        n.add(_copy.deepcopy(self.proposal))


def accept(draft: Draft, proposal_id: str) -> Command:
    """The edit that makes a proposal the text: a new paragraph inserted after its
    target, a paragraph's words replaced, or a paragraph deleted; the proposal goes."""
    n = negotiation(draft)
    q = next((x for x in n.proposals if x.id == proposal_id), None)
    if q is None:
        raise CommandError("no such proposal")
    steps: list[Command] = []
    if q.kind == NEW:
        siblings = draft.part(q.part)
        index = next((i + 1 for i, p in enumerate(siblings) if p.id == q.target), 0)
        steps.append(InsertParagraph(q.part, index, Paragraph(runs=_copy.deepcopy(q.runs))))
    elif q.kind in (ALTERNATIVE, EDIT):
        steps.append(EditText(q.target, _copy.deepcopy(q.runs)))
    elif q.kind == DELETION:
        steps.append(DeleteParagraph(q.target))
    steps.append(_Withdraw(q.id))
    return Composite(steps, "Accept proposal")


class _Withdraw(_NegotiationEdit):
    label = "Withdraw proposal"

    def __init__(self, proposal_id: str):
        self.proposal_id = proposal_id

    def change(self, n: Negotiation) -> None:
        n.proposals = [q for q in n.proposals if q.id != self.proposal_id]
