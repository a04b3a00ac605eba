"""A paragraph's runs cut into the units a difference is measured in, and the word-level
difference of two such lists.

Units: a word (letters, digits, combining marks, and the hyphens and apostrophes inside
it), a run of spaces, one punctuation mark, one CJK character (Chinese is compared by
character), or one inline object (a footnote citation, a cross-reference). A combining
mark always stays with the character before it, so Arabic vowel marks (and any other
script's marks) are never split from their letter.

Each unit is an `Atom`: its comparison `key` and the `run` it shows (a Text run holding
just that unit, with its format, or the inline object itself). `diff(old, new)` gives
`Piece`s: equal, delete (old atoms) and insert (new atoms).
"""

from __future__ import annotations

import difflib
import itertools
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Hashable

from draftapp.model import CrossRef, FootnoteRef, Run, Text, merge_runs

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3040 <= o <= 0x30FF
            or 0x20000 <= o <= 0x2FFFF or 0xAC00 <= o <= 0xD7AF)


@lru_cache(maxsize=1)
def _marks() -> str:
    """A regex class body of every combining mark (Unicode categories Mn, Mc, Me), in
    the planes where marks live (0, 1 and the variation selectors of plane 14)."""
    ranges: list[list[int]] = []
    for o in itertools.chain(range(0x300, 0x20000), range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(o))[0] == "M":
            if ranges and ranges[-1][1] == o - 1:
                ranges[-1][1] = o
            else:
                ranges.append([o, o])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


@lru_cache(maxsize=1)
def _unit() -> re.Pattern:
    m = _marks()
    word = f"(?:[^\\W_{_CJK}]|[-\u2010\u2011'\u2019])"
    return re.compile(f"[{_CJK}][{m}]*|(?:{word}|[{m}])+|\\s+[{m}]*|.[{m}]*", re.S)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_unit().findall(text))


def tokens(text: str) -> list[str]:
    """"Also requests the" -> ["Also", " ", "requests", " ", "the"]; 国际社会 -> 国 际 社 会.
    A combining mark stays with the unit before it."""
    return list(_tokens(text))


#: One unit: (its comparison key, the run it shows). The run is None for a text unit,
#: whose key ("t", text, italic, bold) says it all. A plain tuple: a long draft has tens
#: of thousands of units, and tuples are the cheapest to make.
Atom = tuple

@dataclass
class Piece:
    """A stretch of a paragraph: unchanged, deleted (old runs) or inserted (new runs)."""

    op: str
    runs: list[Run] = field(default_factory=list)

    def text(self, show: Callable[[Run], str] | None = None) -> str:
        return "".join(r.text if isinstance(r, Text) else (show(r) if show else "\ufffc") for r in self.runs)


def atoms(runs: list[Run], footnote_key: Callable[[str], Hashable], xref_text: Callable[[str], str]) -> list[Atom]:
    """The units of `runs`. A footnote citation compares by `footnote_key(id)` (the
    footnote's identity across the two drafts), a cross-reference by the number it shows."""
    out: list[Atom] = []
    for run in runs:
        if isinstance(run, Text):
            italic, bold = run.italic, run.bold
            out.extend([(("t", tok, italic, bold), None) for tok in _tokens(run.text)])
        elif isinstance(run, FootnoteRef):
            out.append((("f", footnote_key(run.footnote_id)), run))
        elif isinstance(run, CrossRef):
            out.append((("x", xref_text(run.target_id)), run))
    return out


def _join(atoms_: list[Atom]) -> list[Run]:
    """The runs a stretch of units shows: adjacent text of one format as one run."""
    out: list[Run] = []
    for key, run in atoms_:
        if run is None:
            _t, text, italic, bold = key
            last = out[-1] if out else None
            if isinstance(last, Text) and last.italic == italic and last.bold == bold:
                last.text += text
            else:
                out.append(Text(text, italic, bold))
        else:
            out.append(run)
    return out


def _is_space(atom: Atom) -> bool:
    return atom[1] is None and atom[0][1].isspace()


