"""Citations of resolutions: the date of a General Assembly resolution falls within its
session ("resolution 64/256 of 2 March 2010": the sixty-fourth session ran from September
2009 to September 2010), the year of a Security Council resolution is the year it is
dated ("resolution 1631 (2005) of 17 October 2005"), and Chinese puts the date first
("2010年3月2日第64/256号决议"). The citation forms are data: resources/check/citations.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftapp.check.context import Context, Node
from draftapp.check.data import for_language
from draftapp.check.dates import YEAR_CUES, dates_in
from draftapp.check.diagnostic import WARNING, Diagnostic, Fix
from draftapp.check.edits import replace_words
from draftapp.check.text import show

DEPENDS = "text"  # what the paragraph hooks read besides the text (engine.py)

SESSION_YEAR = "citations.session-year"
SC_YEAR = "citations.sc-year"
ORDER = "citations.order"
FORM = "citations.form"

#: General Assembly resolutions are numbered session/number from the 31st session (1976).
_FIRST_NUMBERED_SESSION = 31
#: Resolutions numbered year/number (ECOSOC) start at this number.
_YEAR_NUMBERED = 1946
_CONTEXT = 80  # characters before a citation that tell whose resolution it is
_REACH = 60  # characters before a date that a citation of it can take


@lru_cache(maxsize=None)
def _patterns(code: str):
    data = for_language("citations", code)
    compile_all = lambda key: [re.compile(p) for p in data.get(key, [])]
    date_last = re.compile(data["date_last"]) if "date_last" in data else None
    close = re.compile(data.get("date_last_close", "(?!)"))
    optional = lambda key: re.compile(data[key]) if key in data else None
    extra = (optional("wrong_connector"), optional("sc_without_year"))
    return data, compile_all("before"), compile_all("after"), date_last, close, extra



def cues(ctx: Context) -> tuple[str, ...]:
    return YEAR_CUES

def check_paragraph(ctx: Context, node: Node):
    data, before, after, date_last, close, (wrong_connector, sc_without_year) = _patterns(ctx.code)
    if not data:
        return
    flat = node.flat
    part = "footnotes" if node.is_footnote else node.part
    for date in dates_in(node, ctx.code):
        if not date.valid:
            continue  # reported by dates.invalid
        head, tail = flat[: date.start], flat[date.end:]
        for m, start, end in _citations(before, after, head, tail, date):
            yield from _check_years(ctx, data, node, part, flat, m, start, end, date)
        near = max(0, len(head) - _REACH)
        m = wrong_connector.search(head, near) if wrong_connector else None
        if m:
            right = data["connector"]
            yield Diagnostic(
                FORM, WARNING, part, node.id, m.span("wrong"),
                f"A resolution is cited with its date as {show(right.strip())}: "
                f"\u201c\u2026{right} {date.text}\u201d.",
                Fix(f"Write {show(right.strip())}", replace_words(node.id, *m.span("wrong"), right, "Cite the date")),
            )
        m = sc_without_year.search(head, near) if sc_without_year else None
        if m:
            year = f" ({date.year})"
            yield Diagnostic(
                FORM, WARNING, part, node.id, m.span("sc"),
                f"A Security Council resolution is cited with its year: {show(m.group('sc') + year)}.",
                Fix(f"Write {show(m.group('sc') + year)}", replace_words(node.id, m.end("sc"), m.end("sc"), year, "Cite the year")),
            )
        if date_last is not None:
            m = date_last.search(head, max(0, len(head) - _REACH))
            if m:
                c = close.match(tail)
                end = date.end + (c.end() if c else 0)
                rendered = data["date_first"].format(date=date.text, citation=m.group("citation"))
                yield Diagnostic(
                    ORDER, WARNING, part, node.id, (m.start(), end),
                    f"In Chinese the date comes first: {show(rendered)}.",
                    Fix(f"Write {show(rendered)}", replace_words(node.id, m.start(), end, rendered, "Put the date first")),
                )


def _citations(before, after, head, tail, date):
    near = max(0, len(head) - _REACH)  # a citation ends right where its date begins
    for p in before:
        m = p.search(head, near)
        if m:
            yield m, m.start(), date.end
    for p in after:
        m = p.match(tail)
        if m:
            yield m, date.start, date.end + m.end()


def _check_years(ctx, data, node, part, flat, m, start, end, date):
    groups = m.groupdict()
    if groups.get("sc"):
        year = int(groups["scyear"])
        if year != date.year:
            yield Diagnostic(
                SC_YEAR, WARNING, part, node.id, (start, end),
                f"Security Council resolution {groups['sc']} ({year}) is dated {date.year}: "
                "the year in brackets is the year of adoption; check the number or the date.",
            )
        return
    session = int(groups["session"])
    number = groups["number"]
    if session >= _YEAR_NUMBERED:
        if session != date.year:
            yield Diagnostic(
                SESSION_YEAR, WARNING, part, node.id, (start, end),
                f"Resolution {session}/{number} is of {session}, but dated {date.year}: check the number or the date.",
            )
        return
    if session < _FIRST_NUMBERED_SESSION or not _assembly(ctx, data, flat[max(0, start - _CONTEXT):start]):
        return
    first, last = 1945 + session, 1946 + session
    if not first <= date.year <= last:
        yield Diagnostic(
            SESSION_YEAR, WARNING, part, node.id, (start, end),
            f"Resolution {session}/{number} was adopted at session {session} of the General Assembly "
            f"({first}\u2013{last}), not in {date.year}: check the number or the date.",
        )


def _assembly(ctx: Context, data: dict, before: str) -> bool:
    """Whether a citation is of a General Assembly resolution, from the words before it."""
    if any(word in before for word in data.get("other_organs", [])):
        return False
    if any(word in before for word in data.get("assembly", [])):
        return True
    return ctx.draft.meta.organ.startswith("ga")
