"""Find and replace over the whole draft: the preamble, the operative part, the footnotes
and the Document fields (title, symbol, agenda item and its title lines, sponsors). No Qt.

Offsets in paragraphs and footnotes are model offsets (flat_text: one character per
inline object), the positions the panes show. "Whole words" asks for a word boundary
only between two letters of a script that separates words: Chinese and Japanese have no
spaces, so a hit there is always whole; Arabic letters and their vowel marks are word
characters like Latin ones.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from draftapp.model import (
    OBJECT_CHAR,
    AgendaItem,
    Command,
    Draft,
    EditText,
    SetMeta,
    SetSponsors,
    Text,
    split_runs,
)
from draftapp.gui.edits import flatten

#: where a hit is: a part of the text, the footnotes, or the Document pane
PREAMBLE, OPERATIVE, FOOTNOTES, DOCUMENT = "preamble", "operative", "footnotes", "document"


@dataclass(frozen=True)
class Hit:
    """`owner`: a paragraph or footnote id, or a Document field ("title", "symbol",
    "agenda", "agenda_title:<line>", "sponsor:<row>"); start/end in that text."""

    area: str
    owner: str
    start: int
    end: int


def _unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x3040 <= code <= 0x30FF
            or 0x20000 <= code <= 0x2FA1F or 0xFF00 <= code <= 0xFFEF)


def is_word_char(ch: str) -> bool:
    if not ch or ch == OBJECT_CHAR or _unspaced(ch):
        return False
    return unicodedata.category(ch)[0] in "LMN" or ch == "_"


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not (is_word_char(before) and is_word_char(text[start])) and not (
        is_word_char(after) and is_word_char(text[end - 1]))


def matches(text: str, needle: str, match_case: bool = False, whole_words: bool = False) -> list[tuple[int, int]]:
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        if m.end() > m.start() and (not whole_words or _whole(text, m.start(), m.end())):
            out.append((m.start(), m.end()))
    return out


def document_fields(draft: Draft) -> list[tuple[str, str]]:
    """(field, text) of the Document pane's text fields, in the pane's order."""
    meta = draft.meta
    out = []
    if meta.agenda:
        out.append(("agenda", meta.agenda[0].number))
        out += [(f"agenda_title:{i}", t) for i, t in enumerate(meta.agenda[0].titles)]
    out += [("symbol", meta.symbol), ("title", meta.title)]
    out += [(f"sponsor:{i}", name) for i, name in enumerate(draft.sponsors)]
    return out


def find_hits(draft: Draft, needle: str, match_case: bool = False, whole_words: bool = False) -> list[Hit]:
    """Every hit in reading order: the Document fields (the masthead), the preamble, the
    operative part, the footnotes."""
    hits: list[Hit] = []
    for field, text in document_fields(draft):
        hits += [Hit(DOCUMENT, field, s, e) for s, e in matches(text, needle, match_case, whole_words)]
    for area in (PREAMBLE, OPERATIVE):
        for p, _depth in flatten(draft.part(area)):
            hits += [Hit(area, p.id, s, e) for s, e in matches(p.flat_text(), needle, match_case, whole_words)]
    for f in draft.footnotes:
        flat = "".join(r.text if isinstance(r, Text) else OBJECT_CHAR for r in f.runs)
        hits += [Hit(FOOTNOTES, f.id, s, e) for s, e in matches(flat, needle, match_case, whole_words)]
    return hits


def _replace_runs(runs: list, spans: list[tuple[int, int]], replacement: str) -> list:
    for start, end in sorted(spans, reverse=True):
        head, rest = split_runs(runs, start)
        middle, tail = split_runs(rest, end - start)
        first = next((r for r in middle if isinstance(r, Text)), Text(""))
        runs = head + [Text(replacement, first.italic, first.bold)] + tail
    return runs


def _replace_text(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def replace_commands(draft: Draft, hits: list[Hit], replacement: str) -> tuple[list[Command], list[Command]]:
    """The edits that replace `hits`: (text edits of paragraphs and footnotes, Document
    edits). The caller makes them one undo step."""
    by_owner: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for h in hits:
        by_owner.setdefault((h.area, h.owner), []).append((h.start, h.end))
    texts: list[Command] = []
    paragraphs = {p.id: p for p in draft.paragraphs()} if any(h.area in (PREAMBLE, OPERATIVE) for h in hits) else {}
    footnotes = {f.id: f for f in draft.footnotes}
    fields = dict(document_fields(draft))
    meta_changes: dict = {}
    sponsors = list(draft.sponsors)
    titles = list(draft.meta.agenda[0].titles) if draft.meta.agenda else []
    agenda_changed = False
    number = draft.meta.agenda[0].number if draft.meta.agenda else ""
    for (area, owner), spans in by_owner.items():
        if area in (PREAMBLE, OPERATIVE):
            texts.append(EditText(owner, _replace_runs(paragraphs[owner].runs, spans, replacement)))
        elif area == FOOTNOTES:
            texts.append(EditText(owner, _replace_runs(footnotes[owner].runs, spans, replacement)))
        elif owner.startswith("sponsor:"):
            i = int(owner.split(":")[1])
            sponsors[i] = _replace_text(sponsors[i], spans, replacement)
        elif owner.startswith("agenda_title:"):
            i = int(owner.split(":")[1])
            titles[i] = _replace_text(titles[i], spans, replacement)
            agenda_changed = True
        elif owner == "agenda":
            number = _replace_text(fields["agenda"], spans, replacement)
            agenda_changed = True
        else:
            meta_changes[owner] = _replace_text(fields[owner], spans, replacement)
    if agenda_changed:
        meta_changes["agenda"] = [AgendaItem(number, titles)] + list(draft.meta.agenda[1:])
    document: list[Command] = []
    if meta_changes:
        document.append(SetMeta(**meta_changes))
    if sponsors != draft.sponsors:
        document.append(SetSponsors(sponsors))
    return texts, document