def diff(old: list[Atom], new: list[Atom]) -> list[Piece]:
    """Word-level pieces turning `old` into `new`. A stretch of spaces alone between two
    changes joins them ("a b" -> "c d" is one replacement, not two)."""
    a, b = [x[0] for x in old], [x[0] for x in new]
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    # the matcher sees only what lies between the common start and end (edits are local)
    middle = difflib.SequenceMatcher(None, a[head:len(a) - tail], b[head:len(b) - tail], autojunk=False).get_opcodes()
    ops = [("equal", 0, head, 0, head)] if head else []
    ops += [(t, i1 + head, i2 + head, j1 + head, j2 + head) for t, i1, i2, j1, j2 in middle]
    if tail:
        ops.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    # neighbouring equal stretches (the trimmed ends and the matcher's) join
    joined: list = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if joined and op[0] == "equal" == joined[-1][0]:
            joined[-1] = ("equal", joined[-1][1], op[2], joined[-1][3], op[4])
        else:
            joined.append(op)
    ops = joined
    # fold space-only equal stretches between two changes into the changes
    merged: list[list] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        between = 0 < k < len(ops) - 1 and tag == "equal" and all(_is_space(a) for a in old[i1:i2])
        if between:
            tag = "replace"
        if merged and tag != "equal" and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], i2, merged[-1][3], j2]
        else:
            merged.append([tag, i1, i2, j1, j2])
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in merged:
        if tag == "equal":
            pieces.append(Piece(EQUAL, _join(new[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(Piece(DELETE, _join(old[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(INSERT, _join(new[j1:j2])))
    return pieces


def _word_char(c: str) -> bool:
    return (c.isalnum() and not is_cjk(c)) or c in "-\u2010\u2011'\u2019" or unicodedata.category(c)[0] == "M"


def _cut_ok(text: str, p: int) -> bool:
    """Whether a unit boundary may fall at `p` (never inside a word or a run of spaces,
    never before a combining mark)."""
    if p <= 0 or p >= len(text):
        return True
    x, y = text[p - 1], text[p]
    if unicodedata.category(y)[0] == "M":
        return False
    if x.isspace() and y.isspace():
        return False
    return not (_word_char(x) and _word_char(y))


def _run_key(run, footnote_key, xref_text):
    if isinstance(run, Text):
        return ("t", run.text, run.italic, run.bold)
    if isinstance(run, FootnoteRef):
        return ("f", footnote_key(run.footnote_id))
    return ("x", xref_text(run.target_id))


def diff_runs(old_runs: list[Run], new_runs: list[Run], old_footnote, new_footnote, old_xref, new_xref) -> list[Piece]:
    """`diff` of two paragraphs' runs, cutting into units only what lies between their
    common start and end (most edits touch a few words of a long paragraph)."""
    a, b = merge_runs(old_runs), merge_runs(new_runs)
    i = 0
    while i < len(a) and i < len(b) and _run_key(a[i], old_footnote, old_xref) == _run_key(b[i], new_footnote, new_xref):
        i += 1
    j = 0
    while j < len(a) - i and j < len(b) - i and \
            _run_key(a[-1 - j], old_footnote, old_xref) == _run_key(b[-1 - j], new_footnote, new_xref):
        j += 1
    head, tail = b[:i], b[len(b) - j:]
    ma, mb = a[i:len(a) - j], b[i:len(b) - j]
    if ma and mb and isinstance(ma[0], Text) and isinstance(mb[0], Text) and ma[0].same_format(mb[0]):
        ta, tb = ma[0].text, mb[0].text
        p = len(os.path.commonprefix([ta, tb]))
        while p and not (_cut_ok(ta, p) and _cut_ok(tb, p)):
            p -= 1
        if p:
            head = head + [Text(ta[:p], ma[0].italic, ma[0].bold)]
            ma = [Text(ta[p:], ma[0].italic, ma[0].bold)] + ma[1:]
            mb = [Text(tb[p:], mb[0].italic, mb[0].bold)] + mb[1:]
    if ma and mb and isinstance(ma[-1], Text) and isinstance(mb[-1], Text) and ma[-1].same_format(mb[-1]):
        ta, tb = ma[-1].text, mb[-1].text
        q = len(os.path.commonprefix([ta[::-1], tb[::-1]]))
        while q and not (_cut_ok(ta, len(ta) - q) and _cut_ok(tb, len(tb) - q)):
            q -= 1
        if q:
            tail = [Text(ta[len(ta) - q:], ma[-1].italic, ma[-1].bold)] + tail
            ma = ma[:-1] + [Text(ta[:len(ta) - q], ma[-1].italic, ma[-1].bold)]
            mb = mb[:-1] + [Text(tb[:len(tb) - q], mb[-1].italic, mb[-1].bold)]
    pieces = [Piece(EQUAL, merge_runs(head))] if head else []
    pieces += diff(atoms(ma, old_footnote, old_xref), atoms(mb, new_footnote, new_xref))
    if tail:
        pieces.append(Piece(EQUAL, merge_runs(tail)))
    out: list[Piece] = []
    for piece in pieces:
        if not piece.runs:
            continue
        if out and piece.op == EQUAL == out[-1].op:
            out[-1] = Piece(EQUAL, merge_runs(out[-1].runs + piece.runs))
        else:
            out.append(piece)
    return out


def similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """0..1, how alike two texts are: difflib's ratio over their units (2 × matching
    units / all units). The common start and end are counted without the matcher (an
    edit is local); cheap upper bounds come first, and a pair that cannot reach
    `at_least` returns 0 without the full measure."""
    if a == b:
        return 1.0
    x, y = _tokens(a), _tokens(b)
    total = len(x) + len(y)
    if not x or not y:
        return 0.0
    head = 0
    limit = min(len(x), len(y))
    while head < limit and x[head] == y[head]:
        head += 1
    tail = 0
    while tail < limit - head and x[-1 - tail] == y[-1 - tail]:
        tail += 1
    mx, my = x[head:len(x) - tail], y[head:len(y) - tail]
    fixed = head + tail
    if not mx or not my:
        return 2 * fixed / total
    if 2 * (fixed + min(len(mx), len(my))) / total < at_least:
        return 0.0
    m = difflib.SequenceMatcher(None, mx, my, autojunk=False)
    bound = 2 * (fixed + m.quick_ratio() * (len(mx) + len(my)) / 2) / total
    if bound < at_least:
        return 0.0
    if len(mx) * len(my) > 200_000:  # two long unrelated stretches: the bound will do
        return bound
    matched = sum(block.size for block in m.get_matching_blocks())
    return 2 * (fixed + matched) / total
