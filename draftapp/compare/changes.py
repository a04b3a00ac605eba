"""The differences of a `Comparison` as a list of changes, for people and for programs.

`changes(comparison)` gives `Change`s in document order: paragraphs inserted ("PP3 bis
inserted after PP3"), deleted ("OP9 deleted"), moved ("OP7 moved before OP4"), edited
("OP5: “Requests” → “Also requests”"), then footnotes and metadata. Paragraphs are named
by their place in the *old* draft (an inserted one after the paragraph it follows,
"bis", "ter" …, as negotiators name them); a subparagraph that goes with its parent
(inserted, deleted or moved together) is not listed again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftapp.compare.engine import DELETED, EDIT, INSERTED, MOVE_FROM, MOVE_TO, SAME, Comparison, Item, Row
from draftapp.compare.words import DELETE, INSERT, Piece
from draftapp.model import CrossRef, Draft, FootnoteRef, footnote_numbers, reference_text
from draftapp.lang import get_language

LATIN = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies")
SHORT = 60  # longer quoted words are cut in the one-line description


@dataclass
class Change:
    kind: str  # insert, delete, move, edit, footnote, meta
    part: str  # preamble, operative, footnotes, meta
    description: str
    old_index: list[int] | None = None
    new_index: list[int] | None = None
    old_label: str = ""
    new_label: str = ""
    pieces: list[dict] = field(default_factory=list)
    action: str = ""  # for footnotes: insert, delete, edit
    field: str = ""  # for meta: the field
    old: object = None
    new: object = None

    def describe(self) -> str:
        return self.description

    def to_json(self) -> dict:
        out = {"kind": self.kind, "part": self.part, "old_index": self.old_index, "new_index": self.new_index,
               "old_label": self.old_label, "new_label": self.new_label, "description": self.description,
               "pieces": self.pieces}
        if self.kind == "footnote":
            out["action"] = self.action
        if self.kind == "meta":
            out.update(field=self.field, old=self.old, new=self.new)
        return out


def _quote(text: str) -> str:
    text = " ".join(text.split()) if text.strip() else text
    if len(text) > SHORT:
        text = text[: SHORT - 1] + "…"
    return f"“{text}”"


class _Shower:
    """Inline objects as text: a footnote citation as [n], a cross-reference by its number."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.numbers = footnote_numbers(draft)
        self.scheme = get_language(draft.language).labels

    def __call__(self, run) -> str:
        if isinstance(run, FootnoteRef):
            return f"[{self.numbers.get(run.footnote_id, '?')}]"
        if isinstance(run, CrossRef):
            return reference_text(self.draft, run.target_id, self.scheme)
        return "\ufffc"


def pieces_json(pieces: list[Piece], old_show, new_show) -> list[dict]:
    return [{"op": p.op, "text": p.text(old_show if p.op == DELETE else new_show)} for p in pieces]


def words_description(pieces: list[Piece], old_show, new_show) -> str:
    """“Requests” → “Also requests”; “also” inserted; “fully” deleted."""
    out = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if p.op == DELETE and k + 1 < len(pieces) and pieces[k + 1].op == INSERT:
            out.append(f"{_quote(p.text(old_show))} → {_quote(pieces[k + 1].text(new_show))}")
            k += 2
            continue
        if p.op == DELETE:
            out.append(f"{_quote(p.text(old_show))} deleted")
        elif p.op == INSERT:
            out.append(f"{_quote(p.text(new_show))} inserted")
        k += 1
    return "; ".join(out)


def _goes_with_parent(row: Row, by_old: dict, by_new: dict) -> bool:
    """A subparagraph inserted, deleted or moved along with its parent."""
    item = row.new if row.kind == INSERTED else row.old
    if item is None or item.parent is None:
        return False
    lookup = by_new if row.kind == INSERTED else by_old
    parent_row = lookup.get(item.parent)
    if parent_row is None:
        return False
    if row.kind in (INSERTED, DELETED):
        return parent_row.kind == row.kind
    # moved: the parent moved too, and it is still the parent
    return parent_row.kind in (MOVE_FROM, MOVE_TO) and row.new is not None and row.new.parent == parent_row.new.paragraph.id if parent_row.new else False


