"""Amendments and oral revisions: the difference between a tabled draft and the text a
delegation proposes, as the numbered instructions of an amendment document ("Replace
operative paragraph 5 with the following:", "In operative paragraph 7, after the words
“…”, insert the words “…”;") or as the sentences a delegation reads out before action
("In operative paragraph 5, the words “…” should be replaced by “…”.").

Paragraphs are named as the tabled draft numbers them. A paragraph changed in a few
places gets one instruction per change; one rewritten more than that is replaced whole.
The words of each language are in resources/amendments/<code>.json.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from draftapp.compare import compare
from draftapp.compare.engine import DELETED, EDIT, INSERTED, MOVE_TO, Item
from draftapp.compare.words import DELETE, EQUAL, INSERT, Piece
from draftapp.lang.ordinals import _ordinal, _rules
from draftapp.model import CrossRef, Draft, FootnoteRef, Metadata, Paragraph, Text, footnote_numbers, reference_text
from draftapp.lang import get_language
from draftapp.paths import RESOURCES

#: A paragraph with more separate changes than this is replaced whole.
MAX_WORD_CHANGES = 3
#: Words quoted before an insertion to say where it goes.
ANCHOR_WORDS = 5


@dataclass
class Instruction:
    """One instruction: its sentence, and the text it quotes (a whole paragraph for
    "Replace … with the following:" and "Insert … the following new paragraph:")."""

    text: str
    quoted: str = ""

    def as_text(self, quotes: tuple[str, str]) -> str:
        return self.text + (f"\n{quotes[0]}{self.quoted}{quotes[1]}" if self.quoted else "")


@lru_cache(maxsize=None)
def words(code: str) -> dict:
    return json.loads((RESOURCES / "amendments" / f"{code}.json").read_text(encoding="utf-8"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Namer:
    """What the tabled draft calls each of its paragraphs, in the sentence's forms."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.w = words(draft.language)
        self.scheme = get_language(draft.language).labels

    def ordinal(self, n: int) -> str:
        if n == 1 and "first_ordinal" in self.w:
            return self.w["first_ordinal"]  # "premier alinéa": the masculine
        return _ordinal(_rules(self.draft.language), n)

    def forms(self, item: Item) -> dict[str, str]:
        if item.part == "preamble":
            n = item.path[0] + 1
            values = {k: v.format(ordinal=self.ordinal(n), n=n) for k, v in self.w["preamble"].items()}
        else:
            # what a cross-reference shows: "5", "5 (b)"; Chinese writes it without spaces, 第5(b)段
            number = reference_text(self.draft, item.paragraph.id, self.scheme)
            if self.draft.language == "zh":
                number = number.replace(" ", "")
            values = {k: v.format(number=number) for k, v in self.w["operative"].items()}
        values["Ref"] = _cap(values["ref"])
        values["after_cap"] = _cap(values["after"])
        values["after_bare"] = values["after"].removeprefix("在")
        return values


