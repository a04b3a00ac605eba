"""A draft's content with its private ids replaced by positions, for equality.

Two drafts read from the same text on two occasions get different ids; what makes them
the same draft is their content in order: paragraphs, runs, which footnote (by number)
each citation points to, which paragraph (by position) each cross-reference targets.
Adjacent text runs with the same format are merged, since how a text was cut into runs
is not content either.
"""

from __future__ import annotations

from dataclasses import asdict

from draftapp.model.draft import CrossRef, Draft, FootnoteRef, Paragraph, Text
from draftapp.model.numbering import footnote_numbers


def merge_runs(runs: list) -> list:
    """Adjacent text runs with the same formatting joined; empty text runs dropped."""
    out: list = []
    for run in runs:
        if isinstance(run, Text):
            if not run.text:
                continue
            if out and isinstance(out[-1], Text) and out[-1].same_format(run):
                out[-1] = Text(out[-1].text + run.text, run.italic, run.bold)
                continue
            out.append(Text(run.text, run.italic, run.bold))
        else:
            out.append(run)
    return out


def canonical(draft: Draft) -> dict:
    fn_numbers = footnote_numbers(draft)

    def position(target_id: str):
        try:
            part, indices = draft.path(target_id)
        except KeyError:
            return ("missing", target_id)
        return (part, indices)

    def runs(rs: list) -> list:
        out = []
        for r in merge_runs(rs):
            if isinstance(r, Text):
                out.append(("text", r.text, r.italic, r.bold))
            elif isinstance(r, FootnoteRef):
                out.append(("footnote", fn_numbers.get(r.footnote_id, ("missing", r.footnote_id))))
            elif isinstance(r, CrossRef):
                out.append(("xref", position(r.target_id)))
        return out

    def paragraph(p: Paragraph) -> tuple:
        # typed_label is provenance for the numbering check, not content: an export
        # writes the derived numbers, which is the point of exporting.
        return (runs(p.runs), p.heading, [paragraph(c) for c in p.children])

    footnotes = sorted(draft.footnotes, key=lambda f: fn_numbers[f.id])
    return {
        "language": draft.language,
        "meta": asdict(draft.meta),
        "sponsors": list(draft.sponsors),
        "preamble": [paragraph(p) for p in draft.preamble],
        "operative": [paragraph(p) for p in draft.operative],
        "footnotes": [runs(f.runs) for f in footnotes],
        **({"annexes": [
            (a.label, a.title, [(paragraph(p), a.numbered(p)) for p in a.paragraphs]) for a in draft.annexes
        ]} if draft.annexes else {}),
    }
