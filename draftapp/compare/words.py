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
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Hashable

from draftapp.model import CrossRef, FootnoteRef, Run, Text

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
_IN_WORD = set("-\u2010\u2011'\u2019")


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3040 <= o <= 0x30FF
            or 0x20000 <= o <= 0x2FFFF or 0xAC00 <= o <= 0xD7AF)


def _kind(ch: str) -> str:
    if ch.isspace():
        return "space"
    if is_cjk(ch):
        return "cjk"
    if ch.isalnum() or ch in _IN_WORD:
        return "word"
    return "punct"


def tokens(text: str) -> list[str]:
    """"Also requests the" -> ["Also", " ", "requests", " ", "the"]; 国际社会 -> 国 际 社 会."""
    out: list[str] = []
    kind = None
    for ch in text:
        if unicodedata.category(ch)[0] == "M" and out:
            out[-1] += ch  # a combining mark belongs to the unit before it
            continue
        k = _kind(ch)
        if out and k == kind and k in ("word", "space"):
            out[-1] += ch
        else:
            out.append(ch)
        kind = k
    return out


@dataclass(frozen=True)
class Atom:
    key: Hashable
    run: Run


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
            for tok in tokens(run.text):
                out.append(Atom(("t", tok, run.italic, run.bold), Text(tok, run.italic, run.bold)))
        elif isinstance(run, FootnoteRef):
            out.append(Atom(("f", footnote_key(run.footnote_id)), run))
        elif isinstance(run, CrossRef):
            out.append(Atom(("x", xref_text(run.target_id)), run))
    return out


def _join(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for r in runs:
        if isinstance(r, Text) and out and isinstance(out[-1], Text) and out[-1].same_format(r):
            out[-1] = Text(out[-1].text + r.text, r.italic, r.bold)
        else:
            out.append(r)
    return out


def _is_space(atom: Atom) -> bool:
    return isinstance(atom.run, Text) and atom.run.text.isspace()


def diff(old: list[Atom], new: list[Atom]) -> list[Piece]:
    """Word-level pieces turning `old` into `new`. A stretch of spaces alone between two
    changes joins them ("a b" -> "c d" is one replacement, not two)."""
    matcher = difflib.SequenceMatcher(None, [a.key for a in old], [a.key for a in new], autojunk=False)
    ops = matcher.get_opcodes()
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
            pieces.append(Piece(EQUAL, _join([a.run for a in new[j1:j2]])))
            continue
        if i2 > i1:
            pieces.append(Piece(DELETE, _join([a.run for a in old[i1:i2]])))
        if j2 > j1:
            pieces.append(Piece(INSERT, _join([a.run for a in new[j1:j2]])))
    return pieces


def similarity(a: str, b: str) -> float:
    """0..1, how alike two texts are (difflib's ratio on units, with cheap bounds first)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    m = difflib.SequenceMatcher(None, tokens(a), tokens(b), autojunk=False)
    if m.real_quick_ratio() < 0.5 or m.quick_ratio() < 0.5:
        return m.quick_ratio() * 0.5
    return m.ratio()
