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

from pathlib import Path

from docx.text.paragraph import Paragraph as DocxParagraph

from draftapp.compare import compare
from draftapp.compare.engine import DELETED, EDIT, INSERTED, MOVE_FROM, MOVE_TO, SAME, Row
from draftapp.compare.words import DELETE, EQUAL, INSERT, diff
from draftapp.io.docx import oxml
from draftapp.io.docx.inline import InlineWriter, place_markers
from draftapp.io.docx.masthead import Masthead
from draftapp.io.docx.revisions import DEL, INS, Revisions
from draftapp.io.docx.revisions import MOVE_FROM as W_MOVE_FROM
from draftapp.io.docx.revisions import MOVE_TO as W_MOVE_TO
from draftapp.io.docx.template import FOOTNOTE_REFERENCE_STYLE
from draftapp.io.docx.writer import DocxWriter, _unknown_codes
from draftapp.io.errors import DraftIOError
from draftapp.model import PREAMBLE, CrossRef, Draft, Footnote, FootnoteRef, Paragraph, Text, labels

#: Which revision element each kind of segment is written in (None: plain).
_TAG = {EQUAL: None, INSERT: INS, DELETE: DEL, "move_from": W_MOVE_FROM, "move_to": W_MOVE_TO}


def default_author(draft: Draft) -> str:
    """The revisions' author when the user set none: the first sponsor's delegation, or Draftapp."""
    return draft.sponsors[0] if draft.sponsors else "Draftapp"


def _cites(runs) -> bool:
    return any(isinstance(r, FootnoteRef) for r in runs)


class _TrackedInline(InlineWriter):
    """Footnote bodies with their revisions: inserted, deleted, or words changed."""

    def __init__(self, document, merged: Draft, typeset, star_notes: int, revisions: Revisions, notes_changes: dict, write_runs):
        super().__init__(document, merged, typeset, star_notes)
        self.revisions = revisions
        self.notes_changes = notes_changes  # footnote id -> ("insert"|"delete", None) or ("edit", segments)
        self.write_runs = write_runs
        self._citing: str | None = None

    def cite(self, paragraph, footnote_id: str) -> None:
        self._citing = footnote_id
        try:
            super().cite(paragraph, footnote_id)
        finally:
            self._citing = None

    def _footnote_body(self, word_id, runs, custom_mark=None) -> None:
        change = self.notes_changes.get(self._citing) if custom_mark is None else None
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
            pieces = diff(self.comparison.new_atoms(old_runs), self.comparison.new_atoms(new_runs))
            segments = [(p.op, p.runs) for p in pieces]
        if row.kind == MOVE_TO:  # what was lost shows at the old place
            segments = [("move_to" if op == EQUAL else op, runs) for op, runs in segments if op != DELETE]
        return segments

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
                pieces = diff(self.comparison.new_atoms(old_runs), self.comparison.new_atoms(new_runs))
                out[fc.new.id] = ("edit", [(p.op, p.runs) for p in pieces])
        return out

    # --- writing --------------------------------------------------------------------
    def _inline_writer(self) -> InlineWriter:
        return _TrackedInline(self.document, self._merged(), self.typeset, Masthead.star_notes(self.draft),
                              self.revisions, self._note_changes(), self._write_runs)

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
        else:
            start = len(p)
            label = new_label if row.kind in (INSERTED, MOVE_TO) else old_label
            if label:
                self.label(para, label)
            if label:
                self.revisions.wrap(p, start, whole)
        for op, runs in segments:
            start = len(p)
            self._write_runs(para, runs, bold=bold)
            if _TAG[op]:
                self.revisions.wrap(p, start, _TAG[op])
        if whole:
            self.revisions.mark_paragraph(p, whole)
        if row.kind in (MOVE_FROM, MOVE_TO):
            self.revisions.move_range(p, whole, f"move{row.move}")

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
                        date: str | None = None) -> list[str]:
    """Write `new` as an official-format DOCX at `path` with its changes against `base`
    as Word tracked changes by `author` (default: the first sponsor, or "Draftapp").
    Returns warnings for the user, as `export_docx`."""
    path = Path(path)
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
