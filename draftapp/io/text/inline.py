"""Inline markup of the text dialect: `*italic*`, `**bold**`, `<sup>n</sup>` footnote
citations, `[5](#op-5)` cross-references and backslash escapes."""

from __future__ import annotations

import re
from typing import Callable

from draftapp.model import CrossRef, FootnoteRef, Run, Text, merge_runs

#: a footnote's number: no draft has a millionth note, and a longer run of digits in
#: `<sup>` is text (its number would not even convert past 4,300 digits)
FOOTNOTE_NUMBER = r"\d{1,6}"
_INNER = r"((?:\\.|[^*\\\n])+?)"
_TOKEN = re.compile(
    r"\\(?P<escaped>[\\*\[\]<>#_`|-])"
    rf"|<sup>\s*(?P<fn>{FOOTNOTE_NUMBER})\s*</sup>"
    r"|\[(?P<xtext>[^\]\n]*)\]\(#(?P<anchor>[^)\s]*)\)"
    rf"|\*\*\*(?P<bolditalic>{_INNER[1:-1]})\*\*\*"
    rf"|\*\*(?P<bold>{_INNER[1:-1]})\*\*"
    rf"|\*(?P<italic>{_INNER[1:-1]})\*"
)


def parse_inline(text: str, footnote: Callable[[int], str], xref: Callable[[str], str]) -> list[Run]:
    """Runs from dialect text. `footnote(n)` gives the id for footnote number n and
    `xref(anchor)` the paragraph id an anchor names. A star without its pair is a
    literal star."""
    return _strip_edges(merge_runs(_unformat_edges(_parse(text, footnote, xref, False, False))))


def _strip_edges(runs: list[Run]) -> list[Run]:
    """A paragraph's text without spaces at its edges, which the dialect has no form
    for ("* General Assembly*," is the italic words: the space inside the marker goes)."""
    while runs and isinstance(runs[0], Text) and runs[0].text != runs[0].text.lstrip():
        first = runs[0]
        runs = ([Text(first.text.lstrip(), first.italic, first.bold)] if first.text.strip() else []) + runs[1:]
    while runs and isinstance(runs[-1], Text) and runs[-1].text != runs[-1].text.rstrip():
        last = runs[-1]
        runs = runs[:-1] + ([Text(last.text.rstrip(), last.italic, last.bold)] if last.text.strip() else [])
    return runs


def _unformat_edges(runs: list[Run]) -> list[Run]:
    """Spaces at the edges of an italic or bold run are plain, as the writer writes them
    ("*Organization *Having" reads as the italic word and a plain space), and so is a
    run of spaces alone."""
    out: list[Run] = []
    for run in runs:
        if isinstance(run, Text) and (run.italic or run.bold) and run.text.strip() and run.text != run.text.strip():
            core = run.text.strip()
            lead, trail = run.text[: len(run.text) - len(run.text.lstrip())], run.text[len(run.text.rstrip()):]
            out += [Text(lead)] if lead else []
            out.append(Text(core, run.italic, run.bold))
            out += [Text(trail)] if trail else []
        elif isinstance(run, Text) and (run.italic or run.bold) and not run.text.strip():
            out.append(Text(run.text))  # spaces alone: the writer has no marks for them
        else:
            out.append(run)
    return out


def _parse(text, footnote, xref, italic: bool, bold: bool) -> list[Run]:
    runs: list[Run] = []
    buf: list[str] = []
    pos = 0

    def flush() -> None:
        if buf:
            runs.append(Text("".join(buf), italic, bold))
            buf.clear()

    for m in _TOKEN.finditer(text):
        buf.append(text[pos:m.start()])
        pos = m.end()
        if m.group("escaped") is not None:
            buf.append(m.group("escaped"))
            continue
        flush()
        if m.group("fn") is not None:
            runs.append(FootnoteRef(footnote(int(m.group("fn")))))
        elif m.group("anchor") is not None:
            runs.append(CrossRef(xref(m.group("anchor"))))
        elif m.group("bolditalic") is not None:
            runs.extend(_parse(m.group("bolditalic"), footnote, xref, True, True))
        elif m.group("bold") is not None:
            runs.extend(_parse(m.group("bold"), footnote, xref, italic, True))
        else:
            runs.extend(_parse(m.group("italic"), footnote, xref, True, bold))
    buf.append(text[pos:])
    flush()
    return runs


_ESCAPE = re.compile(r"([\\*\[\]]|<(?=sup>))")


def escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def format_inline(runs: list[Run], footnote_number: Callable[[str], int | str], xref_text: Callable[[str], tuple[str, str]]) -> str:
    """Dialect text from runs. `xref_text(target_id)` gives (shown text, anchor)."""
    out: list[str] = []
    for run in merge_runs(runs):
        if isinstance(run, Text):
            body = escape(run.text)
            # Markers hug the words: spaces at the edges stay outside the markers.
            lead = body[: len(body) - len(body.lstrip())]
            trail = body[len(body.rstrip()):]
            core = body.strip()
            marks = ("*" if run.italic else "") + ("**" if run.bold else "")
            if marks and core:
                out.append(f"{lead}{marks}{core}{marks[::-1]}{trail}")
            else:
                out.append(body)
        elif isinstance(run, FootnoteRef):
            out.append(f"<sup>{footnote_number(run.footnote_id)}</sup>")
        elif isinstance(run, CrossRef):
            shown, anchor = xref_text(run.target_id)
            out.append(f"[{escape(shown)}](#{anchor})")
    return "".join(out)