class _Text:
    """A piece of a paragraph as plain words: a footnote citation as nothing (the note
    goes with the words), a cross-reference as the number it shows."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.scheme = get_language(draft.language).labels

    def runs(self, runs) -> str:
        out = []
        for run in runs:
            if isinstance(run, Text):
                out.append(run.text)
            elif isinstance(run, CrossRef):
                out.append(reference_text(self.draft, run.target_id, self.scheme))
        return "".join(out)


def instructions(tabled: Draft, proposed: Draft, *, oral: bool = False) -> list[Instruction]:
    """The instructions that turn `tabled` into `proposed`, in document order."""
    w = words(tabled.language)
    forms = w["oral" if oral else "written"]
    q0, q1 = w["quotes"]
    quote = lambda s: f"{q0}{s.strip()}{q1}"  # noqa: E731
    namer = _Namer(tabled)
    old_text, new_text = _Text(tabled), _Text(proposed)
    comparison = compare(tabled, proposed)
    rows = comparison.rows
    out: list[Instruction] = []
    anchor: Item | None = None  # the last tabled paragraph passed, where an insertion goes
    for index, row in enumerate(rows):
        if row.kind == INSERTED:
            if row.new.depth and _parent_is_new(row, rows):
                continue  # a subparagraph of a new paragraph is quoted with it
            place = _place_after(anchor, rows, index, row.new.part, namer)
            out.append(Instruction(forms["insert"].format(**place), _quoted_paragraph(row.new.paragraph, new_text, proposed)))
            continue
        if row.old is not None and row.kind != MOVE_TO:
            anchor = row.old
        if row.kind == DELETED:
            out.append(Instruction(forms["delete"].format(**namer.forms(row.old))))
        elif row.kind == MOVE_TO:
            following = _place_after(_previous_old(rows, index, row.new.part), rows, index, row.new.part, namer)
            out.append(Instruction(forms["move"].format(**namer.forms(row.old), after=following["after"])))
        elif row.kind == EDIT:
            out.extend(_edit(row, forms, namer, old_text, new_text, proposed, quote))
    return out


def _parent_is_new(row, rows) -> bool:
    parent = row.new.parent
    return any(r.kind == INSERTED and r.new.paragraph.id == parent for r in rows)


def _previous_old(rows, index: int, part: str) -> Item | None:
    for r in reversed(rows[:index]):
        if r.old is not None and r.kind not in (MOVE_TO, DELETED) and r.old.part == part and r.old.depth == 0:
            return r.old
    return None


def _place_after(anchor: Item | None, rows, index: int, part: str, namer: _Namer) -> dict[str, str]:
    """Where a new paragraph goes: after the tabled paragraph before it, or before the
    first one of its part."""
    if anchor is not None and anchor.part == part:
        return {"after": namer.forms(anchor)["after"], "after_cap": namer.forms(anchor)["after_cap"],
                "after_bare": namer.forms(anchor)["after_bare"]}
    following = next((r.old for r in rows[index:] if r.old is not None and r.old.part == part), None)
    if following is not None:
        f = namer.forms(following)
        return {"after": f["before"], "after_cap": _cap(f["before"]), "after_bare": f["before"].removeprefix("在")}
    raise ValueError(f"no tabled paragraph to place a new {part} paragraph by")


def _quoted_paragraph(p: Paragraph, show: _Text, draft: Draft) -> str:
    """A new paragraph as quoted: its words, then its subparagraphs each on a line."""
    lines = [show.runs(p.runs)]
    from draftapp.model import labels

    shown = labels(draft, get_language(draft.language).labels)
    for child in p.walk():
        if child is not p:
            lines.append(f"{shown.get(child.id, '')} {show.runs(child.runs)}".strip())
    return "\n".join(lines)


def _edit(row, forms, namer: _Namer, old_text: _Text, new_text: _Text, proposed: Draft, quote) -> list[Instruction]:
    ref = namer.forms(row.old)
    hunks = _hunks(row.pieces)
    changed = sum(len(old_text.runs(d)) + len(new_text.runs(i)) for _, d, i, _ in hunks)
    total = len(old_text.runs(row.old.paragraph.runs)) or 1
    if not hunks:
        return []
    if len(hunks) > MAX_WORD_CHANGES or changed > total * 0.6:
        return [Instruction(forms["replace"].format(**ref), _quoted_paragraph(row.new.paragraph, new_text, proposed))]
    out = []
    for before, deleted, inserted, after in hunks:
        old_words, new_words = old_text.runs(deleted).strip(), new_text.runs(inserted).strip()
        if old_words and new_words:
            out.append(Instruction(forms["words_replace"].format(**ref, old=quote(old_words), new=quote(new_words))))
        elif old_words:
            out.append(Instruction(forms["words_delete"].format(**ref, old=quote(old_words))))
        elif before.strip():
            out.append(Instruction(forms["words_insert"].format(**ref, anchor=quote(before), new=quote(new_words))))
        else:
            out.append(Instruction(forms["words_insert_first"].format(**ref, anchor=quote(after), new=quote(new_words))))
    return out


def _hunks(pieces: list[Piece]):
    """(words before, deleted runs, inserted runs, words after) for each change: the
    neighbouring unchanged words say where it is."""
    out = []
    k = 0
    while k < len(pieces):
        if pieces[k].op == EQUAL:
            k += 1
            continue
        deleted, inserted = [], []
        start = k
        while k < len(pieces) and pieces[k].op != EQUAL:
            (deleted if pieces[k].op == DELETE else inserted).extend(pieces[k].runs)
            k += 1
        before = _edge_words(pieces[start - 1].text() if start > 0 else "", last=True)
        after = _edge_words(pieces[k].text() if k < len(pieces) else "", last=False)
        out.append((before, deleted, inserted, after))
    return out


def _edge_words(text: str, last: bool) -> str:
    text = text.replace("\ufffc", "")
    if any("\u3400" <= ch <= "\u9fff" for ch in text):  # Chinese: characters, not words
        return text[-8:] if last else text[:8]
    parts = text.split()
    return " ".join(parts[-ANCHOR_WORDS:] if last else parts[:ANCHOR_WORDS])


def amendment_document(tabled: Draft, proposed: Draft, *, sponsors: list[str] | None = None,
                       oral: bool = False) -> Draft:
    """The amendment as a draft of kind "amendment" (its instructions numbered as
    operative paragraphs), ready for the official DOCX or the text dialect; or, with
    `oral`, the oral revisions."""
    w = words(tabled.language)
    found = instructions(tabled, proposed, oral=oral)
    meta = Metadata(
        organ=tabled.meta.organ, session=tabled.meta.session, agenda=list(tabled.meta.agenda),
        kind="amendment", title=tabled.meta.title, amends=tabled.meta.symbol,
        original_language=tabled.meta.original_language,
    )
    doc = Draft(language=tabled.language, meta=meta, sponsors=list(sponsors or []))
    doc.meta.organ_line = " "  # an amendment has no organ line of its own
    for ins in found:
        doc.operative.append(Paragraph(runs=[Text(ins.as_text(w["quotes"]))]))
    return doc


def oral_text(tabled: Draft, proposed: Draft) -> str:
    """The oral revisions as the text a delegation reads out, one per line."""
    w = words(tabled.language)
    head = w["oral_intro"].format(symbol=tabled.meta.symbol or "")
    return "\n\n".join([head] + [ins.as_text(w["quotes"]) for ins in instructions(tabled, proposed, oral=True)]) + "\n"


def amendment_text(tabled: Draft, proposed: Draft, *, sponsors: list[str] | None = None) -> str:
    """The written amendment as plain text (for an email or a quick look): the sponsors
    line, the title, the numbered instructions with their quoted text."""
    lang = get_language(tabled.language)
    w = words(tabled.language)
    names = lang.join(sponsors) if sponsors else ""
    label = lang.amendment_label(tabled.meta.symbol) if tabled.meta.symbol else lang.kind_label("amendment")
    lines = [f"{names}{lang.punct.label_colon} {label}" if names else label]
    if tabled.meta.title:
        lines.append(tabled.meta.title)
    for n, ins in enumerate(instructions(tabled, proposed), start=1):
        text = ins.as_text(w["quotes"]).replace("\n", "\n\t")
        lines.append(f"{lang.labels.operative.format(n)}\t{text}")
    return "\n\n".join(lines) + "\n"