def changes(comparison: Comparison) -> list[Change]:
    old_show, new_show = _Shower(comparison.old), _Shower(comparison.new)
    rows = comparison.rows
    by_old = {r.old.paragraph.id: r for r in rows if r.old is not None and r.kind != MOVE_FROM}
    by_old.update({r.old.paragraph.id: r for r in rows if r.kind == MOVE_TO})
    by_new = {r.new.paragraph.id: r for r in rows if r.new is not None}
    out: list[Change] = []
    anchor: Item | None = None  # the last old paragraph passed, for "after PP3"
    count = 0
    for index, row in enumerate(rows):
        if row.kind == INSERTED:
            new = row.new
            same_part = anchor is not None and anchor.part == new.part
            count = count + 1 if same_part else count
            if not _goes_with_parent(row, by_old, by_new):
                if same_part:
                    label = f"{anchor.label} {LATIN[min(count, len(LATIN)) - 1]}"
                    where = f"after {anchor.label}"
                else:
                    following = next((r.old for r in rows[index:] if r.old is not None and r.old.part == new.part), None)
                    label = "new " + ("PP" if new.part == "preamble" else "OP")
                    where = f"before {following.label}" if following else f"in the {new.part} part"
                out.append(Change("insert", new.part, f"{label} inserted {where}", None, list(new.path), "", label,
                                  [{"op": INSERT, "text": Piece(INSERT, new.paragraph.runs).text(new_show)}]))
            continue
        if row.old is not None and row.kind != MOVE_TO:
            anchor, count = row.old, 0
        if row.kind == SAME:
            continue
        if row.kind == DELETED:
            if not _goes_with_parent(row, by_old, by_new):
                old = row.old
                out.append(Change("delete", old.part, f"{old.label} deleted", list(old.path), None, old.label, "",
                                  [{"op": DELETE, "text": Piece(DELETE, old.paragraph.runs).text(old_show)}]))
            continue
        if row.kind == MOVE_TO:
            if _goes_with_parent(row, by_old, by_new):
                continue
            old, new = row.old, row.new
            def anchor_row(r):
                return r.kind in (SAME, EDIT) and r.old.part == new.part and r.old.depth == new.depth

            following = next((r.old for r in rows[index + 1:] if anchor_row(r)), None)
            preceding = next((r.old for r in reversed(rows[:index]) if anchor_row(r)), None)
            where = f"before {following.label}" if following else f"after {preceding.label}" if preceding else f"to the {new.part} part"
            text = f"{old.label} moved {where}"
            if row.pieces:
                text += ", and changed: " + words_description(row.pieces, old_show, new_show)
            out.append(Change("move", new.part, text, list(old.path), list(new.path), old.label, new.label,
                              pieces_json(row.pieces, old_show, new_show)))
            continue
        if row.kind == EDIT:
            old, new = row.old, row.new
            notes = []
            if row.pieces:
                notes.append(words_description(row.pieces, old_show, new_show))
            if old.paragraph.heading != new.paragraph.heading:
                notes.append("now a heading" if new.paragraph.heading else "no longer a heading")
            if old.depth != new.depth:
                notes.append(f"now at level {new.depth + 1} ({new.label})")
            out.append(Change("edit", new.part, f"{old.label}: " + "; ".join(notes), list(old.path), list(new.path),
                              old.label, new.label, pieces_json(row.pieces, old_show, new_show)))
    for fc in comparison.footnotes:
        if fc.kind == INSERT:
            text = f"footnote {fc.new_number} inserted: {_quote(fc.new.text)}"
            pieces = [{"op": INSERT, "text": fc.new.text}]
        elif fc.kind == DELETE:
            text = f"footnote {fc.old_number} deleted: {_quote(fc.old.text)}"
            pieces = [{"op": DELETE, "text": fc.old.text}]
        else:
            text = f"footnote {fc.old_number}: " + words_description(fc.pieces, old_show, new_show)
            pieces = pieces_json(fc.pieces, old_show, new_show)
        out.append(Change("footnote", "footnotes", text,
                          None if fc.old_number is None else [fc.old_number - 1],
                          None if fc.new_number is None else [fc.new_number - 1],
                          "" if fc.old_number is None else f"footnote {fc.old_number}",
                          "" if fc.new_number is None else f"footnote {fc.new_number}", pieces, action=fc.kind))
    for mc in comparison.meta:
        out.append(Change("meta", "meta", _meta_description(mc.field, mc.old, mc.new), field=mc.field, old=mc.old, new=mc.new))
    return out


def _meta_description(name: str, old, new) -> str:
    if name == "sponsors":
        added = [s for s in new if s not in old]
        removed = [s for s in old if s not in new]
        bits = []
        if added:
            bits.append(f"{len(added)} added ({', '.join(added[:5])}{', …' if len(added) > 5 else ''})")
        if removed:
            bits.append(f"{len(removed)} removed ({', '.join(removed[:5])}{', …' if len(removed) > 5 else ''})")
        if not bits:
            bits.append("order changed")
        return "sponsors: " + "; ".join(bits)
    label = name.replace("_", " ")

    def show(v):
        if isinstance(v, bool):
            return "yes" if v else "no"
        if v in (None, "", []):
            return "(none)"
        if isinstance(v, dict):
            v = "; ".join(str(x) for x in v.values() if x)
        if isinstance(v, list):
            v = "; ".join(" ".join(str(y) if not isinstance(y, list) else " ".join(y) for y in x.values()) if isinstance(x, dict) else str(x) for x in v)
        return _quote(str(v))

    return f"{label}: {show(old)} → {show(new)}"
