"""Last year's resolution into this year's draft: `carry_over(resolution) -> Draft`.

Most resolutions are updates of last year's. The adopted text is taken whole; what only
an adopted resolution has goes (the adoption lines, the resolution number, its symbol,
date and job number); the session moves on by one; "Recalling its resolution 80/6 of
11 November 2025," -- in the draft's language, words from resources/import/<lang>.json --
is offered as the new first preambular paragraph; and `meta.based_on` records where the
draft came from, which makes the review check (draftapp/check/rules/review.py) flag every
date and session the text names, since each may need updating.

The resolution itself becomes the draft's base (`Draft.base`), with the same paragraph
and footnote ids as the draft, so that Compare and the tracked-changes export show what
changed since the adopted text.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from draftapp.io.pdftext.words import format_date, iso_date, words
from draftapp.io.text.inline import parse_inline
from draftapp.model import Base, CrossRef, Draft, Paragraph, new_id, snapshot


def adoption_date(draft: Draft) -> str:
    """The ISO date the resolution was adopted, from its adoption or meeting line."""
    adoption = draft.meta.adoption
    if adoption is None:
        return ""
    for line in (adoption.adopted_line, adoption.meeting_line):
        found = iso_date(line, draft.language)
        if found:
            return found
    return ""


def recalling_paragraph(draft: Draft, number: str, date: str) -> Paragraph:
    """"*Recalling* its resolution 80/6 of 11 November 2025," in the draft's language."""
    w = words(draft.language)
    template = w.recalling if date else w.recalling_undated
    text = template.format(number=number, date=format_date(date, draft.language) if date else "")
    return Paragraph(runs=parse_inline(text, lambda n: f"missing-{n}", lambda a: a))


def carry_over(resolution: Draft, source: str = "") -> Draft:
    """The new draft; `source` (a file name) says where the base came from."""
    # fresh ids: the new draft is a document of its own; its base shares them
    original = snapshot(resolution)
    renewed = {}
    for p in original.paragraphs():
        renewed[p.id] = p.id = new_id()
    for p in original.paragraphs():  # cross-references follow their targets
        p.runs = [CrossRef(renewed.get(r.target_id, r.target_id)) if isinstance(r, CrossRef) else r for r in p.runs]
    draft = copy.deepcopy(original)
    meta = draft.meta
    number = meta.adoption.number if meta.adoption is not None else ""
    date = adoption_date(resolution)
    session = meta.session
    if session is None and re.match(r"^\d+/\d+$", number):
        session = int(number.split("/")[0])
    meta.session = session + 1 if session else None
    meta.based_on = number or meta.symbol
    meta.adoption = None
    meta.kind = "draft-resolution" if meta.kind == "resolution" else meta.kind
    meta.distribution = "Limited"
    meta.symbol = meta.date = meta.job_number = ""
    draft.base = Base(original, source=source or number, date=dt.datetime.now().isoformat(timespec="seconds"))
    if number:
        draft.preamble.insert(0, recalling_paragraph(draft, number, date))
    return draft
