"""Footnote zones whose numbers came apart from their bodies.

`pdftotext` without `-layout` writes a page's footnote numbers and footnote bodies as
separate text runs, often in a different order: after the rule come "1", the job line,
"United Nations, Treaty Series, vol. 2187, No. 38544.", the job date, the barcode; or
"A/58/874 …", "Articles 10 …", "4", "A/73/334.", "5", "United Nations …", "2", "3".
`pdftotext -layout` writes the number on its own line above its body.

What always holds in UN documents: a footnote body ends with a full stop, footnotes on a
page are numbered in ascending order, and the zone runs from the rule to the running
head of the next page (the symbol line) or the end of the text. So within one zone a
number immediately followed by a body takes it; the bodies left over take the numbers
left over, both in ascending order. When bodies and numbers do not pair off exactly the
zone is left as it was (the layout reader then reads it as before).
"""

from __future__ import annotations

import re

from draftapp.io.pdftext.words import common

_BARE_MARK = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3}|\u2217{1,3})$")
_ENDS = (".", "。", ".”", ".)", "؛", "．")


def _furniture(line: str, symbol: str) -> bool:
    """Page furniture inside a footnote zone. A bare document symbol there ("A/73/334.")
    is a footnote's whole text, unless it is the document's own symbol."""
    from draftapp.io.pdftext.layout import _is_furniture  # one definition of furniture

    if common().symbol.match(line.strip()) and not _is_head(line, symbol):
        return False
    return _is_furniture(line, symbol)


def _is_head(line: str, symbol: str) -> bool:
    """The running head that starts the next page: the document symbol."""
    s = line.strip().rstrip("*").replace(" ", "")
    if symbol:
        return s == symbol.rstrip("*").replace(" ", "")
    c = common()
    return bool(c.symbol.match(line.strip())) and len(line.strip()) < 40


def pair_note_zones(lines: list[str], symbol: str = "") -> list[str]:
    """The lines with every footnote zone of detached numbers rewritten as "n body"."""
    rule = common().footnote_rule
    if not any(_BARE_MARK.match(line.strip()) for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not rule.match(line):
            continue
        end = i
        while end < len(lines) and not _is_head(lines[end], symbol) and not rule.match(lines[end]):
            end += 1
        rewritten = _pair(lines[i:end], symbol)
        if rewritten is not None:
            out.extend(rewritten)
            i = end
    return out


def _pair(zone: list[str], symbol: str) -> list[str] | None:
    marks: list[tuple[int, str]] = []  # (order, mark)
    bodies: list[list[str]] = []
    owner: list[str | None] = []  # the mark that stood right above each body
    furniture: list[str] = []
    waiting: str | None = None  # a mark seen just before, with nothing else since
    open_body = False
    for raw in zone:
        s = raw.strip()
        if not s:
            continue
        bare = _BARE_MARK.match(s)
        if bare:
            marks.append((len(marks), bare.group("mark").replace("\u2217", "*")))
            waiting, open_body = bare.group("mark").replace("\u2217", "*"), False
            continue
        numbered = common().note_body.match(s)
        if numbered and not open_body:
            mark = numbered.group("mark").replace("\u2217", "*")
            marks.append((len(marks), mark))
            bodies.append([numbered.group("text")])
            owner.append(mark)
            waiting, open_body = None, not s.endswith(_ENDS)
            continue
        if _furniture(s, symbol):
            furniture.append(raw)
            waiting = None
            continue
        if open_body:
            bodies[-1].append(s)
        else:
            bodies.append([s])
            owner.append(waiting)
        waiting = None
        open_body = not s.endswith(_ENDS)
    if not marks:
        return None
    numbers = [m for _, m in marks]
    if len(bodies) != len(numbers) or len(set(numbers)) != len(numbers):
        return None
    taken = {m for m in owner if m is not None}
    left = sorted((m for m in numbers if m not in taken), key=lambda m: (not m.isdigit(), int(m) if m.isdigit() else len(m)))
    notes: list[tuple[str, str]] = []
    for body, mark in zip(bodies, owner):
        notes.append((mark if mark is not None else left.pop(0), " ".join(body)))
    notes.sort(key=lambda n: (n[0].isdigit(), int(n[0]) if n[0].isdigit() else len(n[0])))
    out: list[str] = []
    for mark, text in notes:  # a blank line apart: each is a note of its own
        out += [f"{mark} {text}", ""]
    return out + furniture + [""]
