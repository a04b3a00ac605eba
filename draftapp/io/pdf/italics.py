"""The PDF's italics put back on the imported draft.

The text copy carries no formatting; the PDF's italic runs were kept in reading order.
Each run is found again in the draft's text from where the previous one was found (the
draft's paragraphs are in the same reading order), and set in italics there; a run found
nowhere ahead (a masthead line, a word the copy changed) is skipped. Whatever the
text-copy reader made italic by rule is first set upright: the PDF's fonts are the truth
("*Calls for*", "*proprio motu*", "*Treaty Series*").
"""

from __future__ import annotations

import re

from draftapp.model import Draft, Footnote, Paragraph, Text
from draftapp.model.annex import all_paragraphs

_LOOKAHEAD = 60  # paragraphs (subparagraphs counted) ahead in which a run may be found


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def apply_italics(draft: Draft, runs: list[str], note_runs: dict[str, list[str]], footnote_marks: dict[str, str]) -> int:
    """Set the runs in italics; returns how many were found. `footnote_marks` maps a
    footnote id to the mark it had in the PDF."""
    paragraphs = [p for p in all_paragraphs(draft)]
    for p in paragraphs:
        _upright(p)
    found = 0
    index, offset = 0, 0
    for run in runs:
        needle = _norm(run)
        if not needle:
            continue
        for k in range(index, min(index + _LOOKAHEAD, len(paragraphs))):
            start = offset if k == index else 0
            at = paragraphs[k].flat_text().find(needle, start)
            if at >= 0:
                _italicize(paragraphs[k], at, at + len(needle))
                index, offset = k, at + len(needle)
                found += 1
                break
    for note in draft.footnotes:
        mark = footnote_marks.get(note.id)
        cursor = 0
        for run in note_runs.get(mark, []):
            needle = _norm(run)
            at = _flat(note).find(needle, cursor) if needle else -1
            if at >= 0:
                _italicize(note, at, at + len(needle))
                cursor = at + len(needle)
                found += 1
    return found


def _flat(item) -> str:
    return "".join(r.text if isinstance(r, Text) else "\ufffc" for r in item.runs)


def _upright(p: Paragraph) -> None:
    p.runs = [Text(r.text, False, r.bold) if isinstance(r, Text) else r for r in p.runs]


def _italicize(item: Paragraph | Footnote, start: int, end: int) -> None:
    out, pos = [], 0
    for run in item.runs:
        length = len(run.text) if isinstance(run, Text) else 1
        if not isinstance(run, Text) or pos + length <= start or pos >= end:
            out.append(run)
        else:
            a, b = max(start - pos, 0), min(end - pos, length)
            for piece, italic in ((run.text[:a], run.italic), (run.text[a:b], True), (run.text[b:], run.italic)):
                if piece:
                    out.append(Text(piece, italic, run.bold))
        pos += length
    merged: list = []
    for run in out:
        if merged and isinstance(run, Text) and isinstance(merged[-1], Text) and merged[-1].same_format(run):
            merged[-1] = Text(merged[-1].text + run.text, run.italic, run.bold)
        else:
            merged.append(run)
    item.runs = merged
