"""The table of mandates: every operative clause that asks the Secretariat (or another
entity, not the States) for new or expanded work, which needs a statement of programme
budget implications before action (rule 153 of the General Assembly's rules of
procedure).

The rule, from the study of 1,799 such statements (UN-EOSG-Analytics): a binding verb
("Requests", "Decides", "Mandates", "Authorizes"; not "Encourages", "Invites", "Calls
upon") with an activity (a report, a meeting or conference, a high-level event, a post,
an office, a trust fund, a study). "Continue to" marks an existing activity; "within
existing resources" is noted but does not remove the implication.

A clause is found wherever its verb stands: at the start of a paragraph or after
", and" in the middle of one ("…, and requests the Secretary-General to …"). A paragraph
ending in a colon passes its verb and addressee to its subparagraphs. The words of each
language are in resources/mandates/<code>.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from draftapp.lang import get_language
from draftapp.model import Draft, Paragraph, labels
from draftapp.paths import RESOURCES

ACTIVITY_KINDS = ("report", "high-level event", "meeting", "post", "office", "trust fund", "study")


@dataclass(frozen=True)
class Mandate:
    paragraph_id: str
    paragraph: str  # "5", "5 (a)": where it is
    verb: str  # as written: "Also requests"
    kind: str  # request, decision, mandate, authorization
    addressee: str  # "the Secretary-General"; the organ itself for a decision
    activity: str  # one of ACTIVITY_KINDS
    text: str  # the clause, from its verb
    deadline: str  # "at its eighty-first session", "" when none
    continued: bool  # "continue to": an existing activity
    within_existing_resources: bool

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class _Words:
    clause: re.Pattern
    verb_kind: dict[str, re.Pattern]
    addressee: re.Pattern
    self_addressee: str
    states: re.Pattern
    activities: dict[str, re.Pattern]
    continued: re.Pattern
    existing: re.Pattern
    deadlines: tuple[re.Pattern, ...]
    decision_creates: re.Pattern


@lru_cache(maxsize=None)
def _words(code: str) -> _Words:
    data = json.loads((RESOURCES / "mandates" / f"{code}.json").read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return _Words(
        clause=re.compile(data["clause"], flags),
        verb_kind={kind: re.compile(rf"(?:{pattern})", flags) for kind, pattern in data["verb_kind"].items()},
        addressee=re.compile(data["addressee"]),
        self_addressee=data["self_addressee"],
        states=re.compile(data["states"], flags),
        activities={kind: re.compile(data["activities"][kind], flags) for kind in ACTIVITY_KINDS},
        continued=re.compile(data["continued"], flags),
        existing=re.compile(data["existing_resources"], flags),
        deadlines=tuple(re.compile(p, flags) for p in data["deadlines"]),
        decision_creates=re.compile(data["decision_creates"], flags),
    )


@dataclass
class _Context:
    """A binding verb and its addressee, handed from a paragraph ending in a colon to
    its subparagraphs."""

    verb: str
    kind: str
    addressee: str


def mandates(draft: Draft) -> list[Mandate]:
    words = _words(draft.language)
    shown = labels(draft, get_language(draft.language).labels)
    out: list[Mandate] = []

    def where(p: Paragraph, parents: list[Paragraph]) -> str:
        chain = [shown.get(x.id, "").rstrip(".") for x in parents + [p]]
        return " ".join(x for x in chain if x)

    def visit(p: Paragraph, parents: list[Paragraph], inherited: _Context | None) -> None:
        if p.heading:
            return
        found, handed = _clauses(p, words, inherited)
        for context, clause in found:
            out.extend(_mandate(p, where(p, parents), context, clause, words))
        for child in p.children:
            visit(child, parents + [p], handed)

    for p in draft.operative:
        visit(p, [], None)
    return out


def _clauses(p: Paragraph, words: _Words, inherited: _Context | None):
    """The (context, clause text) pairs of a paragraph, and the context its
    subparagraphs inherit (when it ends in a colon after a binding verb)."""
    text = " ".join(p.text.split())
    matches = list(words.clause.finditer(text))
    found = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        verb = m.group("verb")
        kind = next((k for k, pattern in words.verb_kind.items() if pattern.search(verb)), "request")
        rest = text[m.end("verb"):end]
        addressee = words.self_addressee
        if kind in ("request", "mandate", "authorization"):
            who = words.addressee.search(rest)
            if who:
                addressee = who.group("who").strip()
            elif rest.rstrip().endswith((":", "：")):  # "Requests the Secretary-General:" then (a), (b)
                addressee = rest.strip().rstrip(":：").strip()
            else:
                addressee = ""
        found.append((_Context(verb[:1].upper() + verb[1:], kind, addressee), text[m.start("verb"):end]))
    if not found and inherited is not None:
        found.append((inherited, text))  # "(a) To submit a report …" under "Requests the Secretary-General:"
    handed = None
    if text.rstrip().endswith((":", "：")):
        handed = found[-1][0] if found else inherited
    return found, handed


def _mandate(p: Paragraph, where: str, context: _Context, clause: str, words: _Words) -> list[Mandate]:
    if context.addressee and words.states.search(context.addressee):
        return []  # a request to the States is a call on them, not work for the Secretariat
    if context.kind == "request" and not context.addressee:
        return []
    if context.kind == "decision" and not words.decision_creates.search(clause):
        return []  # "Decides to include the item in the provisional agenda": no new work
    activity = _activity(clause, words)
    if activity is None:
        return []
    deadline = next((m.group(0).strip() for pattern in words.deadlines for m in [pattern.search(clause)] if m), "")
    return [Mandate(
        paragraph_id=p.id,
        paragraph=where,
        verb=context.verb,
        kind=context.kind,
        addressee=context.addressee,
        activity=activity,
        text=clause.strip(),
        deadline=deadline,
        continued=bool(words.continued.search(clause)),
        within_existing_resources=bool(words.existing.search(clause) or words.existing.search(p.text)),
    )]


def _activity(clause: str, words: _Words) -> str | None:
    """The first activity the clause names (by position; a high-level meeting is a
    high-level event, not a plain meeting)."""
    best: tuple[int, int, str] | None = None
    for rank, kind in enumerate(ACTIVITY_KINDS):
        m = words.activities[kind].search(clause)
        if m and (best is None or (m.start(), rank) < best[:2]):
            best = (m.start(), rank, kind)
    if best is None:
        return None
    # "a high-level meeting": the event, whichever word comes first
    high = words.activities["high-level event"].search(clause)
    if best[2] == "meeting" and high and abs(high.start() - best[0]) < 40:
        return "high-level event"
    return best[2]
