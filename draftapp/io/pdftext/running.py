"""The running title of an adopted resolution: its title repeated at the head of later
pages, beside or above the symbol, over one or more lines.

In UN documents the running title is the resolution's title, word for word, at the
page head next to the other page furniture (the symbol, the job number, the page
number). So a run of lines that together read exactly the title, touching page furniture
(blank lines aside), is furniture too; the same words inside a paragraph or as the
heading of an annexed declaration are not next to furniture and stay.
"""

from __future__ import annotations

import re

from draftapp.io.pdftext.layout import _is_furniture, fold

_MAX_LINES = 4


def split_furniture_off(lines: list[str], symbol: str) -> list[str]:
    """`pdftotext -layout` puts the symbol and a running-title line on one line
    ("A/RES/73/3          on the fight against tuberculosis"): two lines."""
    if not symbol:
        return lines
    out: list[str] = []
    pattern = re.compile(r"^\s*(" + re.escape(symbol) + r")\s{3,}(\S.*)$|^\s*(\S.*?)\s{3,}(" + re.escape(symbol) + r")\s*$")
    for line in lines:
        m = pattern.match(line)
        if m and m.group(1):
            out += [m.group(1), m.group(2)]
        elif m:
            out += [m.group(4), m.group(3)]
        else:
            out.append(line)
    return out


def drop_running_title(lines: list[str], title: str, symbol: str, start: int = 0) -> list[str]:
    """The lines from `start` on without the running title's runs (see the module)."""
    target = fold(title)
    if len(target) < 4:
        return lines
    furniture = [bool(line.strip()) and _is_furniture(line, symbol) for line in lines]
    drop: set[int] = set()
    i = start
    while i < len(lines):
        if not lines[i].strip() or furniture[i] or not target.startswith(fold(lines[i])[:20]):
            i += 1
            continue
        taken: list[int] = []
        text = ""
        j = i
        while j < len(lines) and len(taken) < _MAX_LINES:
            if not lines[j].strip() or furniture[j]:
                j += 1
                continue
            taken.append(j)
            text = (text + " " + lines[j].strip()).strip()
            folded = fold(text)
            if folded == target and _touches_furniture(lines, furniture, taken[0], taken[-1]):
                drop.update(taken)
                break
            if not target.startswith(folded):
                break
            j += 1
        i = (max(drop) + 1) if drop and max(drop) >= i else i + 1
    return [line for k, line in enumerate(lines) if k not in drop]


def _touches_furniture(lines: list[str], furniture: list[bool], first: int, last: int) -> bool:
    for step, edge in ((-1, first), (1, last)):
        k = edge + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines) and furniture[k]:
            return True
    # furniture between the title's own lines ("Political declaration …" / symbol / "on the fight …")
    return any(furniture[first:last + 1])
