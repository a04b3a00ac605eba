"""Placeholders: what a template left for the user to fill in, written "[… hint …]"
(the one marker of docs/templates.md, draftapp.templating.placeholders), in paragraphs,
footnotes, the title, the agenda, the symbol and the sponsors.
"""

from __future__ import annotations


from draftapp.check.context import Context, Node
from draftapp.check.diagnostic import ERROR, Diagnostic
from draftapp.check.text import is_placeholder, show

DEPENDS = "text"  # what the paragraph hooks read besides the text (engine.py)

PLACEHOLDER = "placeholder"

#: Metadata fields that hold text a template may leave unfilled.
_META_FIELDS = ("title", "symbol", "organ_line", "provisional_agenda", "date")


def _find(text: str) -> list[tuple[int, int]]:
    # Imported here: the templating package brings jinja2, which a check of a draft
    # without placeholders does not need at start-up.
    from draftapp.templating.placeholders import find_placeholders

    return find_placeholders(text) if is_placeholder(text) else []


#: How a message names the masthead field a placeholder is in ("A/80/L.[…]" says no more).
_FIELD_NAMES = {
    "title": "the title", "symbol": "the symbol", "organ_line": "the organ line",
    "provisional_agenda": "the symbol of the provisional agenda", "date": "the date",
    "agenda": "the agenda item",
}


def _message(text: str, field: str | None = None) -> str:
    where = f" in {_FIELD_NAMES.get(field, field)}" if field else ""
    return f"Fill in {show(text)}{where}."



def cues(ctx: Context) -> tuple[str, ...]:
    return ("[\u2026",)

def check_paragraph(ctx: Context, node: Node):
    flat = node.flat
    part = "footnotes" if node.is_footnote else node.part
    for start, end in _find(flat):
        yield Diagnostic(PLACEHOLDER, ERROR, part, node.id, (start, end), _message(flat[start:end]))


def check_meta(ctx: Context):
    meta = ctx.draft.meta
    for name in _META_FIELDS:
        value = getattr(meta, name)
        if isinstance(value, str):
            for start, end in _find(value):
                yield Diagnostic(PLACEHOLDER, ERROR, "meta", None, (start, end), _message(value[start:end], name), field=name)
    for item in meta.agenda:
        for text in [item.number, *item.titles]:
            for start, end in _find(text):
                yield Diagnostic(PLACEHOLDER, ERROR, "meta", None, (start, end), _message(text[start:end], "agenda"), field="agenda")
    for i, name in enumerate(ctx.draft.sponsors):
        if _find(name):
            yield Diagnostic(PLACEHOLDER, ERROR, "sponsors", None, (i, i + 1), _message(name))
