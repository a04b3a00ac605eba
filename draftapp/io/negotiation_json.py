"""The negotiation of a draft (proposals, statuses, comments) in the .draft file: the
optional "negotiation" key beside "draft", checked like the rest of the file."""

from __future__ import annotations

from draftapp.model.negotiation import PROPOSAL_KINDS, STATUSES, Comment, Negotiation, Proposal, Status


def to_json(n: Negotiation, run_to_json) -> dict:
    return {
        "proposals": [
            {"id": q.id, "kind": q.kind, "part": q.part, "target": q.target, "runs": [run_to_json(r) for r in q.runs],
             "delegations": list(q.delegations), "on_behalf_of": q.on_behalf_of, "date": q.date}
            for q in n.proposals
        ],
        "statuses": {pid: {"value": s.value, "by": s.by, "date": s.date} for pid, s in n.statuses.items()},
        "comments": {pid: [{"author": c.author, "text": c.text, "date": c.date, "resolved": c.resolved} for c in thread]
                     for pid, thread in n.comments.items()},
    }


def from_json(data, expect, runs_from_json, shape_error) -> Negotiation:
    """`expect(value, type, where)` and `runs_from_json(value, where)` are the .draft
    reader's own checks; `shape_error` is its error type."""
    data = expect(data, dict, "negotiation")
    n = Negotiation()
    for i, q in enumerate(expect(data.get("proposals", []), list, "negotiation.proposals")):
        where = f"negotiation.proposals[{i}]"
        expect(q, dict, where)
        kind = expect(q.get("kind"), str, where + ".kind")
        if kind not in PROPOSAL_KINDS:
            raise shape_error(f"{where}.kind is {kind!r}, not one of {', '.join(PROPOSAL_KINDS)}")
        target = q.get("target")
        n.proposals.append(Proposal(
            kind=kind,
            part=expect(q.get("part", "operative"), str, where + ".part"),
            target=None if target is None else expect(target, str, where + ".target"),
            runs=runs_from_json(q.get("runs", []), where + ".runs"),
            delegations=[expect(d, str, where + ".delegations") for d in expect(q.get("delegations", []), list, where + ".delegations")],
            on_behalf_of=expect(q.get("on_behalf_of", ""), str, where + ".on_behalf_of"),
            date=expect(q.get("date", ""), str, where + ".date"),
            id=expect(q.get("id", ""), str, where + ".id") or Proposal("new", "operative", None).id,
        ))
    for pid, s in expect(data.get("statuses", {}), dict, "negotiation.statuses").items():
        where = f"negotiation.statuses[{pid!r}]"
        expect(s, dict, where)
        value = expect(s.get("value", "pending"), str, where + ".value")
        if value not in STATUSES:
            raise shape_error(f"{where}.value is {value!r}, not one of {', '.join(STATUSES)}")
        n.statuses[pid] = Status(value, expect(s.get("by", ""), str, where + ".by"), expect(s.get("date", ""), str, where + ".date"))
    for pid, thread in expect(data.get("comments", {}), dict, "negotiation.comments").items():
        where = f"negotiation.comments[{pid!r}]"
        n.comments[pid] = [
            Comment(expect(c.get("author", ""), str, where + ".author"), expect(c.get("text", ""), str, where + ".text"),
                    expect(c.get("date", ""), str, where + ".date"), expect(c.get("resolved", False), bool, where + ".resolved"))
            for c in (expect(x, dict, where) for x in expect(thread, list, where))
        ]
    return n
