"""The official-format DOCX of a draft with Word tracked changes against its base:
`export_tracked_docx(new, base, path, author=..., paper=...)`.

The document is the new draft's (masthead, layout, the draft embedded); its body --
preambular and operative paragraphs, their numbers, and the footnotes -- is the merged
sequence of `draftapp.compare` (rows), each row written with its revisions
(draftapp/io/docx/revisions.py):

- same: as in a clean export; a number that changed ("5." became "6.") is a deleted and
  an inserted number, since numbers are text in our export;
- edit: the word-level pieces as w:del and w:ins;
- insert / delete: every run and the paragraph mark inserted / deleted;
- move_from / move_to: the paragraph in a move range, runs and mark moved; words a moved
  paragraph gained at its new place are w:ins, words it lost show at its old place.

Accept all gives the new draft's text, Reject all the base's, numbers included.
Footnotes are numbered by Word (automatic footnote numbers); a footnote cited only in
inserted or deleted text has its body inserted or deleted too, and one whose text
changed has its words revised.
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx.text.paragraph import Paragraph as DocxParagraph

from draftapp.compare import compare
from draftapp.compare.engine import DELETED, EDIT, INSERTED, MOVE_FROM, MOVE_TO, SAME, Row
from draftapp.compare.words import DELETE, EQUAL, INSERT, diff_runs
from draftapp.io.docx import oxml
from draftapp.io.docx.inline import InlineWriter, place_markers
from draftapp.io.docx.masthead import Masthead
from draftapp.io.docx.template import FOOTNOTE_REFERENCE_STYLE
from draftapp.io.docx.revisions import DEL, INS, Revisions, revision_date
from draftapp.io.docx.revisions import MOVE_FROM as W_MOVE_FROM
from draftapp.io.docx.revisions import MOVE_TO as W_MOVE_TO
from draftapp.io.docx.writer import DocxWriter, _unknown_codes
from draftapp.io.errors import DraftIOError
from draftapp.model import PREAMBLE, Base, CrossRef, Draft, Footnote, FootnoteRef, Paragraph, Text, footnote_numbers, labels, snapshot

#: Which revision element each kind of segment is written in (None: plain).
_TAG = {EQUAL: None, INSERT: INS, DELETE: DEL, "move_from": W_MOVE_FROM, "move_to": W_MOVE_TO}


def default_author(draft: Draft) -> str:
    """The revisions' author when the user set none: the first sponsor's delegation, or Draftapp."""
    return draft.sponsors[0] if draft.sponsors else "Draftapp"


def _same(x):
    return x


def _cites(runs) -> bool:
    return any(isinstance(r, FootnoteRef) for r in runs)


#: Which state a segment's text survives in: E (both), I (Accept all only), D (Reject all only).
_STATE = {EQUAL: "E", INSERT: "I", "move_to": "I", DELETE: "D", "move_from": "D"}


class _TrackedInline(InlineWriter):
    """Footnote citations and bodies with their revisions.

    A footnote cited several times is one real footnote reference (its first citation)
    and NOTEREF fields elsewhere, in each of the two texts. When the new text's first
    citation is not the base's (the first one was deleted, or one was inserted before
    it), each text gets its own real reference -- the other's inside w:ins or w:del --
    and a citation in unchanged text whose form differs between the two is written as
    the base's form deleted and the new one's inserted. Accept all and Reject all then
    each leave exactly one real reference, where a clean export puts it."""

    def __init__(self, document, merged: Draft, typeset, star_notes: int, revisions: Revisions,
                 notes_changes: dict, write_runs, plan: dict, old_bodies: dict, new_numbers: dict, old_numbers: dict):
        super().__init__(document, merged, typeset, star_notes)
        self.revisions = revisions
        self.notes_changes = notes_changes  # footnote id -> ("insert"|"delete", None) or ("edit", segments)
        self.write_runs = write_runs
        self.plan = plan  # footnote id -> (index of the new text's first citation, of the base's)
        self.old_bodies = old_bodies  # footnote id -> the base's runs of its text
        self.new_numbers, self.old_numbers = new_numbers, old_numbers
        self.state = "E"
        self._seen: dict[str, int] = {}
        self._bookmarks: dict[tuple[str, int], str] = {}
        self._next_word_id = star_notes + 1
        self._body: tuple[str, str] | None = None

    def cite(self, paragraph, footnote_id: str) -> None:
        if footnote_id not in self.plan:
            return super().cite(paragraph, footnote_id)
        k = self._seen.get(footnote_id, 0)
        self._seen[footnote_id] = k + 1
        first_new, first_old = self.plan[footnote_id]
        new_form = ("real" if k == first_new else first_new) if self.state in "EI" else None
        old_form = ("real" if k == first_old else first_old) if self.state in "ED" else None
        p = paragraph._p
        if self.state != "E" or new_form == old_form:
            form, side = (new_form, "new") if self.state != "D" else (old_form, "old")
            if self.state == "E" and new_form == "real":
                side = "both"
            self._write_form(paragraph, footnote_id, k, form, side)
            return
        start = len(p)
        self._write_form(paragraph, footnote_id, k, old_form, "old")
        self.revisions.wrap(p, start, DEL)
        start = len(p)
        self._write_form(paragraph, footnote_id, k, new_form, "new")
        self.revisions.wrap(p, start, INS)

    def _write_form(self, paragraph, footnote_id: str, k: int, form, side: str) -> None:
        numbers = self.old_numbers if side == "old" else self.new_numbers
        if form != "real":  # a repeated citation: NOTEREF to the real one
            name = self._bookmarks.get((footnote_id, form))
            if name is None:
                self.missing.add(footnote_id)
                self.typeset.text(paragraph, "?", superscript=True)
                return
            oxml.add_field(paragraph, f"NOTEREF {name} \\f \\h", str(numbers.get(footnote_id, "?")),
                           lambda r: self.typeset.format_run(r, style=FOOTNOTE_REFERENCE_STYLE[0]))
            return
        word_id = self._next_word_id
        self._next_word_id += 1
        run = paragraph.add_run()
        self.typeset.format_run(run, style=FOOTNOTE_REFERENCE_STYLE[0])
        oxml.footnote_reference(run, word_id)
        name = f"_RefFootnote{word_id}"
        oxml.bookmark_around(run, word_id, name)
        self._bookmarks[(footnote_id, k)] = name
        self._written.add(footnote_id)
        runs = self.old_bodies.get(footnote_id, []) if side == "old" else self.draft.footnote(footnote_id).runs
        self._body = (footnote_id, side)
        try:
            self._footnote_body(word_id, runs)
        finally:
            self._body = None

    def _footnote_body(self, word_id, runs, custom_mark=None) -> None:
        change = None
        if custom_mark is None and self._body is not None:
            footnote_id, side = self._body
            change = self.notes_changes.get(footnote_id)
            if change is not None and side != "both" and change[0] == "edit":
                change = None  # this text's own words, plainly
        if change is None:
            return super()._footnote_body(word_id, runs, custom_mark)
        kind, segments = change
        super()._footnote_body(word_id, [] if kind == "edit" else runs)
        p = self.notes.element[-1][0]  # the note's paragraph, just written
        if kind == "edit":
            para = DocxParagraph(p, self.notes)
            for op, seg_runs in segments:
                start = len(p)
                self.write_runs(para, seg_runs, footnote=True)
                if _TAG[op]:
                    self.revisions.wrap(p, start, _TAG[op])
        else:
            ppr = p.find(oxml.qn("w:pPr"))
            self.revisions.wrap(p, 0 if ppr is None else 1, INS if kind == "insert" else DEL)


class TrackedDocxWriter(DocxWriter):
    def __init__(self, new: Draft, base: Draft, paper: str = "letter", author: str = "", date: str | None = None):
        super().__init__(new, paper)
        self.base = base
        self.comparison = compare(base, new)
        self.revisions = Revisions(author or default_author(new), date)
        scheme = self.style.language.labels
        self.old_labels = labels(base, scheme)
        self.old_scheme = scheme
        self.after = self.style.language.marker_after_punctuation
        self.segments = [self._segments(row) for row in self.comparison.rows]

    # --- what each row shows ------------------------------------------------------------
    def _old_runs(self, runs):
        """Old runs with citations of footnotes the new draft kept pointing at the new ids,
        and citations of deleted footnotes at "old:" ids."""
        fmap = self.comparison.footnote_map
        return [FootnoteRef(fmap.get(r.footnote_id, "old:" + r.footnote_id)) if isinstance(r, FootnoteRef) else r
                for r in place_markers(runs, self.after)]

    def _new_runs(self, runs):
        return place_markers(runs, self.after)

    def _shown(self, runs, draft: Draft):
        """Cross-references as the text they show in `draft` (old or new)."""
        if not any(isinstance(r, CrossRef) for r in runs):
            return runs
        refs = self.comparison._old_refs if draft is self.base else self.comparison._new_refs
        return [Text(refs.get(r.target_id, "?")) if isinstance(r, CrossRef) else r for r in runs]

    def _segments(self, row: Row) -> list[tuple[str, list]]:
        if row.kind in (DELETED, MOVE_FROM):
            op = DELETE if row.kind == DELETED else "move_from"
            return [(op, self._shown(self._old_runs(row.old.paragraph.runs), self.base))]
        new_runs = self._shown(self._new_runs(row.new.paragraph.runs), self.draft)
        if row.kind == INSERTED:
            return [(INSERT, new_runs)]
        if row.kind == SAME:
            return [(EQUAL, new_runs)]
        if not _cites(row.old.paragraph.runs) and not _cites(row.new.paragraph.runs):
            # no footnote markers to place: the compare's own pieces are the document's
            segments = [(p.op, self._shown(p.runs, self.base if p.op == DELETE else self.draft)) for p in row.pieces]
            if not row.pieces:  # the words are the same (the level or heading changed)
                segments = [(EQUAL, new_runs)]
        else:
            old_runs = self._shown(self._old_runs(row.old.paragraph.runs), self.base)
            segments = [(p.op, p.runs) for p in self._diff(old_runs, new_runs)]
        if row.kind == MOVE_TO:  # what was lost shows at the old place
            segments = [("move_to" if op == EQUAL else op, runs) for op, runs in segments if op != DELETE]
        return segments

    def _diff(self, old_runs, new_runs):
        """Pieces of runs already in the new draft's terms (footnote ids mapped,
        cross-references shown as text)."""
        c = self.comparison
        return diff_runs(old_runs, new_runs, _same, _same, c._new_xref, c._new_xref)

    def _merged(self) -> Draft:
        """A draft holding every paragraph of the merged body in order (for footnote
        numbering by first citation) and every footnote of both drafts."""
        merged = Draft(language=self.draft.language, meta=self.draft.meta, sponsors=self.draft.sponsors)
        merged.operative = [Paragraph(runs=[r for _op, runs in segs for r in runs]) for segs in self.segments]
        merged.footnotes = list(self.draft.footnotes) + [
            Footnote(runs=f.runs, id="old:" + f.id) for f in self.base.footnotes if f.id not in self.comparison.footnote_map]
        return merged

    def _note_changes(self) -> dict:
        out = {}
        for fc in self.comparison.footnotes:
            if fc.kind == INSERT:
                out[fc.new.id] = ("insert", None)
            elif fc.kind == DELETE:
                out["old:" + fc.old.id] = ("delete", None)
            else:
                old_runs = self._shown(self._old_runs(fc.old.runs), self.base)
                new_runs = self._shown(fc.new.runs, self.draft)
                out[fc.new.id] = ("edit", [(p.op, p.runs) for p in self._diff(old_runs, new_runs)])
        return out

    # --- writing --------------------------------------------------------------------
    def _inline_writer(self) -> InlineWriter:
        return _TrackedInline(self.document, self._merged(), self.typeset, Masthead.star_notes(self.draft),
                              self.revisions, self._note_changes(), self._write_runs, *self._citation_plan())

    def _citation_plan(self):
        """For each footnote: which of its citations (counted in the merged order) is the
        first in the new text and which the first in the base; the base's words of each
        footnote; the numbers each text gives them (what a NOTEREF shows)."""
        first_new: dict[str, int] = {}
        first_old: dict[str, int] = {}
        seen: dict[str, int] = {}
        for segments in self.segments:
            for op, runs in segments:
                state = _STATE[op]
                for r in runs:
                    if not isinstance(r, FootnoteRef):
                        continue
                    k = seen.get(r.footnote_id, 0)
                    seen[r.footnote_id] = k + 1
                    if state in "EI":
                        first_new.setdefault(r.footnote_id, k)
                    if state in "ED":
                        first_old.setdefault(r.footnote_id, k)
        plan = {fid: (first_new.get(fid), first_old.get(fid)) for fid in seen}
        back = {new_id: old_id for old_id, new_id in self.comparison.footnote_map.items()}
        old_bodies = {}
        for f in self.base.footnotes:
            merged_id = self.comparison.footnote_map.get(f.id, "old:" + f.id)
            old_bodies[merged_id] = f.runs
        old_numbers = footnote_numbers(self.base)
        old_by_merged = {}
        for fid in seen:
            old_id = fid[4:] if fid.startswith("old:") else back.get(fid)
            if old_id in old_numbers:
                old_by_merged[fid] = old_numbers[old_id]
        return plan, old_bodies, footnote_numbers(self.draft), old_by_merged

    def _write_runs(self, para, runs, footnote: bool = False, bold: bool = False) -> None:
        if footnote:  # a footnote's own text: no citations inside
            for r in runs:
                if isinstance(r, Text):
                    self.typeset.text(para, r.text, italic=r.italic, bold=r.bold)
            return
        self.inline.write(para, runs, bold=bold)

    def _body(self) -> None:
        for row, segments in zip(self.comparison.rows, self.segments):
            self._row(row, segments)

    def _row(self, row: Row, segments) -> None:
        item = row.new if row.new is not None else row.old
        para = self.frame(item.part == PREAMBLE, item.depth, item.paragraph.heading)
        p = para._p
        old_label = self.old_labels.get(row.old.paragraph.id, "") if row.old is not None and not row.old.paragraph.heading else ""
        new_label = self.labels.get(row.new.paragraph.id, "") if row.new is not None and not row.new.paragraph.heading else ""
        bold = item.paragraph.heading
        whole = {INSERTED: INS, DELETED: DEL, MOVE_FROM: W_MOVE_FROM, MOVE_TO: W_MOVE_TO}.get(row.kind)
        if row.kind in (SAME, EDIT):
            self._labels(para, old_label, new_label)
            old = row.old
            if (old.part, old.depth, old.paragraph.heading) != (item.part, item.depth, item.paragraph.heading):
                self._old_layout(p, old)
        else:
            start = len(p)
            label = new_label if row.kind in (INSERTED, MOVE_TO) else old_label
            if label:
                self.label(para, label)
            if label:
                self.revisions.wrap(p, start, whole)
        for op, runs in segments:
            start = len(p)
            self.inline.state = _STATE[op]
            self._write_runs(para, runs, bold=bold)
            if _TAG[op]:
                self.revisions.wrap(p, start, _TAG[op])
        if whole:
            self.revisions.mark_paragraph(p, whole)
        if row.kind in (MOVE_FROM, MOVE_TO):
            self.revisions.move_range(p, whole, f"move{row.move}")

    def _old_layout(self, p, old) -> None:
        """A paragraph that changed level or kind: its old layout as a w:pPrChange."""
        scratch = self.frame(old.part == PREAMBLE, old.depth, old.paragraph.heading)._p
        scratch.getparent().remove(scratch)
        self.revisions.layout_changed(p, scratch.get_or_add_pPr())

    def _labels(self, para, old_label: str, new_label: str) -> None:
        p = para._p
        if old_label == new_label:
            if new_label:
                self.label(para, new_label)
            return
        if old_label:
            start = len(p)
            self.label(para, old_label, tab=not new_label)
            self.revisions.wrap(p, start, DEL)
        if new_label:
            start = len(p)
            self.label(para, new_label, tab=not old_label)
            self.revisions.wrap(p, start, INS)
        if old_label and new_label:
            self.tab(para)


def export_tracked_docx(new: Draft, base: Draft, path, *, author: str = "", paper: str = "letter",
                        date: str | None = None, base_source: str = "") -> list[str]:
    """Write `new` as an official-format DOCX at `path` with its changes against `base`
    as Word tracked changes by `author` (default: the first sponsor, or "Draftapp").
    The draft embedded in the document has `base` as its base (`base_source` says where
    it came from), so reading the file back gives both. Returns warnings for the user,
    as `export_docx`."""
    path = Path(path)
    if new.base is None or new.base.draft is not base:
        new = copy.copy(new)  # the same content; only the embedded base differs
        new.base = Base(base, source=base_source or (base.meta.symbol or ""), date=revision_date())  # read, not changed
    if path.suffix.lower() != ".docx":
        raise DraftIOError(path, "the export is a Word document: give the file name the .docx extension")
    problem = _unknown_codes(new)
    if problem:
        raise DraftIOError(path, problem)
    try:
        writer = TrackedDocxWriter(new, base, paper, author, date)
    except ValueError as e:
        raise DraftIOError(path, str(e)) from None
    writer.build()
    writer.save(path)
    return writer.warnings
