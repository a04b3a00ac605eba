"""Dates: a date that does not exist (31 June), and dates not in the UN form of the
language ("March 2, 2010", "2nd March 2010", "2010-03-02" for "2 March 2010"; "1 mars"
for "1er mars"; "2 марта 2010" without "года"; one half of an Arabic month pair).
The forms are data: resources/check/dates.json.
"""

from __future__ import annotations

from draftapp.check.context import Context, Node
from draftapp.check.dates import YEAR_CUES, date_forms, dates_in
from draftapp.check.diagnostic import ERROR, WARNING, Diagnostic, Fix
from draftapp.check.edits import replace_words
from draftapp.check.text import show

DEPENDS = "text"  # what the paragraph hooks read besides the text (engine.py)

INVALID = "dates.invalid"
FORM = "dates.form"



def cues(ctx: Context) -> tuple[str, ...]:
    return YEAR_CUES

def check_paragraph(ctx: Context, node: Node):
    forms = date_forms(ctx.code)
    part = "footnotes" if node.is_footnote else node.part
    for date in dates_in(node, ctx.code):
        span = (date.start, date.end)
        if not date.valid:
            yield Diagnostic(INVALID, ERROR, part, node.id, span, f"{show(date.text)} is not a date that exists.")
            continue
        rendered = forms.render(date.year, date.month, date.day)
        if not forms.same(date.text, rendered):
            yield Diagnostic(
                FORM, WARNING, part, node.id, span,
                f"Dates are written {show(rendered)} in this language.",
                Fix(f"Write {show(rendered)}", replace_words(node.id, date.start, date.end, rendered, "Write the date in UN form")),
            )
