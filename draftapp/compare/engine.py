"""`compare(old, new) -> Comparison`: two drafts, their paragraphs aligned, their
differences word by word, their footnotes, sponsors and metadata compared.

Paragraphs at every depth are items in document order (preamble, then operative part);
a paragraph may move between the two. `Comparison.rows` merges both drafts into one
sequence, the order a tracked-changes document shows: read only the rows with an old
item and you have the old draft; only those with a new item, the new one. Row kinds:

- "same": unchanged (numbers may differ: numbers are derived);
- "edit": the same paragraph with other words (`pieces`), heading flag or level;
- "insert" / "delete": only in the new / only in the old draft;
- "move_from" / "move_to": a moved paragraph at its old and at its new place (the
  move_to row carries the word-level pieces when it was edited as well).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from draftapp.compare.align import pair, stable
from draftapp.compare.words import DELETE, EQUAL, INSERT, Piece, atoms, diff_runs, similarity
from draftapp.lang import get_language
from draftapp.model import (
    OPERATIVE,
    PREAMBLE,
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Paragraph,
    citations,
    footnote_numbers,
    labels,
    merge_runs,
    Text,
)

def _same(x):
    return x


SAME, EDIT, INSERTED, DELETED, MOVE_FROM, MOVE_TO = "same", "edit", "insert", "delete", "move_from", "move_to"


@dataclass
class Item:
    """One paragraph of one draft, where it stands."""

    paragraph: Paragraph
    part: str
    path: tuple[int, ...]
    label: str  # "PP3", "OP5", "OP5 (a)", "heading 2"
    number: str  # what the document prints before it ("5.", "(a)", "")
    parent: str | None  # parent paragraph id
    reference: str = "?"  # what a cross-reference to it shows ("5", "5 (a)")

    @property
    def depth(self) -> int:
        return len(self.path) - 1


@dataclass
class Row:
    kind: str
    old: Item | None = None
    new: Item | None = None
    pieces: list[Piece] = field(default_factory=list)
    move: int = 0  # pairs a move_from row with its move_to row (1, 2, …)


@dataclass
class FootnoteChange:
    kind: str  # "insert", "delete", "edit"
    old: Footnote | None
    new: Footnote | None
    old_number: int | None
    new_number: int | None
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class MetaChange:
    field: str  # a Metadata field, "language" or "sponsors"
    old: object
    new: object


def items(draft: Draft) -> list[Item]:
    lang = get_language(draft.language)
    numbers = labels(draft, lang.labels)
    out: list[Item] = []
    headings = 0

    def walk(p: Paragraph, part: str, path: tuple, top: str, parent: str | None, ref: str):
        nonlocal headings
        number = numbers.get(p.id, "")
        if len(path) == 1:
            if p.heading:
                headings += 1
                label = f"heading {headings}"
            elif part == PREAMBLE:
                label = f"PP{path[0] + 1}"
            else:
                label = "OP" + number.rstrip(".")
                ref = number.rstrip(".")
        else:
            label = f"{top} {number}"
            ref = f"{ref} {number}" if ref != "?" else "?"
        out.append(Item(p, part, path, label, number, parent, ref if part == OPERATIVE and not p.heading else "?"))
        for i, child in enumerate(p.children):
            walk(child, part, path + (i,), label, p.id, ref)

    for part in (PREAMBLE, OPERATIVE):
        for i, p in enumerate(draft.part(part)):
            walk(p, part, (i,), "", None, "?")
    return out


class Comparison:
    def __init__(self, old: Draft, new: Draft):
        self.old, self.new = old, new
        self.old_items, self.new_items = items(old), items(new)
        # what a cross-reference to each paragraph shows (model.reference_text, by index)
        self._old_refs = {i.paragraph.id: i.reference for i in self.old_items}
        self._new_refs = {i.paragraph.id: i.reference for i in self.new_items}
        self.old_numbers, self.new_numbers = footnote_numbers(old), footnote_numbers(new)
        self.footnote_map = self._pair_footnotes()  # old footnote id -> new footnote id
        self.rows = self._rows()
        self.footnotes = self._footnote_changes()
        self.meta = self._meta_changes()

    # --- keys -------------------------------------------------------------------------
    def old_atoms(self, runs):
        return atoms(runs, self._old_footnote, self._old_xref)

    def new_atoms(self, runs):
        return atoms(runs, lambda fid: fid, self._new_xref)

    def diff(self, old_runs, new_runs) -> list[Piece]:
        """Word-level pieces from an old paragraph's (or footnote's) runs to a new one's."""
        return diff_runs(old_runs, new_runs, self._old_footnote, _same, self._old_xref, self._new_xref)

    def _old_footnote(self, fid: str) -> str:
        return self.footnote_map.get(fid, "old:" + fid)

    def _old_xref(self, target: str) -> str:
        return self._old_refs.get(target, "?")

    def _new_xref(self, target: str) -> str:
        return self._new_refs.get(target, "?")

    def same_runs(self, old_runs, new_runs) -> bool:
        """The same words, formats, citations and shown references (a cheap test first:
        most paragraphs of two versions are unchanged)."""
        if old_runs == new_runs:  # the same runs, objects included: the common case
            fmap = self.footnote_map
            if all(isinstance(r, Text) or (isinstance(r, FootnoteRef) and fmap.get(r.footnote_id) == r.footnote_id)
                   for r in old_runs):
                return True
        a, b = merge_runs(old_runs), merge_runs(new_runs)
        if len(a) != len(b):
            return False
        for x, y in zip(a, b):
            if isinstance(x, Text):
                if x != y:
                    return False
            elif isinstance(x, FootnoteRef):
                if not isinstance(y, FootnoteRef) or self._old_footnote(x.footnote_id) != y.footnote_id:
                    return False
            elif not isinstance(y, CrossRef) or self._old_xref(x.target_id) != self._new_xref(y.target_id):
                return False
        return True

    # --- footnotes --------------------------------------------------------------------
    def _pair_footnotes(self) -> dict[str, str]:
        old_notes, new_notes = self.old.footnotes, self.new.footnotes
        new_ids = {f.id for f in new_notes}
        out = {f.id: f.id for f in old_notes if f.id in new_ids}
        # by citation: the k-th citation in paragraphs that are the same paragraph
        pairs = pair([i.paragraph.id for i in self.old_items], [i.paragraph.id for i in self.new_items],
                     lambda k: self.old_items[k].paragraph.text, lambda k: self.new_items[k].paragraph.text)
        self._paragraph_pairs = pairs
        taken = set(out.values())
        for i, j in pairs.items():
            a = [r.footnote_id for r in self.old_items[i].paragraph.runs if isinstance(r, FootnoteRef)]
            b = [r.footnote_id for r in self.new_items[j].paragraph.runs if isinstance(r, FootnoteRef)]
            for fa, fb in zip(a, b):
                if fa not in out and fb not in taken and fb in new_ids:
                    out[fa] = fb
                    taken.add(fb)
        # by text, for the rest
        for f in old_notes:
            if f.id in out:
                continue
            scored = [(similarity(f.text, g.text, 0.6), g.id) for g in new_notes if g.id not in taken]
            scored = [s for s in scored if s[0] >= 0.6]
            if scored:
                _, gid = max(scored)
                out[f.id] = gid
                taken.add(gid)
        return out

    def _footnote_changes(self) -> list[FootnoteChange]:
        out = []
        by_new = {f.id: f for f in self.new.footnotes}
        paired_new = set(self.footnote_map.values())
        for f in self.old.footnotes:
            gid = self.footnote_map.get(f.id)
            if gid is None:
                out.append(FootnoteChange(DELETE, f, None, self.old_numbers.get(f.id), None))
                continue
            g = by_new[gid]
            if not self.same_runs(f.runs, g.runs):
                pieces = self.diff(f.runs, g.runs)
                if any(p.op != EQUAL for p in pieces):
                    out.append(FootnoteChange(EDIT, f, g, self.old_numbers.get(f.id), self.new_numbers.get(g.id), pieces))
        for g in self.new.footnotes:
            if g.id not in paired_new:
                out.append(FootnoteChange(INSERT, None, g, None, self.new_numbers.get(g.id)))
        out.sort(key=lambda c: (c.new_number or c.old_number or 0))
        return out

    # --- paragraphs -------------------------------------------------------------------
    def _rows(self) -> list[Row]:
        pairs = self._paragraph_pairs
        keep = stable(pairs)
        back = {j: i for i, j in pairs.items()}
        anchors = sorted((i, pairs[i]) for i in keep) + [(len(self.old_items), len(self.new_items))]
        rows: list[Row] = []
        moves: dict[int, int] = {}  # old index -> move number
        prev_i = prev_j = -1
        for i, j in anchors:
            for k in range(prev_i + 1, i):
                if k in pairs:
                    rows.append(Row(MOVE_FROM, self.old_items[k], None, move=moves.setdefault(k, len(moves) + 1)))
                else:
                    rows.append(Row(DELETED, self.old_items[k]))
            for k in range(prev_j + 1, j):
                if k in back:
                    rows.append(self._pair_row(MOVE_TO, back[k], k))
                    rows[-1].move = moves.setdefault(back[k], len(moves) + 1)
                else:
                    rows.append(Row(INSERTED, None, self.new_items[k]))
            if i < len(self.old_items):
                rows.append(self._pair_row(SAME, i, j))
            prev_i, prev_j = i, j
        return rows

    def _pair_row(self, kind: str, i: int, j: int) -> Row:
        old, new = self.old_items[i], self.new_items[j]
        a, b = old.paragraph, new.paragraph
        pieces: list[Piece] = []
        same_words = self.same_runs(a.runs, b.runs)
        if not same_words:
            pieces = self.diff(a.runs, b.runs)
            same_words = all(p.op == EQUAL for p in pieces)
            if same_words:
                pieces = []
        if kind == SAME and (not same_words or a.heading != b.heading or old.depth != new.depth or old.part != new.part):
            kind = EDIT
        return Row(kind, old, new, pieces)

    # --- metadata ---------------------------------------------------------------------
    def _meta_changes(self) -> list[MetaChange]:
        out = []
        if self.old.language != self.new.language:
            out.append(MetaChange("language", self.old.language, self.new.language))
        a, b = asdict(self.old.meta), asdict(self.new.meta)
        for name in a:
            if a[name] != b[name]:
                out.append(MetaChange(name, a[name], b[name]))
        if self.old.sponsors != self.new.sponsors:
            out.append(MetaChange("sponsors", list(self.old.sponsors), list(self.new.sponsors)))
        return out

    # --- for the views --------------------------------------------------------------
    def changed_rows(self) -> list[Row]:
        return [r for r in self.rows if r.kind != SAME]

    def changed_new_ids(self) -> set[str]:
        """Ids of the new draft's paragraphs that differ from the old draft (inserted,
        edited, moved): where the editor puts a margin mark."""
        return {r.new.paragraph.id for r in self.rows if r.new is not None and r.kind != SAME}

    def citing(self, draft: Draft, footnote_id: str) -> list[str]:
        return citations(draft).get(footnote_id, [])


def compare(old: Draft, new: Draft) -> Comparison:
    return Comparison(old, new)
